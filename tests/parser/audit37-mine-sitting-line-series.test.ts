/**
 * A city committee's record as a minutes system writes it: the sitting's line (`令和 6年11月13日議会運営委員会−11月13日-01号`),
 * then the same without the number under it. The line under the title is no fuller name of the body: the date before the
 * committee is no place. Before, the series was `令和 6年11月13日議会運営委員会`, one series for each day the committee met.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = (day: string, hour: string): string => `令和 6年11月${day}日議会運営委員会−11月${day}日-01号
令和 6年11月${day}日議会運営委員会
                                  令和6年11月${day}日(水)
                                     第4・第5委員会室
[議題]
1.議案等について
2.その他
………………………………………………………………………………………………
          ${hour}開会
○委員長(佐藤克敏) ただいまから、議会運営委員会を開会する。
    ──────────────────
1.議案等について
○委員長(佐藤克敏) 議案等について、議事課長より説明願う。
○議事課長(山口) 市長提出議案は、予算案5件、条例案8件である。
○委員(鈴木和美) 条例案の付託先について確認したい。
○議事課長(山口) 各常任委員会の所管に従い付託する予定である。
    ──────────────────
2.その他
  特になし。
          10時20分散会
`;

describe('a minutes system’s sitting line under its title', () => {
	test('leaves the committee one series, whatever the day', () => {
		const first = parseText(record('13', '9時58分'), 'giun-2024-11-13.txt').meeting;
		const second = parseText(record('27', '10時00分'), 'giun-2024-11-27.txt').meeting;
		expect(first?.series).toBe('議会運営委員会');
		expect(second?.series).toBe(first?.series);
		expect(first?.date).toBe('2024-11-13');
		expect(first?.remarks.map((remark) => remark.speaker)).toEqual(['委員長(佐藤克敏)', '委員長(佐藤克敏)', '議事課長(山口)', '委員(鈴木和美)', '議事課長(山口)']);
	});

	test('a place under the title still names the body in full', () => {
		const text = record('13', '9時58分').replace('令和 6年11月13日議会運営委員会\n', 'みどり市議会運営委員会\n');
		expect(parseText(text, 'giun-2024-11-13.txt').meeting?.series).toBe('みどり市議会運営委員会');
	});
});
