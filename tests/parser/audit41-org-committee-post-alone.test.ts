/**
 * A PTA's 運営委員会 (or a neighbourhood association's 役員会) lists who was away by their committee's post alone, no name
 * (`欠席者：広報委員長、体育委員`), and labels turns by such a post (`校外委員長：…`): each is the post whole, no one named (they had
 * been read as people named 広報 and 体育, a 委員長 and a 委員); the turns are still that post's.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const minutes = [
	'# 令和6年度 第4回 PTA運営委員会 議事録',
	'',
	'- **日時**：令和6年9月11日（水）10:00〜11:00',
	'- **場所**：みずほ小学校 多目的室',
	'- **出席者**：会長 竹内、副会長 石田、校外委員長、学級委員長',
	'- **欠席者**：広報委員長、体育委員',
	'',
	'## 1. 運動会の準備について',
	'',
	'**会長（竹内）**：今年も受付をPTAで担当します。',
	'**校外委員長**：当日の見回りは６名で回ります。',
	'**学級委員長**：各学級から２名ずつ出します。',
];

describe('a committee’s post alone in the roll', () => {
	const result = parseLines(minutes, 'pta.md');
	const roll = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])]);

	test('the absent are posts, no one named', () => {
		expect(roll?.find(([group]) => group === '欠席者')).toEqual([
			'欠席者',
			[
				[null, '広報委員長'],
				[null, '体育委員'],
			],
		]);
	});

	test('the posts still speak', () => {
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['会長（竹内）', '校外委員長', '学級委員長']);
	});
});
