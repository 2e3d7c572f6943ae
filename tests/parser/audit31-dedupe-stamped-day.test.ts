/**
 * A day as an online meeting's app stamps it (`2024/11/19 19:00 JST`, `2024.11.19 19:00`) is one pattern, whether it stands in
 * brackets after the title or between dashes: the series is the body's name without it, the dots between its numbers too.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (title: string) =>
	parseDocuments([title, '', '日時：2024年11月19日（火）19:00～20:00', '出席：佐藤、鈴木', '', '佐藤：始めます。', '鈴木：はい。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

describe("an app's stamped day after the title", () => {
	test.each([
		['運営会議（2024.11.19 19:00）'],
		['運営会議 (2024/11/19 19:00 JST)'],
		['運営会議 (2024-11-19 19:00 GMT+09:00)'],
		['運営会議 - 2024.11.19 19:00 JST - 文字起こし'],
		['運営会議 - 2025/01/14 10:00 JST - 文字起こし'],
	])('%s is a sitting of 運営会議', (title) => {
		const meeting = read(title);
		expect([meeting?.title, meeting?.series, meeting?.date]).toEqual([title, '運営会議', '2024-11-19']);
	});
});
