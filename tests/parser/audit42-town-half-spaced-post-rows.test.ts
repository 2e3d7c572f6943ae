/**
 * A city's committee record published as a web page made from its PDF (`…委員会会議録`, fields marked 〇: `〇出席委員(8人)`,
 * `〇説明のため出席した者`, `〇事務局職員出席者`), each row of a roll a post and a name whose letters the PDF's column spacing
 * left one half-width space apart: `副 市 長 清 水 幸 夫`, `総 務 課 長 池 田 久 栄`. A long post keeps its first words
 * whole where it filled its column (`教育委員会教 育 長 神 田 晃 正`, `まちづくり 課 長 森 沢 亜 土`), a post may be six letters
 * (`企 画 調 整 課 長 金 子 薫 平`), and a surname of three letters stays whole (`議 事 係 長 大久保 英 樹`). Each row is the
 * post and the name; those rows had been members with neither.
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = [
	'さつき市議会総務文教委員会会議録',
	'〇招集日時 令和5年12月11日 午前10時',
	'〇招集場所 さつき市議会委員会室',
	'〇会議に付した事件',
	'1 議第75号 さつき市ふれあいセンター条例の一部を改正する条例の制定について',
	'〇説明のため出席した者',
	'副 市 長 清 水 幸 夫',
	'企 画 調 整 課 長 金 子 薫 平',
	'まちづくり 課 長 森 沢 亜 土',
	'総 務 課 長 池 田 久 栄',
	'教育委員会教 育 長 神 田 晃 正',
	'〇事務局職員出席者',
	'事 務 局 長 田 村 智',
	'議 事 係 長 大久保 英 樹',
	'午前10時00分 開 議',
	'〇関口三郎委員長 これより本日の会議を開きます。',
	'〇池田久栄総務課長 議第75号について御説明いたします。',
	'〇関口三郎委員長 これをもって散会いたします。',
].join('\n');

describe('a roll of posts and names spaced a half-width space a letter', () => {
	const rolls = rollsOf(parseText(record, 'satsuki-soumu-2023-12-11.txt'));

	test('every official has the post and the name', () => {
		expect(rolls.find(([group]) => group === '説明のため出席した者')?.[1]).toEqual(['副市長 清水幸夫', '企画調整課長 金子薫平', 'まちづくり課長 森沢亜土', '総務課長 池田久栄', '教育委員会教育長 神田晃正']);
	});

	test('the staff: a surname of three letters kept whole before the spaced given name', () => {
		expect(rolls.find(([group]) => group === '事務局職員出席者')?.[1]).toEqual(['事務局長 田村智', '議事係長 大久保 英樹']);
	});
});
