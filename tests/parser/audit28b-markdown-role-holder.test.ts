/**
 * A participant written as a role with its holder in brackets (`事務局（桑原）`, `司会（山田 花子）`), as teams' Markdown lists
 * their staff: the person is named, holds the role, and speaks by the name (`桑原：…`); their turns had run into the turn
 * before them.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, rollsOf, turnsOf } from './unseen-helpers.ts';

describe('the secretariat named in brackets after its role', () => {
	const result = parseLines(
		[
			'# 第8回 運営委員会 議事録',
			'',
			'- 日時：2025年5月20日（火）18:00〜19:30',
			'- 出席：大塚委員長、千葉委員、事務局（桑原）、司会（山田 花子）、会長（欠席）',
			'',
			'## 議事',
			'',
			'桑原：資料2のとおり、執行率は45%です。',
			'千葉委員：後半に支出が集中する見込みですか。',
			'桑原：はい、秋のイベント分が残っています。',
		],
		'unei.md',
	);

	test('lists the holder by name with the role as the post', () => {
		expect(rollsOf(result)[0]?.[1].slice(0, 4)).toEqual(['委員長 大塚', '委員 千葉', '事務局 桑原', '司会 山田 花子']);
		// (How someone attended is no holder: `会長（欠席）` names no one 欠席.)
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).not.toContain('欠席');
	});

	test('gives each of the holder’s turns a remark of its own', () => {
		expect(turnsOf(result)).toEqual([
			['桑原', '資料2のとおり、執行率は45%です。'],
			['千葉委員', '後半に支出が集中する見込みですか。'],
			['桑原', 'はい、秋のイベント分が残っています。'],
		]);
	});
});
