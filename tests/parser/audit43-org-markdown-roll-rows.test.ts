/**
 * A learned society's committee writes its minutes in Markdown with the roll's field bold and empty (`**出席者**（敬称略）：`),
 * then one post and its holders a line (`委員長：今西 悠（北陸大）` / `副委員長：…` / `委員：河合 陸（帝都大）、…`), and its absent
 * field with the post before the name (`**欠席者**：委員：田所 健吾（南洋大）`): the lines are the field's roll (the chair's and the
 * vice chair's lines had been read as their turns, the field left empty with a warning, and the absent member unnamed).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'# 日本流域科学会 2024年度 第3回 広報委員会 議事録',
	'',
	'**日時**：2024年9月6日（金）14:00〜15:30',
	'**場所**：オンライン（Teams）',
	'**出席者**（敬称略）：',
	'委員長：岩城 遥（東央大）',
	'副委員長：笹本 航（北辰工大）',
	'委員：真柴 奏（帝央大）、小峰 律（流域研）',
	'**欠席者**：委員：久住 透（南陵大）',
	'',
	'## 議題',
	'1. ニュースレター秋号',
	'2. その他',
	'',
	'## 議事',
	'',
	'### 1. ニュースレター秋号',
	'- 真柴委員：特集は豪雨災害の検証にしたい。',
	'- 岩城委員長：了承。原稿依頼は笹本副委員長が行う。',
	'',
	'### 2. その他',
	'次回は12月に開催する。',
];

describe('a Markdown roll of posts and holders a line under an empty field', () => {
	const result = parseText(minutes.join('\n'), 'kohoiinkai.md');
	const roll = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])]);

	test('the chair and the vice chair are members of the roll, never speakers', () => {
		expect(roll?.[0]).toEqual([
			'出席者',
			[
				['岩城 遥', '委員長', '東央大'],
				['笹本 航', '副委員長', '北辰工大'],
			],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['真柴委員', '岩城委員長']);
		expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'empty-group')).toEqual([]);
	});

	test('the absent member is named with the post before the name', () => {
		expect(roll?.at(-1)).toEqual(['欠席者', [['久住 透', '委員', '南陵大']]]);
	});
});
