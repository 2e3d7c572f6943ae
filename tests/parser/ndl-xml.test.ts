/**
 * The NDL API answers in XML unless asked for JSON; such an answer saved as `.json` is refused on one line that says what to
 * ask for. Before, it was published as a page of its raw tags.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const XML = `<data><numberOfRecords>1</numberOfRecords><records><record><recordData><meetingRecord><issueID>121304889X00820240410</issueID><nameOfHouse>衆議院</nameOfHouse><nameOfMeeting>内閣委員会</nameOfMeeting><date>2024-04-10</date></meetingRecord></recordData></record></records></data>`;

describe("the NDL API's XML saved as .json", () => {
	for (const [name, text] of [
		['bare', XML],
		['with a declaration and a byte order mark', `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n${XML}`],
	] as const) {
		test(`is refused with what to ask for (${name})`, () => {
			const [result, ...rest] = parseDocuments(text, { source: 'naikaku.json', sourceHash: '0'.repeat(64) });
			expect(rest).toEqual([]);
			expect(result!.meeting).toBeNull();
			expect(result!.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code, diagnostic.line])).toEqual([['error', 'xml-not-json', 1]]);
			expect(result!.diagnostics[0]!.message).toContain('recordPacking=json');
		});
	}

	test('the same text in a .txt is not refused as XML', () => {
		const [result] = parseDocuments(XML, { source: 'naikaku.txt', sourceHash: '0'.repeat(64) });
		expect(result!.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('xml-not-json');
	});
});
