/**
 * A team's Markdown notes list who came by the role they play and their name or nickname in brackets (`- PM（はるか）`,
 * `- アーキテクト（そうた）`, `- QA(Rin)`) and head the facilitator `## ファシリテータ` (without the long vowel mark), and the
 * talk names them by role (`PM: …`). The roll had read `PM（はるか）` as an affiliation of no one and the katakana role as
 * nothing; `## ファシリテータ` over `PM` had been a remark of a speaker named ファシリテータ.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const notes = [
	'# 予約システム 設計レビュー 議事録',
	'',
	'## 日時',
	'2025-09-03 10:00-11:00',
	'',
	'## 参加者',
	'- PM（はるか）',
	'- アーキテクト（そうた）',
	'- QA(Rin)',
	'',
	'## ファシリテータ',
	'PM',
	'',
	'## 議事録',
	'',
	'はるか: 予約が重なったときの扱いを決めたい。',
	'',
	'QA: 衝突時のエラーメッセージを試験に含めます。',
	'',
].join('\n');

describe("a team's roles and their holders", () => {
	const meeting = parseText(notes, 'review.md').meeting;

	test('each role and its holder', () => {
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['はるか', 'PM', null],
			['そうた', 'アーキテクト', null],
			['Rin', 'QA', null],
		]);
	});

	test('the facilitator a roll group, not a turn', () => {
		expect(meeting?.participants.map((group) => group.group)).toEqual(['参加者', 'ファシリテータ']);
	});

	test('the holder speaks by name and by role', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['はるか', 'QA']);
	});
});
