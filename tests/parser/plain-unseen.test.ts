/**
 * Dated documents in layouts no reader knows (a 町会's web page, Roman-numbered headers, a memo under its
 * date, a prose report): never rejected, each kept as a page with its date, its paragraphs and, when the
 * plain reader keeps it, a warning naming what was missing.
 */
import { describe, expect, test } from 'vitest';
import { lostLines, parseFixture } from './unseen-helpers.ts';

const cases: { file: string; family: 'plain' | 'council'; title: string; date: string; start: string | null; end: string | null; bodyFrom: number; skip?: RegExp }[] = [
	{ file: 'choukai-bracket-date.txt', family: 'council', title: '青葉三丁目町会「臨時役員会」議事録(敬省略)', date: '2024-10-10', start: '18:45', end: '19:15', bodyFrom: 14 },
	{ file: 'roman-numeral-headers.txt', family: 'plain', title: '令和6年度町会総会議事録', date: '2024-04-21', start: '19:30', end: '20:45', bodyFrom: 5 },
	{ file: 'memo-no-title-mark.txt', family: 'plain', title: '先日の打合せメモ', date: '2024-03-08', start: null, end: null, bodyFrom: 5 },
	{ file: 'report-prose.txt', family: 'plain', title: 'report-prose', date: '2024-11-03', start: null, end: null, bodyFrom: 1 },
];

describe.each(cases)('$file', (expected) => {
	const { result, lines } = parseFixture('plain', expected.file);

	test('is kept as a page, never rejected', () => {
		expect(result.family).toBe(expected.family);
		expect(result.meeting).not.toBeNull();
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	test('title, date and times', () => {
		expect(result.meeting).toMatchObject({ title: expected.title, date: expected.date, start: expected.start, end: expected.end });
	});

	test('a plain page says why with a warning on its first line', () => {
		if (expected.family !== 'plain') return;
		const warning = result.diagnostics.find((d) => d.code === 'unknown-layout');
		expect(warning?.severity).toBe('warning');
		expect(warning?.message).toContain(`dated ${expected.date}`);
	});

	test('no body line is lost', () => {
		expect(lostLines(result, lines, expected.bodyFrom, expected.skip ?? null)).toEqual([]);
	});
});

test('a publication date above the title does not win over the 日時 line', () => {
	const { result } = parseFixture('plain', 'roman-numeral-headers.txt');
	expect(result.meeting?.date).toBe('2024-04-21');
	expect(result.meeting?.date).not.toBe('2024-04-26');
});

describe('a 町会 roster and colon turns under bare surnames (choukai-bracket-date.txt)', () => {
	const { result } = parseFixture('plain', 'choukai-bracket-date.txt');

	test('the 【役員出欠席者】 rows: post, name and attendance apart', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((m) => [m.name, m.title])])).toEqual([
			[
				'役員出欠席者',
				[
					['大野正人', '会長'],
					['三好和夫', '副会長'],
					['石井健', '副会長/総務'],
					['竹内里美', '会計'],
				],
			],
		]);
	});

	test('`石井:` and `竹内:` (surnames of the roster) and `役員一同:` are turns of their own', () => {
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['会長', '次期の役員選考について、皆さんの意見をお聞きしたい。'],
			['石井', '規約では理事会で選任し総会の承認を得ることになっています。'],
			['竹内', '候補者を役員会から推薦してはどうでしょうか。'],
			['役員一同', '異議なし、拍手'],
		]);
	});
});
