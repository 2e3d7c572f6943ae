/**
 * A city's 予算特別委員会 分科会 record as its PDF's text: the roll in two columns, each a post padded to the column's width and
 * the name a half-width space a letter (`主  査  岡 野 美 保     副 主 査  北 村 健`), so that a post of two letters sets its
 * letters as far apart as the post from the name (`委  員  坂 東 隆 一`, `委     員  田 島   浩`). The roll's columns kept
 * such a cell whole and read post and name as one name (`主査岡野美保`, no post): 7 of 8 members had lost their post.
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = (roll: string[]) =>
	[
		'予算特別委員会第1分科会記録',
		'1 日  時  令和6年3月11日(月) 午前10時00分開会 午後3時02分散会',
		'2 場  所  第2委員会室',
		'3 出席委員(6名)',
		...roll,
		'4 説明のため出席した者',
		'   環境局長  三 宅 真 理',
		'○岡野主査 ただいまから予算特別委員会第1分科会を開会いたします。',
		'○坂東委員 一点伺います。',
		'○岡野主査 以上で本日の分科会を散会いたします。',
	].join('\n');

describe('a post padded to its column in the same cell as the name', () => {
	test('each member with the post apart from the name', () => {
		const rolls = rollsOf(
			parseText(
				record([
					'   主  査  岡 野 美 保     副 主 査  北 村 健',
					'   委  員  坂 東 隆 一     委  員  鈴 川 和 代',
					'   委  員  田 島   浩     委  員  中 西 圭 吾',
				]),
				'bunkakai-2024-03-11.txt',
			),
		);
		expect(rolls[0]).toEqual(['出席委員', ['主査 岡野美保', '副主査 北村健', '委員 坂東隆一', '委員 鈴川和代', '委員 田島 浩', '委員 中西圭吾']]);
	});
});
