/**
 * An NDL API response cut off inside a key or a value (`"pdfURL"`, `"https://kokkai.nd`, `1`) makes the parser complain of
 * the place where the text ends (`Expected ':' after property name`, `Unterminated string`): the error says the JSON stops
 * before its end, at its last line, as for a response cut between two values. Before, it quoted the parser's complaint, as
 * if the file had been edited badly there.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const RESPONSE = JSON.stringify(
	{
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID: '121305253X00520240418',
				session: 213,
				nameOfHouse: '衆議院',
				nameOfMeeting: '憲法審査会',
				issue: '第5号',
				date: '2024-04-18',
				speechRecord: [
					{ speechID: '121305253X00520240418_001', speechOrder: 1, speaker: '中島英明', speech: '○中島会長　これより会議を開きます。', pdfURL: 'https://kokkai.ndl.go.jp/img/121305253X00520240418' },
				],
			},
		],
	},
	null,
	2,
);

const CUT = 'the JSON stops before its end (the download was cut off, or the file saved before it finished): save the API response again (recordPacking=json)';

describe.each([
	['after a key', RESPONSE.slice(0, RESPONSE.indexOf('"pdfURL"') + '"pdfURL"'.length)],
	['inside a string', RESPONSE.slice(0, RESPONSE.indexOf('https://kokkai.ndl.go.jp/img') + 18)],
	['after a number', RESPONSE.slice(0, RESPONSE.indexOf('"speechOrder": 1') + '"speechOrder": 1'.length)],
])('a response cut off %s', (_where, cut) => {
	test('is an error at its last line, saying it stops before its end', () => {
		const [result] = parseDocuments(cut, { source: 'kenpo-5.json', sourceHash: '0'.repeat(64) });
		expect(result?.meeting).toBeNull();
		expect(result?.diagnostics.map((d) => [d.severity, d.code, d.line, d.message])).toEqual([['error', 'bad-json', cut.split('\n').length, CUT]]);
	});
});

test('a response broken inside keeps the parser’s complaint and its place', () => {
	const broken = RESPONSE.replace('"issue": "第5号",', '"issue": "第5号"');
	const [result] = parseDocuments(broken, { source: 'kenpo-5.json', sourceHash: '0'.repeat(64) });
	expect(result?.diagnostics.map((d) => [d.code, d.line, d.message.startsWith('the JSON is broken at column')])).toEqual([['bad-json', broken.split('\n').findIndex((line) => line.includes('"date"')) + 1, true]]);
});
