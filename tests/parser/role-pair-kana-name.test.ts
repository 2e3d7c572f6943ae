/**
 * A prefectural assembly committee's record as its web page gives it: `3.出席委員` over `委員長:星野健一、副委員長:安住哲也` and
 * `委員:中山紀夫、委員:岩田均、…、委員:あべともこ`, a member who writes her name in hiragana among them. Each entry is the role and
 * its holder (one such name had made the whole line a group named 委員 of one member and four nameless entries).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = (roll: string) =>
	[
		'文教警察常任委員会(教育委員会関係) 令和6年3月4日(月曜日)',
		'',
		'1.開催日時',
		'',
		'令和6年3月4日(月曜日)10時開始 15時46分終了',
		'',
		'2.開催場所',
		'',
		' 302委員会室',
		'',
		'3.出席委員',
		'',
		'委員長:星野健一、副委員長:安住哲也',
		roll,
		'',
		'4.欠席委員',
		'',
		'なし',
		'',
		'5.主な質疑',
		'',
		'(1)いじめ問題等対策委員会(第13号議案)について',
		'',
		'中山委員',
		' 委員はどういう人を選任することとなるのか。',
		'',
		'関口総務課長',
		' 委員は教育委員会が委嘱することとなる。',
	].join('\n');

const members = (roll: string) =>
	parseText(record(roll), 'bunkyo.txt').meeting?.participants.map((group) => [group.group, group.members.map((member) => `${member.title}:${member.name}`)]);

describe('a line of role and holder pairs with a name in hiragana', () => {
	test('every entry is a member of the roll with the role', () => {
		expect(members('委員:中山紀夫、委員:岩田均、委員:塚本仁、委員:あべともこ、委員:岸本善一')).toEqual([
			['出席委員', ['委員長:星野健一', '副委員長:安住哲也', '委員:中山紀夫', '委員:岩田均', '委員:塚本仁', '委員:あべともこ', '委員:岸本善一']],
			['欠席委員', []],
		]);
	});

	test('a word after the colon is still no one', () => {
		const read = members('委員:中山紀夫、委員:なし');
		expect(JSON.stringify(read)).not.toContain(':なし');
	});
});
