/**
 * Minutes written in English (a Japanese society's board meeting held in English): read as minutes, not refused as foreign
 * text; the series without `Minutes of the`, `Present:` the roll, each speaker named by surname (`Sato:` of `Akiko Sato`) a
 * turn, and a sentence wrapped onto the next line one space after its full stop.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const lines = [
	'Minutes of the Board Meeting, Japan Society for River Ecology',
	'',
	'Date: June 15, 2024 (Sat), 14:00–16:00',
	'Venue: Room 301, Kita University, and online',
	'Present: Mariko Tanaka (President), Kenta Mori (Secretary), Emily Clark (Treasurer)',
	'Absent: Jiro Ueda (Board member)',
	'',
	'Agenda',
	'1. Annual meeting 2024',
	'2. Student awards',
	'',
	'Proceedings',
	'',
	'1. Annual meeting 2024',
	'Tanaka: The local committee proposes October in Sapporo.',
	'Mori: The venue has been booked.',
	'Clark: The budget covers two invited talks.',
	'It also covers the reception.',
	'Tanaka: Agreed.',
];

describe.each([
	[
		'board.md',
		lines
			.map((line, at) => (at === 0 ? `# ${line}` : line === 'Agenda' || line === 'Proceedings' ? `## ${line}` : line === '1. Annual meeting 2024' && at > 10 ? `### ${line}` : line))
			.join('\n'),
	],
	['board.txt', lines.join('\n')],
])('minutes in English (%s)', (source, text) => {
	const { meeting, diagnostics } = parseText(text, source);

	test('are read, not refused', () => {
		expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
		expect([meeting?.date, meeting?.series]).toEqual(['2024-06-15', 'Board Meeting, Japan Society for River Ecology']);
	});

	test('the roll, and each speaker by surname', () => {
		expect(meeting?.participants.find((group) => group.group === 'Present')?.members.map((member) => member.name)).toEqual(['Mariko Tanaka', 'Kenta Mori', 'Emily Clark']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text.replace(/\n/gu, ' ')])).toEqual([
			['Tanaka', 'The local committee proposes October in Sapporo.'],
			['Mori', 'The venue has been booked.'],
			['Clark', 'The budget covers two invited talks. It also covers the reception.'],
			['Tanaka', 'Agreed.'],
		]);
	});
});
