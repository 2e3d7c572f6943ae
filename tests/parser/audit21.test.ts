/**
 * The twenty-first audit's layouts, written here after real records: an assembly's office staff listed as names with
 * the post after each (`榎本雅朝局長　山名聡美主任　並木義之主事`).
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
