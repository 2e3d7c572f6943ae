/**
 * A society's board minutes in narrative: the speaker of an opinion in brackets before the sentence's full stop
 * (`…べきではないか(関理事)。`), and lines that tell of an officer (`岡野 健司庶務担当理事より,…報告された。`),
 * which are no turn of a person named by half their name.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const minutes = [
	'日本臨床栄養学会 2024年度第3回理事会議事録',
	'日時: 2024年9月14日(土) 13:00~15:30',
	'会場: 学会事務局 会議室',
	'出席: 松井 隆(理事長),岡野 健司(庶務担当),関 真一,酒井 由佳',
	'',
	'【報告事項】',
	'1. 前回議事録の確認',
	'岡野 健司庶務担当理事より,持回りにて確認済みである旨報告された。',
	'2. 会費の納入状況',
	'未納者への督促をメールだけでなく郵送でも行うべきではないか(関理事)。',
	'オンデマンド配信の視聴期間を1か月に延ばせないか(酒井理事)。',
];

describe('a narrative board minutes with opinions attributed in brackets', () => {
	const result = parseLines(minutes);

	test('an opinion with its speaker before the full stop is that speaker’s remark', () => {
		expect(turnsOf(result)).toEqual([
			['関理事', '未納者への督促をメールだけでなく郵送でも行うべきではないか。'],
			['酒井理事', 'オンデマンド配信の視聴期間を1か月に延ばせないか。'],
		]);
	});

	test('a line telling of an officer by full name is text, not a remark of the surname', () => {
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).not.toContain('岡野');
		expect(JSON.stringify(result.meeting)).not.toContain('"健司庶務担当理事より');
	});
});

describe('a half-spaced label whose words begin with a given name and より', () => {
	test('is no turn even when the roll gives the surname alone', () => {
		const result = parseLines([...minutes.slice(0, 4), '陪席: 宇野(学術集会会長)', '', '宇野 正樹会長より,演題登録数が612題となった旨報告された。', '宇野会長 それでは次の議題に移ります。']);
		expect(turnsOf(result)).toEqual([['宇野会長', 'それでは次の議題に移ります。']]);
	});
});
