/**
 * A board's minutes exported from a notes app as Markdown, its roll nested under `- 出席者:` by post (`- 代表理事: 松井 陽子`,
 * `- 理事: 佐藤 遥、村上 拓海`, or the names nested under `- 監事:`): each member holds the post of the group they are listed
 * in (they had been listed without a post); a member with a post of their own keeps it.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const minutes = [
	'# NPO法人ひなたの森 2024年度 第3回理事会 議事録',
	'',
	'- 日時: 2024年11月9日（土）10:00〜11:30',
	'- 場所: オンライン（Zoom）',
	'- 出席者:',
	'    - 代表理事: 山根 直子',
	'    - 副代表理事: 浜田 亮',
	'    - 理事: 宮下 千夏、大塚 陸',
	'    - 監事:',
	'        - 水谷 誠',
	'- 欠席者: 理事 中川 翼',
	'',
	'## 議事',
	'',
	'山根: 冬の自然観察会の参加者は45人でした。',
	'',
	'水谷: 会計に問題はありません。',
];

describe('a Markdown roll nested by post', () => {
	test('each member holds the post of their group', () => {
		expect(parseLines(minutes, 'notion.md').meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['代表理事', [['山根 直子', '代表理事']]],
			['副代表理事', [['浜田 亮', '副代表理事']]],
			['理事', [['宮下 千夏', '理事'], ['大塚 陸', '理事']]],
			['監事', [['水谷 誠', '監事']]],
			['欠席者', [['中川 翼', '理事']]],
		]);
	});
});
