/**
 * Committee records of a prefecture titled with what the sitting did in brackets after the document's word
 * (`決算特別委員会記録（総括質疑）`), or with the session's month before the assembly's name (`令和６年２月定例会　みやび府議会　総務委員会　会議記録`):
 * the series is the committee (with its assembly), where the bracket and the session's word had stayed in it.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { readTitle } from '../../src/parser/title.ts';

const record = (title: string) =>
	parseDocuments(
		[title, '', '一　日　時　　令和６年１０月２日（水）　午前１０時開会', '一　場　所　　第一委員会室', '一　出席委員', '　　委員長　　千　葉　和　也', '', '　◎千葉委員長　ただいまから委員会を開会します。', '　◆土屋委員　令和５年度決算の評価について伺います。', '　◎千葉委員長　以上で終わります。'].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	)[0]?.meeting;

describe("a prefecture's committee titles", () => {
	test.each([
		['決算特別委員会記録（総括質疑）', '決算特別委員会'],
		['予算特別委員会会議録（部局審査）', '予算特別委員会'],
		['令和６年２月定例会　みやび府議会　総務委員会　会議記録', 'みやび府議会　総務委員会'],
	])('%s is a record of %s', (title, series) => {
		expect(readTitle(title, null).series).toBe(series);
		const meeting = record(title);
		expect(meeting?.series).toBe(series);
		expect(meeting?.title).toBe(title);
	});

	test('a bracket that is the committee\'s own name stays', () => {
		expect(readTitle('交通安全対策特別委員会（第３回）会議録', null).series).toBe('交通安全対策特別委員会');
		expect(readTitle('総務委員会（予算審査）', null).series).toBe('総務委員会（予算審査）');
	});
});
