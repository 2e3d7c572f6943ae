import { describe, expect, test } from 'vitest';
import { remarkPages, rolePeriods } from '../../src/people/person-page.ts';
import type { PersonRemark, PersonRole } from '../../src/people/types.ts';

const role = (meetingId: string, date: string, seriesSlug: string, title: string, listed = true): PersonRole => ({
	meetingId,
	seriesSlug,
	series: seriesSlug.toUpperCase(),
	date,
	session: Number(meetingId.replace(/\D/g, '')) || null,
	kind: 'member',
	title,
	affiliation: null,
	listed,
});

describe('rolePeriods', () => {
	test('the meetings with one role in a series make one row', () => {
		const roles = [role('a-1', '2020-01-01', 'a', '構成員'), role('a-2', '2020-02-01', 'a', '構成員'), role('a-3', '2020-03-01', 'a', '構成員')];
		expect(rolePeriods(roles)).toEqual([
			{ series: 'A', seriesSlug: 'a', title: '構成員', kind: 'member', listed: true, from: { date: '2020-01-01', meetingId: 'a-1', session: 1 }, to: { date: '2020-03-01', meetingId: 'a-3', session: 3 }, meetings: 3 },
		]);
	});

	test('each series and title has its own row, in order of first appearance, even when roles alternate', () => {
		const roles = [
			role('a-1', '2020-01-01', 'a', '構成員'),
			role('b-1', '2020-01-15', 'b', '主査'),
			role('a-2', '2020-02-01', 'a', '構成員'),
			role('a-3', '2020-03-01', 'a', '座長'),
			role('b-2', '2020-03-15', 'b', '主査'),
			role('a-4', '2020-04-01', 'a', '構成員'),
		];
		expect(rolePeriods(roles).map((period) => `${period.seriesSlug} ${period.title} ${period.from.meetingId}…${period.to.meetingId} ${period.meetings}`)).toEqual([
			'a 構成員 a-1…a-4 3',
			'b 主査 b-1…b-2 2',
			'a 座長 a-3…a-3 1',
		]);
	});

	test('the same meeting twice (listed and as a speaker label of the same role) counts once', () => {
		const roles = [role('a-1', '2020-01-01', 'a', '構成員'), role('a-1', '2020-01-01', 'a', '構成員'), role('a-2', '2020-02-01', 'a', '構成員')];
		expect(rolePeriods(roles)[0]!.meetings).toBe(2);
	});
});

describe('remarkPages', () => {
	const remarks = (n: number): PersonRemark[] => Array.from({ length: n }, (_, i) => ({ meetingId: `m-${Math.floor(i / 3)}`, remarkId: `r${(i % 3) + 1}`, label: '小山構成員', line: i + 1, date: '2024-01-01' }));

	test('every remark is on exactly one page, in order', () => {
		for (const n of [0, 1, 199, 200, 201, 1000]) {
			const pages = remarkPages(remarks(n), 200);
			expect(pages.length).toBe(Math.max(1, Math.ceil(n / 200)));
			expect(pages.flatMap((page) => page.remarks)).toEqual(remarks(n));
			expect(pages.map((page) => page.page)).toEqual(pages.map((_, i) => i + 1));
			for (const page of pages) expect(page.pages).toBe(pages.length);
		}
	});
});
