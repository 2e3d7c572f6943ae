/**
 * A month written without its day in a Markdown title (`# 2024年8月 商店会 定例会 議事録`, `…（令和6年8月）`, `2024/08`) says
 * when the meeting was held, not who met: it is no part of the series, so each month's minutes fall in one series.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const minutes = (title: string): ReturnType<typeof parseLines> => parseLines([`# ${title}`, '', '- 日時: 2024年8月5日 18:30〜20:00', '- 出席者: 森田、池田', '', '## 議事', '', '- 森田: 売上は前年比110%でした。'], 'shotenkai.md');

describe('a title with the month of the meeting', () => {
	test.each([
		['2024年8月 商店会 定例会 議事録', '商店会 定例会'],
		['商店会 定例会（令和6年8月）', '商店会 定例会'],
		['2024/08 商店会 定例会', '商店会 定例会'],
		['2024年8月度 商店会 定例会', '商店会 定例会'],
	])('%s is of the series %s', (title, series) => {
		expect(minutes(title).meeting?.series).toBe(series);
	});

	test('a number that is part of the name stays', () => {
		expect(minutes('商店会2024年8月定例会').meeting?.series).toBe('商店会2024年8月定例会');
	});
});
