/**
 * A city's committee record published as a web page made from its PDF, its rolls a post and a name a line with the letters
 * one half-width space apart (`副 市 長 清 水 幸 夫`). A post held besides another is too long for the post's column: the PDF
 * wraps it after 兼, past the holder's name, onto the line below (`会 計 管 理 者 兼 高 畑 弥 一` over `会 計 課 長`). The two
 * lines are one official, the whole post and the name; they had been three entries, none of them the official (`会計` and
 * `課長` members named no one).
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = (wrapped: string[]) =>
	[
		'さつき市議会総務文教委員会会議録',
		'〇招集日時 令和5年12月11日 午前10時',
		'〇招集場所 さつき市議会委員会室',
		'〇説明のため出席した者',
		'副 市 長 清 水 幸 夫',
		...wrapped,
		'総 務 課 長 池 田 久 栄',
		'午前10時00分 開 議',
		'〇関口三郎委員長 これより本日の会議を開きます。',
		'〇高畑弥一会計管理者兼会計課長 御説明いたします。',
		'〇関口三郎委員長 これをもって散会いたします。',
	].join('\n');

describe('a post held besides another, wrapped after 兼 past the name', () => {
	test('one official with the whole post', () => {
		const rolls = rollsOf(parseText(record(['会 計 管 理 者 兼 高 畑 弥 一', '会 計 課 長']), 'satsuki-2023-12-11.txt'));
		expect(rolls.find(([group]) => group === '説明のため出席した者')?.[1]).toEqual(['副市長 清水幸夫', '会計管理者兼会計課長 高畑弥一', '総務課長 池田久栄']);
	});

	test('a name of three letters with a one-letter given name, too', () => {
		const rolls = rollsOf(parseText(record(['教 育 次 長 兼 森 田 修', '学 校 教 育 課 長']), 'satsuki-2023-12-11.txt'));
		expect(rolls.find(([group]) => group === '説明のため出席した者')?.[1]).toEqual(['副市長 清水幸夫', '教育次長兼学校教育課長 森田修', '総務課長 池田久栄']);
	});
});
