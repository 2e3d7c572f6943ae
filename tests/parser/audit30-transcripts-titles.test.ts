/**
 * The names meeting tools and AI note takers give their documents: Google Meet's transcript and notes with the day after
 * the meeting's name (`運営会議 - 2025/01/14 10:00 JST - 文字起こし`, `(2024/08/21 14:00 GMT+09:00)`), and minutes an AI wrote
 * saying so after the document's word (`議事録（AI要約）`): the series is the meeting's name alone.
 */
import { describe, expect, test } from 'vitest';
import { readTitle } from '../../src/parser/title.ts';
import { parseLines } from './unseen-helpers.ts';

describe('Google Meet’s names with the day in them', () => {
	test.each([
		['広報委員会 定例ミーティング (2024/08/21 14:00 GMT+09:00) - 文字起こし', '広報委員会 定例ミーティング'],
		['運営会議 (2025/01/14 10:00 JST) - 文字起こし', '運営会議'],
		['運営会議 - 2025/01/14 - 文字起こし', '運営会議'],
		['運営会議 – 2025/01/14 10:00 JST – 文字起こし', '運営会議'],
		['運営会議 - 2025/01/14 10:00 JST - Transcript', '運営会議'],
		['運営会議 – 2024/10/24 14:59 JST – Gemini によるメモ', '運営会議'],
	])('%s: series %s', (title, series) => {
		expect(readTitle(title, null).series).toBe(series);
	});

	test('a transcript so named is read, dated and started by its header', () => {
		const result = parseLines(['運営会議 – 2025/01/14 10:00 JST – 文字起こし', '出席者', '前川 陽子, 小松 大輔', '文字起こし', '00:00:00', '', '前川 陽子: おはようございます。', '小松 大輔: はい。'], 'meet.txt');
		expect([result.meeting?.series, result.meeting?.date, result.meeting?.start]).toEqual(['運営会議', '2025-01-14', '10:00']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['前川 陽子', '小松 大輔']);
	});
});

describe('minutes that say who or what wrote them after the document’s word', () => {
	test.each([
		['自治会役員会 議事録（AI要約）', '自治会役員会'],
		['自治会役員会議事録（AI要約）', '自治会役員会'],
		['定例会議 議事録（AI生成・未確認）', '定例会議'],
		['自治会役員会 議事録(自動生成)', '自治会役員会'],
		['自治会役員会 議事要旨（ＡＩ要約版）', '自治会役員会'],
		['自治会役員会 議事録（案）', '自治会役員会'],
		['第3回 理事会 議事録（案）', '理事会'],
	])('%s: series %s', (title, series) => {
		expect(readTitle(title, null).series).toBe(series);
	});

	test('a body whose name holds brackets keeps them', () => {
		expect(readTitle('まちづくり協議会（仮称）準備会 議事録', null).series).toBe('まちづくり協議会（仮称）準備会');
	});
});

describe('AI minutes written in Markdown', () => {
	test('the series is the body’s name without the bracket saying an AI summed them up', () => {
		const result = parseLines(['# 自治会役員会 議事録（AI要約）', '', '- 日時：2024年6月8日（土）19:00〜20:30', '- 参加者：会長 松本、副会長 井上', '', '## 議事要旨', '', '- 松本：夏祭りの開催可否について協議したい。', '- 井上：テントを2張り追加したい。'], 'ai_summary.md');
		expect([result.meeting?.title, result.meeting?.series, result.meeting?.date]).toEqual(['自治会役員会 議事録（AI要約）', '自治会役員会', '2024-06-08']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['松本', '井上']);
	});
});
