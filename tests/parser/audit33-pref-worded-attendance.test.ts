/**
 * A prefecture's table of the members' attendance with the word after each name (`◯議員出欠状況（出席８６人　欠席１人）` over
 * `１番　　野　上　　　明（出席）`, `２番　　西　川　裕　子（〃）`, `４番　　北　野　光　一（欠席）`), one or two members a row.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SITTING = `第４１７回はるかぜ府議会定例会会議録（第６号）

令和６年３月４日（月曜日）

◯議員出欠状況（出席４人　欠席２人）
　　　　　　　　１番　　野　上　　　明（出席）
　　　　　　　　２番　　西　川　裕　子（〃）
　　　　　　　　３番　　東　　　　　勇（〃）
　　　　　　　　４番　　北　野　光　一（欠席）
　　　　　　　　５番　　南　　　由　香（〃）　　６番　　中　西　　　学（出席）

〇本日の会議に付した事件
　日程第１　議案第１号から第１２０号まで（質疑・質問）

（午後１時開議）
◯議長（南田一郎君）ただいまより本日の会議を開きます。
◯２番（西川裕子君）　府立高校の再編について伺います。
◯議長（南田一郎君）本日はこれをもって散会いたします。
（午後３時２２分散会）
`;

describe('an attendance table written with words', () => {
	test('each member goes to the present or the absent by the word after the name, `〃` repeating the one above', () => {
		const result = parseText(SITTING, 'harukaze-417-6.txt');
		const groups = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)]);
		expect(groups).toEqual([
			['出席議員', ['野上 明', '西川裕子', '東 勇', '中西 学']],
			['欠席議員', ['北野光一', '南 由香']],
		]);
		expect(result.diagnostics.filter((d) => d.code === 'empty-group')).toEqual([]);
	});
});
