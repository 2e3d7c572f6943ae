/**
 * A form's header table that sets two fields on a row (`日時 | 令和６年３月５日 | 場所 | 町役場`, `出席委員 | １２名 |
 * 欠席委員 | １名`) gives each field a line of its own, so the place is the place (it had run into the date's line) and
 * the absent count no member; a roll of posts and names set so stays one row a line.
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { pageText } from '../../src/converter/html-text.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx } from './docx-fixture.ts';

describe('header fields side by side in a table', () => {
	test('each field a line, read as the header', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: '第３回あけぼの町農業委員会総会　議事録', center: true },
				{ table: [['日　時', '令和６年３月５日（火）午後１時３０分', '場　所', 'あけぼの町役場　第２会議室'], ['出席委員', '１２名', '欠席委員', '１名'], ['会長', '石原　茂', '会長職務代理者', '森　和子']] },
				{ text: '' },
				{ text: '○会長　ただいまから総会を開会します。' },
				{ text: '○事務局長　議案第１号について説明します。' },
			]),
		);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.text.split('\n').slice(1, 6)).toEqual(['日　時\t令和６年３月５日（火）午後１時３０分', '場　所\tあけぼの町役場　第２会議室', '出席委員\t１２名', '欠席委員\t１名', '会長\t石原　茂\t会長職務代理者\t森　和子']);
		const meeting = parseDocuments(decoded.text, { source: 'nougyou-3.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting && [meeting.date, meeting.location]).toEqual(['2024-03-05', 'あけぼの町役場　第２会議室']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['会長', '事務局長']);
	});

	test('a web page\'s table is read the same', () => {
		const page = pageText('<table><tr><td>開催日時</td><td>令和６年７月１日</td><td>開催場所</td><td>市民会館</td></tr></table>');
		expect(page.text).toBe('開催日時\t令和６年７月１日\n開催場所\t市民会館');
	});
});
