/**
 * A city's or a museum's staff written by their profession after the surname (`西尾学芸員`, `小林司書`, `田村保健師`), as a
 * 文化財 or a health council's secretariat speaks: the surname and the post (the whole had been read as a name without a post).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments, parseNameLabel } from '../../src/parser/index.ts';

describe('staff by their profession', () => {
	test.each([
		['西尾学芸員', '西尾', '学芸員'],
		['西尾主任学芸員', '西尾', '主任学芸員'],
		['小林司書', '小林', '司書'],
		['田村保健師', '田村', '保健師'],
		['石川技師', '石川', '技師'],
		['岡研究員', '岡', '研究員'],
		['保健師', null, '保健師'],
	])('%s: %s, %s', (label, name, title) => {
		expect(parseNameLabel(label)).toEqual({ name, title, affiliation: null });
	});

	test("in the secretariat's group of a roll", () => {
		const result = parseDocuments(
			[
				'第３回 文化財保存活用地域計画策定協議会 議事録',
				'',
				'日　時：令和６年１０月１０日（木）１４時００分～１５時４５分',
				'場　所：みなと市文化会館　研修室',
				'出席者：',
				'【委員】須田会長、辻委員',
				'【事務局】みなと市教育委員会　長尾文化振興課長、西尾学芸員',
				'',
				'【須田会長】それでは、事務局から説明をお願いします。',
				'【西尾学芸員】資料１に沿って説明いたします。',
			].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0];
		expect(result?.meeting?.participants.at(-1)?.members.map((member) => [member.name, member.title])).toEqual([
			['長尾', '文化振興課長'],
			['西尾', '学芸員'],
		]);
	});
});
