/**
 * Minutes typed during a meeting with the agenda's numbered items under `議題` and, past a blank line, the turns without a
 * body label (`議題` / `1. 盆踊り大会の準備` / `2. 防災訓練の日程` / `` / `石原：…`): the items are the agenda and the text starts
 * at the first turn (they had headed the text, every turn under the last of them, and the agenda had been empty).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const MINUTES = [
	'あおば台自治会　役員会　議事録',
	'',
	'日時：2024年7月14日（日）10:00～11:20',
	'場所：あおば台集会所（Zoom併用）',
	'出席者：会長 石原 浩一、副会長 松田 由美、会計 北野 健',
	'',
	'議題',
	'1. 盆踊り大会の準備',
	'2. 防災訓練の日程',
	'',
	'石原：盆踊り大会の準備状況を確認します。',
	'松田：昨年と同じ業者に依頼済みです。',
	'北野：防災訓練は九月二十二日でいかがでしょうか。',
];

describe('numbered items under 議題, then the turns past a blank line', () => {
	test('the items are the agenda and the turns the text, under no heading', () => {
		const result = parseLines(MINUTES, '自治会役員会_2024-07-14.txt');
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['盆踊り大会の準備', '防災訓練の日程']);
		expect(result.body.map((section) => section.title).filter((title) => title !== '')).toEqual([]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['石原', '松田', '北野']);
	});

	test('items told in sentences under the label stay the written agenda', () => {
		const lines = [...MINUTES.slice(0, 8), '盆踊り大会の準備状況を確認した。', '2. 防災訓練の日程', '', ...MINUTES.slice(10)];
		const result = parseLines(lines, '自治会役員会_2024-07-14.txt');
		expect(result.body.map((section) => section.title).filter((title) => title !== '')).toContain('防災訓練の日程');
	});
});
