import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** A sheet of turns saved as CSV, its first row the meeting's 日時 field (no title), as a spreadsheet's export reads once decoded. */
const SHEET = [
	'日時：令和6年11月20日（水）19:00～20:30',
	'',
	'出席者：田村会長、佐伯会計、久保会員',
	'',
	'田村会長：それでは総会を始めます。',
	'佐伯会計：会計報告をいたします。収入は前年並みでした。',
	'久保会員：積立金の取り崩しについて説明をお願いします。',
	'佐伯会計：屋根の修繕に充てたものです。',
	'',
].join('\n');

describe('a document whose first line is a header field', () => {
	test('`日時：…` first is no title: the file\'s name titles it', () => {
		const { meeting } = parseMinutes(SHEET, { source: 'minutes_1120.csv', sourceHash: '0'.repeat(64) });
		expect(meeting?.date).toBe('2024-11-20');
		expect(meeting?.title).toBe('minutes_1120');
		expect(meeting?.series).not.toMatch(/日時/u);
		expect(meeting?.remarks.length).toBe(4);
	});

	test('`場所：…` first is no title either; a title line first still is', () => {
		const placed = parseMinutes(`場所：さくら台集会所\n${SHEET}`, { source: 'rijikai.txt', sourceHash: '0'.repeat(64) }).meeting;
		expect(placed?.title).toBe('rijikai');
		const titled = parseMinutes(`さくら台団地管理組合 総会 議事メモ\n${SHEET}`, { source: 'rijikai.txt', sourceHash: '0'.repeat(64) }).meeting;
		expect(titled?.title).toBe('さくら台団地管理組合 総会 議事メモ');
	});
});
