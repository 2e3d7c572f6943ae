/**
 * A city's 一般質問 whose questioners head their sections as a printed record sets them: `◇` and the name padded to a
 * five-letter cell, the gap between surname and given name wider than one space (`◇　佐久間　　亮　君`,
 * `◇　篠　原　　　綾　君`), the questions under it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第３回あやめ市議会定例会会議録（第２号）

令和６年９月１０日（火曜日）

出席議員（３名）
　１番　佐久間　亮　　　２番　篠原　綾　　　３番　須藤　健

　　　午前１０時開議
○議長（須藤健君）　日程第１、一般質問を行います。
――――――――――――――――――――――――――――――
　　　◇　佐久間　　亮　君
　　　　１．空き家対策について
○議長（須藤健君）　１番佐久間亮君。
○１番（佐久間亮君）　空き家対策について伺います。
――――――――――――――――――――――――――――――
　　　◇　篠　原　　　綾　君
　　　　１．図書館の開館時間について
○議長（須藤健君）　２番篠原綾君。
○２番（篠原綾君）　図書館について伺います。
○議長（須藤健君）　本日はこれにて散会します。
　　　午前１１時４０分散会
`;

describe('the heading of a questioner with the name padded to its cell', () => {
	const { meeting } = parseText(MINUTES, 'ayame-r6-3-2.txt');

	test('heads a section, no words of the remark before it', () => {
		expect(meeting?.sections.map((section) => section.title)).toEqual(['', '佐久間亮君', '篠原綾君']);
		expect(meeting?.remarks.map((remark) => remark.text)).toEqual([
			'日程第１、一般質問を行います。',
			'１番佐久間亮君。',
			'空き家対策について伺います。',
			'２番篠原綾君。',
			'図書館について伺います。',
			'本日はこれにて散会します。',
		]);
	});
});
