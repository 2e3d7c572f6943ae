/**
 * A PTA's 運営委員会 minutes kept in Markdown list who came on one bulleted field, the officers by post and surname and the
 * class committee's chairs counted, none named (`- **出席者**：会長 浜口、副会長 平井・宇野、学年委員長 6名、校長 岩田`): the count a
 * note on the list, as the plain reader keeps it, no member (it had been one member of no name, no post).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'# 令和6年度 第5回 PTA運営委員会 議事録',
	'',
	'- **日時**：令和6年10月9日（水）10:00〜11:30',
	'- **場所**：ひかり小学校 会議室',
	'- **出席者**：会長 浜口、副会長 平井・宇野、学年委員長 6名、校長 岩田',
	'',
	'## 1. 運動会の振り返り',
	'',
	'**会長（浜口）**：当日の受付は大きな混乱なく終わりました。',
];

describe('a post counted among the named in a Markdown roll', () => {
	const result = parseText(minutes.join('\n'), 'pta.md');
	const present = result.meeting?.participants.find((group) => group.group === '出席者');

	test('every member is named', () => {
		expect(present?.members.map((member) => [member.name, member.title])).toEqual([
			['浜口', '会長'],
			['平井', '副会長'],
			['宇野', '副会長'],
			['岩田', '校長'],
		]);
	});

	test('the count is the list’s note', () => {
		expect(present?.note).toBe('学年委員長 6名');
	});
});
