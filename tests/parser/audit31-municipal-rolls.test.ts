/**
 * A village's record typed in a word processor, its rolls one line each with the entries apart by 、
 * (`出席議員：１番 大森正、２番 岡田春子、…`, `説明員：村長 北村光明、副村長 木村悠`, `事務局：議会事務局長 小林秀樹、書記 小西愛`):
 * each entry a member with their post (the 、 had stayed on the names, the posts had run into the names before them, and the
 * clerks had been read as more of the officials).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const groups = (meeting: ReturnType<typeof read>) => meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])]);

describe('rolls typed on one line', () => {
	test('seats and posts apart by 、', () => {
		const meeting = read([
			'令和６年第３回くるみ村議会定例会　会議録',
			'',
			'日時：令和６年９月９日（月）午前１０時開会',
			'場所：くるみ村議会議場',
			'',
			'出席議員：１番 大森正、２番 岡田春子、３番 小倉実、５番 金井誠（議長）',
			'欠席議員：なし',
			'説明員：村長 北村光明、副村長 木村悠、教育長 工藤恵',
			'事務局：議会事務局長 小林秀樹、書記 小西愛',
			'',
			'議長（金井誠）　ただいまから令和６年第３回くるみ村議会定例会を開会します。',
			'２番（岡田春子）　村の空き家対策について伺います。',
			'村長（北村光明）　空き家バンクの登録を進めております。',
			'議長（金井誠）　以上で本日の日程は終了しました。散会します。',
		]);
		expect(groups(meeting)).toEqual([
			['出席議員', [['大森正', null], ['岡田春子', null], ['小倉実', null], ['金井誠', '議長']]],
			['説明のため出席した者', [['北村光明', '村長'], ['木村悠', '副村長'], ['工藤恵', '教育長']]],
			['事務局職員', [['小林秀樹', '議会事務局長'], ['小西愛', '書記']]],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（金井誠）', '２番（岡田春子）', '村長（北村光明）', '議長（金井誠）']);
	});
});

describe("a committee's roll with two members a line", () => {
	const record = (roll: readonly string[]) =>
		read(['予算決算特別委員会会議録', '', '令和６年９月１７日（火曜日）', 'あおば市議会', '', '出席委員（５名）', ...roll, '', '　　　　午前１０時開会', '○上村委員長　ただいまから予算決算特別委員会を開会いたします。', '○小田委員　伺います。', '○上村委員長　散会いたします。']);

	test('each a post and a padded name with 君', () => {
		const meeting = record(['　委員長　　　　上　村　　　誠　君', '　委　員　　　　小　田　　　進　君　　委　員　　　片　山　　　勉　君', '　委　員　　　　木　下　真　弓　君　　委　員　　　久　保　幸　三　君']);
		expect(groups(meeting)).toEqual([
			['出席委員', [['上村 誠', '委員長'], ['小田 進', '委員'], ['片山 勉', '委員'], ['木下真弓', '委員'], ['久保幸三', '委員']]],
		]);
	});

	test('a post written whole one space before the name, without 君', () => {
		const meeting = record(['　委員長　丹　羽　　　孝　　副委員長　野　村　茂　樹', '　委員　　橋　本　　　仁　　委員　　　浜　田　美　雪']);
		expect(groups(meeting)).toEqual([['出席委員', [['丹羽 孝', '委員長'], ['野村茂樹', '副委員長'], ['橋本 仁', '委員'], ['浜田美雪', '委員']]]]);
	});
});
