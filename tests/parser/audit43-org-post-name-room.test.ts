/**
 * An owners' association's 理事会 lists its board in Markdown a post, a name and the room in brackets an item (`理事長 大友 誠(301)`,
 * `会計担当理事 島津 洋平(202)`, nested under `**出席理事**: 7名中6名`): the member by name and post, the room their affiliation as
 * it is after a name alone (`森下 孝(211)`); the entries had been no one.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const markdown = [
	'# パークヒルズ桜台管理組合 第8期 第3回理事会 議事録',
	'',
	'- **日時**: 2024年8月24日(土) 10:00〜11:30',
	'- **場所**: 1階 集会室',
	'- **出席理事**: 5名中4名',
	'  - 理事長 芦田 誠(301)',
	'  - 会計担当理事 島崎 洋平(202)',
	'  - 理事 桑野 亜希(610)',
	'  - 理事 戸塚 翔(108)',
	'- **欠席理事**: 理事 本多 智(702)',
	'',
	'## 審議内容',
	'',
	'- 芦田理事長: 植栽の剪定を9月に行いたい。',
	'- 島崎理事: 費用は予算の範囲内です。',
];

describe('an officer by post and name with the room in brackets', () => {
	test('in Markdown', () => {
		const roll = parseText(markdown.join('\n'), 'rijikai.md').meeting?.participants.flatMap((group) => group.members.filter((member) => member.name !== null).map((member) => [member.name, member.title, member.affiliation]));
		expect(roll).toEqual([
			['芦田 誠', '理事長', '301'],
			['島崎 洋平', '会計担当理事', '202'],
			['桑野 亜希', '理事', '610'],
			['戸塚 翔', '理事', '108'],
			['本多 智', '理事', '702'],
		]);
	});
});
