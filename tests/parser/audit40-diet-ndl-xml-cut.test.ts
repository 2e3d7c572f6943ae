/**
 * The NDL API's answer in XML saved before it finished stops inside an element: the validator names the elements left open
 * at line 1 (`Invalid '["data", "meetingRecord", "speechRecord", "speech"]' found`), or a tag left unfinished on the last
 * line (`Invalid space after '<'`). Either is a cut download, told at the file's last line as a cut JSON answer is; the
 * message had pointed at line 1, column 1 with the validator's list of open elements.
 */
import { expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const FULL = `<?xml version="1.0" encoding="UTF-8"?>
<data>
<numberOfRecords>1</numberOfRecords>
<meetingRecord>
<issueID>121604601X00220241205</issueID>
<nameOfHouse>衆議院</nameOfHouse>
<nameOfMeeting>外務委員会</nameOfMeeting>
<issue>第2号</issue>
<date>2024-12-05</date>
<speechRecord>
<speechOrder>1</speechOrder>
<speech>○宮下委員長　これより会議を開きます。</speech>
<speechURL>https://kokkai.ndl.go.jp/txt/121604601X00220241205/1</speechURL>
</speechRecord>
</meetingRecord>
</data>
`;

const diagnostics = (text: string) => parseDocuments(text, { source: 'gaimu.xml', sourceHash: '0'.repeat(64) })[0]?.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line, diagnostic.message]);

test.each([
	{ where: 'inside a speech', cut: FULL.indexOf('会議を開'), line: 12 },
	{ where: 'inside a link', cut: FULL.indexOf('kokkai.ndl'), line: 13 },
	{ where: 'after a tag’s opening bracket', cut: FULL.indexOf('</speechURL>') + 1, line: 13 },
	{ where: 'inside a closing tag', cut: FULL.indexOf('</meetingRecord>') + 8, line: 15 },
])('an answer cut $where is told as cut at its last line', ({ cut, line }) => {
	expect(diagnostics(FULL.slice(0, cut))).toEqual([['bad-xml', line, 'the XML stops before its end (the download was cut off, or the file saved before it finished): save the API response again']]);
});

test('a closing tag that does not match is still told where it is', () => {
	const wrong = FULL.replace('</speechRecord>', '</speech>');
	expect(diagnostics(wrong)?.map(([code, line]) => [code, line])).toEqual([['bad-xml', 14]]);
});
