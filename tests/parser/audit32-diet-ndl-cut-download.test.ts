/**
 * An NDL API response cut off between two values (a download stopped after a speech's `},`) gives the parser no place in its
 * message (`Unexpected end of JSON input`): the error names the file's last line and says the JSON stops before its end.
 * Before, the error had no line at all.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const RESPONSE = JSON.stringify(
	{
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID: '121305261X00520240205',
				session: 213,
				nameOfHouse: '衆議院',
				nameOfMeeting: '予算委員会',
				issue: '第5号',
				date: '2024-02-05',
				speechRecord: [
					{ speechID: '121305261X00520240205_001', speechOrder: 1, speaker: '小野寺五典', speech: '○小野寺委員長　これより会議を開きます。' },
					{ speechID: '121305261X00520240205_002', speechOrder: 2, speaker: '井上信治', speech: '○井上委員　質問します。' },
				],
			},
		],
	},
	null,
	1,
);

describe('a response cut off between two speeches', () => {
	const cut = `${RESPONSE.slice(0, RESPONSE.indexOf('{', RESPONSE.indexOf('"speechOrder": 1') + 10) - 1).trimEnd()}\n`;
	const [result] = parseDocuments(cut, { source: 'yosan-5.json', sourceHash: '0'.repeat(64) });

	test('is an error at its last line, saying it stops before its end', () => {
		expect(cut.trimEnd().endsWith(',')).toBe(true);
		expect(result?.meeting).toBeNull();
		expect(result?.diagnostics.map((d) => [d.severity, d.code, d.line, d.message])).toEqual([
			['error', 'bad-json', cut.trimEnd().split('\n').length, 'the JSON stops before its end (the download was cut off, or the file saved before it finished): save the API response again (recordPacking=json)'],
		]);
	});
});
