/**
 * A prefecture's education board page: `概要` alone right under the title, over its fields in angle brackets (`<開会>`,
 * `<閉会>`, `<会議場所>`, `<委員出欠>`), and the record under `議案及び議事内容`. `概要` is the page's heading of the fields,
 * where it had opened the text and the page had been kept as a plain document without its date, place or roll.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('概要 over the fields of an education board page', () => {
	const result = parseLines([
		'令和6年度第9回（定例）教育委員会議事録',
		'',
		'概要',
		'',
		'<開会>',
		'令和6年9月12日',
		'14時30分',
		'',
		'<閉会>',
		'令和6年9月12日',
		'15時50分',
		'',
		'<会議場所>',
		'教育委員室',
		'',
		'<委員出欠>',
		'花岡弘之（出席）',
		'佐藤進一（欠席）',
		'',
		'議案及び議事内容',
		'',
		'<議案>',
		'',
		'議決事項1　規則の一部改正について（可決）',
		'',
		'<議事内容>',
		'',
		'○大石教育長　「ただ今から、令和6年度第9回定例教育委員会を開催いたします。」',
		'○森本委員　「移管後も学校との連携は続くのでしょうか。」',
	]);

	test('the fields are read: the times, the place and the roll', () => {
		const meeting = result.meeting;
		expect([meeting?.date, meeting?.start, meeting?.end, meeting?.location]).toEqual(['2024-09-12', '14:30', '15:50', '教育委員室']);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['花岡弘之', '佐藤進一']);
		expect(result.diagnostics.filter((diagnostic) => diagnostic.message.includes('layout not recognized'))).toEqual([]);
	});

	test('the turns are the record, and the place is no speaker', () => {
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['大石教育長', '森本委員']);
	});
});
