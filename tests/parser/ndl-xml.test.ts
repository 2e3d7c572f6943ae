/**
 * The NDL API answers in XML unless asked for JSON (`recordPacking=json`). Its XML answer, saved as `.xml` (or under a
 * `.json` name), is read into the same records as its JSON answer; other XML is refused on one line, and so is broken XML,
 * at its line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { ParseResult } from '../../src/parser/types.ts';

const FIXTURES = new URL('../fixtures/layouts/ndl-json/', import.meta.url);
const HASH = '0'.repeat(64);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Text as XML writes it. */
const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A JSON value as the API's XML writes it: a key an element, a list its elements repeated, null an empty element. */
function toXml(key: string, value: Json, indent = ''): string {
	if (Array.isArray(value)) return value.map((item) => toXml(key, item, indent)).join('\n');
	if (value === null) return `${indent}<${key}/>`;
	if (typeof value === 'object') {
		const children = Object.entries(value).map(([child, inner]) => toXml(child, inner, `${indent}  `));
		return `${indent}<${key}>\n${children.join('\n')}\n${indent}</${key}>`;
	}
	return `${indent}<${key}>${escape(String(value))}</${key}>`;
}

/** The API's XML answer for a JSON one (its root element `data`, unless the JSON already wraps it so). */
function xmlAnswer(json: Json): string {
	const top = json !== null && typeof json === 'object' && !Array.isArray(json) ? json : {};
	const keys = Object.keys(top);
	const [key, value] = keys.length === 1 && keys[0] === 'data' ? ['data', top['data'] ?? null] : ['data', json];
	return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(key, value)}\n`;
}

/** The 1-based line of a text's first line holding the words. */
const lineOf = (text: string, words: string): number => text.split('\n').findIndex((line) => line.includes(words)) + 1;

/** A value with its line numbers left out (the two files' lines differ). */
function withoutLines(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutLines);
	if (value === null || typeof value !== 'object') return value;
	return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'line').map(([key, inner]) => [key, withoutLines(inner)]));
}

/** What a reader sees of the records, line numbers aside. */
function records(results: ParseResult[]) {
	return results.map((result) => withoutLines({ family: result.family, meeting: result.meeting, body: result.body, codes: result.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code]) }));
}

/** The fixtures whose answer is one object (a list of pages has no XML form). */
const OBJECT_FIXTURES = readdirSync(FIXTURES).filter((name) => name.endsWith('.json') && !readFileSync(new URL(name, FIXTURES), 'utf8').trimStart().startsWith('['));

describe("the NDL API's XML answer reads as its JSON answer", () => {
	test('there are fixtures of every shape to compare', () => {
		expect(OBJECT_FIXTURES.length).toBeGreaterThanOrEqual(7);
	});

	test.each(OBJECT_FIXTURES)('%s', (name) => {
		const json = readFileSync(new URL(name, FIXTURES), 'utf8');
		const fromJson = parseDocuments(json, { source: 'kokkai.json', sourceHash: HASH });
		const xml = xmlAnswer(JSON.parse(json) as Json);
		const fromXml = parseDocuments(xml, { source: 'kokkai.json', sourceHash: HASH });
		expect(fromJson.every((result) => result.meeting !== null)).toBe(true);
		expect(records(fromXml)).toEqual(records(fromJson));
		// Saved as .xml it reads the same, but for the file's name.
		const asXml = parseDocuments(xml, { source: 'kokkai.xml', sourceHash: HASH });
		expect(asXml.map((result) => result.meeting?.remarks.length)).toEqual(fromJson.map((result) => result.meeting?.remarks.length));
	});

	test('a meeting answer as the API writes it: empty elements, entities, a speech over several lines; each remark at the line of its speech record', () => {
		const xml = `<?xml version="1.0" encoding="UTF-8"?>
<data>
<numberOfRecords>1</numberOfRecords>
<numberOfReturn>1</numberOfReturn>
<startRecord>1</startRecord>
<nextRecordPosition/>
<meetingRecord>
<issueID>121304889X00820240410</issueID>
<imageKind>会議録</imageKind>
<searchObject>0</searchObject>
<session>213</session>
<nameOfHouse>衆議院</nameOfHouse>
<nameOfMeeting>内閣委員会</nameOfMeeting>
<issue>第8号</issue>
<date>2024-04-10</date>
<closing/>
<speechRecord>
<speechID>121304889X00820240410_000</speechID>
<speechOrder>0</speechOrder>
<speaker>会議録情報</speaker>
<speakerYomi/>
<speakerGroup/>
<speakerPosition/>
<speakerRole/>
<speech>令和六年四月十日（水曜日）
　　　　午前九時開議
　出席委員
　　　委員長　大島　一郎君
　　　理事　小野　花子君
本日の会議に付した案件
　重要経済安保情報の保護及び活用に関する法律案（内閣提出第二三号）</speech>
<startPage>1</startPage>
<speechURL>https://kokkai.ndl.go.jp/txt/121304889X00820240410/0</speechURL>
</speechRecord>
<speechRecord>
<speechID>121304889X00820240410_001</speechID>
<speechOrder>1</speechOrder>
<speaker>大島一郎</speaker>
<speakerYomi>おおしまいちろう</speakerYomi>
<speakerGroup/>
<speakerPosition>委員長</speakerPosition>
<speakerRole>委員長</speakerRole>
<speech>○大島委員長　これより会議を開きます。
　内閣提出、重要経済安保情報の保護及び活用に関する法律案を議題といたします。</speech>
<startPage>1</startPage>
<speechURL>https://kokkai.ndl.go.jp/txt/121304889X00820240410/1</speechURL>
</speechRecord>
<speechRecord>
<speechID>121304889X00820240410_002</speechID>
<speechOrder>2</speechOrder>
<speaker>小野花子</speaker>
<speakerYomi>おのはなこ</speakerYomi>
<speakerGroup>立憲民主党・無所属</speakerGroup>
<speakerPosition/>
<speakerRole/>
<speech>○小野委員　情報の指定が「適正」であることを、誰が確かめるのでしょうか。&lt;指定&gt; の範囲が A&amp;B に及ぶのでは。</speech>
<startPage>1</startPage>
<speechURL>https://kokkai.ndl.go.jp/txt/121304889X00820240410/2</speechURL>
</speechRecord>
<meetingURL>https://kokkai.ndl.go.jp/txt/121304889X00820240410</meetingURL>
<pdfURL>https://kokkai.ndl.go.jp/img/121304889X00820240410</pdfURL>
</meetingRecord>
</data>
`;
		const [result, ...rest] = parseDocuments(xml, { source: 'naikaku-0410.xml', sourceHash: HASH });
		expect(rest).toEqual([]);
		const meeting = result?.meeting;
		expect(meeting && [meeting.title, meeting.date, meeting.start, meeting.officialUrl]).toEqual(['第213回国会 衆議院 内閣委員会 第8号', '2024-04-10', '09:00', 'https://kokkai.ndl.go.jp/txt/121304889X00820240410']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.line])).toEqual([
			['大島委員長', lineOf(xml, '<speechID>121304889X00820240410_001')],
			['小野委員', lineOf(xml, '<speechID>121304889X00820240410_002')],
		]);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['大島 一郎', '小野 花子']);
		const text = JSON.stringify(result?.body);
		expect(text).toContain('<指定> の範囲が A&B に及ぶのでは。');
	});
});

describe('XML that is not the API answer', () => {
	test('broken XML is refused at its line', () => {
		const broken = '<?xml version="1.0"?>\n<data>\n<numberOfRecords>1</numberOfRecords>\n<meetingRecord>\n<issueID>1</issueID>\n</data>\n';
		const [result] = parseDocuments(broken, { source: 'kokkai.xml', sourceHash: HASH });
		expect(result?.meeting).toBeNull();
		expect(result?.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code, diagnostic.line])).toEqual([['error', 'bad-xml', 6]]);
	});

	test('a document type (entities that could expand without end) is refused, at its line', () => {
		const bomb = '<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<data><numberOfRecords>1</numberOfRecords><meetingRecord><nameOfMeeting>&b;</nameOfMeeting></meetingRecord></data>';
		const [result] = parseDocuments(bomb, { source: 'kokkai.xml', sourceHash: HASH });
		expect(result?.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([['bad-xml', 2]]);
	});

	test('other XML, as .xml or saved as .json, is refused on one line; the same text in a .txt is not refused as XML', () => {
		const other = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>新着情報</title></channel></rss>\n';
		for (const source of ['feed.xml', 'feed.json']) {
			const [result, ...rest] = parseDocuments(other, { source, sourceHash: HASH });
			expect(rest).toEqual([]);
			expect(result?.meeting).toBeNull();
			expect(result?.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code, diagnostic.line])).toEqual([['error', 'not-ndl-xml', 1]]);
		}
		const [asText] = parseDocuments(other, { source: 'feed.txt', sourceHash: HASH });
		expect(asText?.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('not-ndl-xml');
	});
});
