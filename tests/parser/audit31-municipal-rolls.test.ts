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
