/**
 * A city assembly's sitting written in Markdown (`# 令和6年第3回みなと市議会定例会会議録（第1号）`, `## 議事日程` over a numbered
 * list, bold labels over each turn). Before, the series kept the title's words (`令和6年 みなと市議会定例会 （第1号`), one series
 * for each sitting, and the 議事日程's items were no agenda.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SITTING = `# 令和6年第3回みなと市議会定例会会議録（第1号）

令和6年9月3日（火曜日）午前10時開議

## 出席議員（2名）

- 1番　田中一郎
- 2番　佐藤花子

## 議事日程

1. 会議録署名議員の指名
2. 会期の決定

---

**議長（田中一郎君）**　ただいまから令和6年第3回みなと市議会定例会を開会いたします。

**2番（佐藤花子君）**　補正予算について伺います。
`;

describe('an assembly’s sitting in Markdown', () => {
	test('the series is the assembly’s, as for its sittings in text', () => {
		const { family, meeting } = parseText(SITTING, 'minato-r6-3-1.md');
		expect(family).toBe('markup');
		expect(meeting?.series).toBe('みなと市議会');
		expect(parseText(SITTING.replace('（第1号）', '（第2号）').replace('9月3日', '9月4日'), 'minato-r6-3-2.md').meeting?.series).toBe('みなと市議会');
	});

	test('a committee’s record is the assembly’s committee', () => {
		const committee = SITTING.replace('# 令和6年第3回みなと市議会定例会会議録（第1号）', '# みなと市議会 総務委員会 会議録');
		expect(parseText(committee, 'minato-somu.md').meeting?.series).toBe('みなと市議会 総務委員会');
	});

	test('the 議事日程 is the agenda', () => {
		const { meeting } = parseText(SITTING, 'minato-r6-3-1.md');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['会議録署名議員の指名', '会期の決定']);
	});
});
