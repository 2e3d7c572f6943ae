/**
 * The twenty-first audit's layouts, written here after real records: an assembly's office staff listed as names with
 * the post after each (`榎本雅朝局長　山名聡美主任　並木義之主事`); a committee whose official shares a surname with a member
 * and is told apart by a letter of the given name before the post (`○鈴木(美)保健所長`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { meetingOf, parseText } from './unseen-helpers.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts');

describe("an office's staff as names with the post after each", () => {
	test('each pair is a member with the post as title', () => {
		const meeting = meetingOf('assembly/audit21-staff-name-post.txt');
		const staff = meeting.participants.find((group) => group.group === '事務局職員');
		expect(staff?.members.map((member) => [member.name, member.title])).toEqual([
			['榎本雅朝', '局長'],
			['山名聡美', '主任'],
			['並木義之', '主事'],
		]);
	});

	test('a line of departments is still posts with their holders', () => {
		const text = readFileSync(join(DIR, 'assembly/audit21-staff-name-post.txt'), 'utf8').replace('榎本雅朝局長　山名聡美主任　並木義之主事', '企画財政課長　杉本　学　　上下水道局長　田島　稔');
		const staff = parseText(text, 'departments.txt').meeting?.participants.find((group) => group.group === '事務局職員');
		expect(staff?.members.map((member) => [member.name, member.title])).toEqual([
			['杉本 学', '企画財政課長'],
			['田島 稔', '上下水道局長'],
		]);
	});
});

describe('an official told apart by a letter of the given name', () => {
	test('`○鈴木(美)保健所長` speaks in turns of their own', () => {
		const meeting = meetingOf('council/audit21-told-apart-post.txt');
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.text.slice(0, 8)])).toEqual([
			['高橋委員長', 'ただいまから厚生'],
			['鈴木(美)保健所長', '保健所の体制につ'],
			['高橋委員長', '質疑はありません'],
			['鈴木（章）委員', '係を増やした理由'],
			['鈴木(美)保健所長', '昨年度の相談件数'],
			['鈴木（美）委員', '人員の確保はどう'],
			['佐藤健康福祉部長', '会計年度任用職員'],
			['高橋委員長', '以上で本日の委員'],
		]);
	});
});
