/**
 * A wiki's board minutes with the record's own keys after the turns (`Decision: …`, `Action: …`, `決定事項：…`, `TODO: …`, as
 * Confluence's and note apps' templates write them): the record's, no more words of the last speaker, in Markdown and in text.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, fold, parseText } from './unseen-helpers.ts';

const lines = (decision: string, action: string): string[] => [
	'# 2024-11-12 理事会議事録（一般社団法人オープンデータ推進協会）',
	'',
	'## 日時',
	'2024年11月12日 19:00-20:30',
	'',
	'## 参加者',
	'- @中村 誠（代表理事）',
	'- @西村 修（監事）',
	'- @森田 亮（理事）',
	'',
	'## 議事',
	'### 1. 2025年度予算方針',
	'中村理事長: 来年度は会費収入が約5%増える見込みです。',
	'西村監事: 監事としては予備費を確保しておくべきと考えます。',
	'',
	`${decision} 予備費を予算総額の5%確保した上で事業費を増額する。`,
	'',
	'### 2. 会員向けセミナーの企画',
	'森田理事: 登壇者の候補を3名リストアップします。',
	'',
	`${action} 森田がセミナー登壇者候補を次回までに提示する。`,
];

describe.each([
	['board.md', 'Decision:', 'Action:'],
	['board.md', '決定事項：', 'TODO:'],
	['board.txt', 'Decision:', 'Action:'],
	['board.txt', '決定事項：', 'TODO:'],
])('%s with %s and %s', (source, decision, action) => {
	const text = lines(decision, action)
		.map((line) => (source.endsWith('.txt') ? line.replace(/^#+ /u, '') : line))
		.join('\n');
	test('the keys end the turn above them and are kept', () => {
		const result = parseText(text, source);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['中村理事長', '来年度は会費収入が約5%増える見込みです。'],
			['西村監事', '監事としては予備費を確保しておくべきと考えます。'],
			['森田理事', '登壇者の候補を3名リストアップします。'],
		]);
		expect(bodyText(result)).toContain(fold('森田がセミナー登壇者候補を次回までに提示する。'));
		expect(bodyText(result)).toContain(fold('予備費を予算総額の5%確保した上で事業費を増額する。'));
	});
});
