/**
 * A Markdown roll giving one post to two surnames joined by ・ (`副会長 吉田・今井`, as a PTA's minutes write its officers):
 * two members, each with the post, as the text reader reads `副執行委員長　三浦・荒木`; a name written with ・ of its own
 * (`ジョン・スミス`) stays one.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

describe('a PTA committee’s roll with two vice-presidents under one post', () => {
	const result = parseLines(
		[
			'# 令和6年度 第2回 PTA運営委員会 議事録',
			'',
			'**日時**：2024年6月20日（木）19:00〜20:40',
			'**出席者**：会長 田村、副会長 吉田・今井、書記 坂本、顧問 ジョン・スミス',
			'',
			'## 報告事項',
			'',
			'田村会長：お忙しい中ありがとうございます。',
		],
		'pta.md',
	);

	test('reads each surname as a member with the post', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			[
				'出席者',
				[
					['会長', '田村'],
					['副会長', '吉田'],
					['副会長', '今井'],
					['書記', '坂本'],
					['顧問', 'ジョン・スミス'],
				],
			],
		]);
	});
});
