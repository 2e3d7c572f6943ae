/**
 * Education boards' and other committees' 会議録 read by the council reader: a 協議会 or 審議会 in the text is no
 * assembly, opening and closing on one line, `説明のため出席した職員`, `議事日程` as the agenda with the sitting's
 * time after it, and turns under an agenda item that holds no sentences.
 */
import { describe, expect, test } from 'vitest';
import { pickReader } from '../../src/parser/index.ts';
import { toSourceLines } from '../../src/parser/normalize.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const board = [
	'令和６年第５回ひまわり市教育委員会定例会会議録',
	'',
	'１　開催日時　　令和６年５月２４日（金）　午後２時００分開会　午後３時１０分閉会',
	'２　開催場所　　ひまわり市役所　第３委員会室',
	'３　出席委員',
	'　　教育長　　　　　　　　山　本　　　剛',
	'　　教育長職務代理者　　　佐々木　恵　子',
	'４　欠席委員　　なし',
	'５　説明のため出席した職員',
	'　　生涯学習課長　　　　　大　川　　理　絵',
	'６　議事日程',
	'　　日程第１　議案第１２号　ひまわり市立図書館協議会委員の委嘱について',
	'',
	'午後２時００分開会',
	'◯教育長（山本剛）　ただいまから定例会を開会します。日程第１を議題とします。',
	'◯生涯学習課長（大川理絵）　図書館協議会委員の任期が満了となるため、新たに委嘱するものです。',
	'◯教育長（山本剛）　以上で閉会します。',
];

describe("an education board's 会議録", () => {
	test('is no assembly for the 協議会 in its text', () => {
		const lines = toSourceLines(board.join('\n'));
		expect(pickReader({ text: board.join('\n'), lines }).family).toBe('council');
	});

	const meeting = parseLines(board).meeting;

	test('opening and closing on the date line give start and end', () => {
		expect([meeting?.date, meeting?.start, meeting?.end]).toEqual(['2024-05-24', '14:00', '15:10']);
	});

	test('the officials who came to explain are a group of their own, and 職務代理者 is a post', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['出席者', [['山本 剛', '教育長'], ['佐々木 恵子', '教育長職務代理者']]],
			['欠席委員', []],
			['説明のため出席した職員', [['大川 理絵', '生涯学習課長']]],
		]);
	});

	test('議事日程 is the agenda, and the sitting time after it opens the minutes', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['日程第１　議案第１２号　ひまわり市立図書館協議会委員の委嘱について']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['教育長（山本剛）', '生涯学習課長（大川理絵）', '教育長（山本剛）']);
	});
});

describe('a public hearing and an election board', () => {
	test('傍聴者 is a field, not a member; 公聴会の経過 opens the text; 委員長職務代理者 is a post', () => {
		const result = parseLines([
			'みなと市都市計画公聴会　記録',
			'１　日時　令和６年８月３日（土）午後２時',
			'２　出席者',
			'　委員長職務代理者　広瀬　道子',
			'３　傍聴者　１８名',
			'４　公聴会の経過',
			'広瀬委員長職務代理者　ただいまから公聴会を開会します。',
		]);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]))).toEqual([['広瀬　道子', '委員長職務代理者']]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['広瀬委員長職務代理者']);
	});
});

describe('turns under an agenda item', () => {
	test('are the minutes text, not more of the item', () => {
		const result = parseLines([
			'グランフォレスト管理組合　第６回 理事会 議事録',
			'日　時　２０２４年１１月１６日（土）１０：００～１１：５０',
			'場　所　集会室',
			'出席者　理事長 細谷、副理事長 三枝',
			'【協議事項】',
			'１．大規模修繕工事の施工会社選定について',
			'細谷理事長：修繕委員会から、２社に絞り込んだとの答申がありました。',
			'三枝副理事長：Ａ社は同規模のマンションの実績が少ないのが気になります。',
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['大規模修繕工事の施工会社選定について']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['細谷理事長', '三枝副理事長']);
	});
});
