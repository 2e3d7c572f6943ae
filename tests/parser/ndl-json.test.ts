/**
 * The NDL reader on saved responses of the 国会会議録検索システム API (tests/fixtures/layouts/ndl-json/):
 * the meeting endpoint with two meetings, the speech endpoint, and the older `records.record` shapes,
 * checked field by field; then broken and foreign JSON.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments, pickReader } from '../../src/parser/index.ts';
import { toSourceLines } from '../../src/parser/normalize.ts';
import type { ParseResult } from '../../src/parser/types.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';

const FIXTURES = new URL('../fixtures/layouts/ndl-json/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');
const parse = (text: string, source = 'kokkai.json'): ParseResult[] => parseDocuments(text, { source, sourceHash: 'b'.repeat(64) });
const meetingOf = (result: ParseResult | undefined): Meeting => {
	expect(result?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	if (!result?.meeting) throw new Error('no record');
	return result.meeting;
};
/** Remarks as [speaker, group, text]. */
const remarks = (meeting: Meeting) => meeting.remarks.map((remark) => [remark.speaker, remark.speakerGroup ?? null, remark.text]);
/** Participants as group → [text, name, title]. */
const people = (meeting: Meeting) => Object.fromEntries(meeting.participants.map((group) => [group.group, group.members.map((m) => [m.text, m.name, m.title])]));

describe('meeting endpoint, two meetings (meeting-two.json)', () => {
	const results = parse(read('meeting-two.json'));

	test('one record per meeting, read by the ndl-json reader', () => {
		expect(results.map((result) => result.family)).toEqual(['ndl-json', 'ndl-json']);
		expect(results.map((result) => result.meeting?.title)).toEqual(['第196回国会 衆議院 内閣委員会 第20号', '第196回国会 参議院 内閣委員会 第15号']);
	});

	test('衆議院 内閣委員会 第20号: header fields', () => {
		const meeting = meetingOf(results[0]);
		expect({
			series: meeting.series,
			session: meeting.session,
			sessionLabel: meeting.sessionLabel,
			kind: meeting.kind,
			date: meeting.date,
			start: meeting.start,
			end: meeting.end,
			location: meeting.location,
			source: meeting.source,
			officialUrl: meeting.officialUrl,
			officialPdfUrl: meeting.officialPdfUrl,
		}).toEqual({
			series: '衆議院 内閣委員会',
			session: null,
			sessionLabel: '第196回国会 第20号',
			kind: 'minutes',
			date: '2018-05-30',
			start: '09:00',
			end: '12:03',
			location: null,
			source: 'kokkai.json',
			officialUrl: 'https://kokkai.ndl.go.jp/txt/119604889X02020180530',
			officialPdfUrl: 'https://kokkai.ndl.go.jp/img/119604889X02020180530',
		});
		expect(meeting.agenda).toEqual([
			{ number: 1, title: '政府参考人出頭要求に関する件', section: 's1' },
			{ number: 2, title: '内閣の重要政策に関する件', section: 's1' },
		]);
	});

	test('衆議院: participants from the 会議録情報 record, padding reduced to one space', () => {
		expect(people(meetingOf(results[0]))).toEqual({
			出席委員: [
				['委員長 山川大志郎君', '山川大志郎', '委員長'],
				['理事 池田 佳隆君', '池田 佳隆', '理事'],
				['理事 大岡 敏孝君', '大岡 敏孝', '理事'],
				['理事 泉 健太君', '泉 健太', '理事'],
				['赤澤 亮正君', '赤澤 亮正', null],
				['佐藤 勉君', '佐藤 勉', null],
				['林 潤君', '林 潤', null],
			],
			出席国務大臣: [['（内閣府特命担当大臣（規制改革）） 梶田 弘志君', '梶田 弘志', '国務大臣（内閣府特命担当大臣（規制改革））']],
			政府参考人: [['（内閣官房内閣審議官） 田中 愛智朗君', '田中 愛智朗', '内閣官房内閣審議官']],
			委員外の出席者: [['内閣委員会専門員 長谷田晃二君', '長谷田晃二', '内閣委員会専門員']],
		});
	});

	test('衆議院: every speech a remark in speechOrder, label as written, text without it, group and link kept', () => {
		const meeting = meetingOf(results[0]);
		expect(remarks(meeting)).toEqual([
			[
				'山川委員長',
				'自由民主党',
				'これより会議を開きます。\n内閣の重要政策に関する件について調査を進めます。\nこの際、お諮りいたします。\n本件調査のため、本日、政府参考人として内閣官房内閣審議官田中愛智朗君の出席を求め、説明を聴取いたしたいと存じますが、御異議ありませんか。\n〔「異議なし」と呼ぶ者あり〕',
			],
			['山川委員長', '自由民主党', '御異議なしと認めます。よって、そのように決しました。\n―――――――――――――\n質疑の申出がありますので、順次これを許します。泉健太君。'],
			['泉委員', '国民民主党・無所属クラブ', '国民民主党の泉でございます。\nまず、規制改革の進め方について大臣に伺います。（拍手）'],
			['梶田国務大臣', '自由民主党', 'お答えいたします。\n規制改革は、成長戦略の一丁目一番地でございます。\n引き続き取り組んでまいります。'],
			['山川委員長', '自由民主党', '次回は、公報をもってお知らせすることとし、本日は、これにて散会いたします。'],
		]);
		expect(meeting.remarks.map((remark) => remark.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
		expect(meeting.remarks.map((remark) => remark.officialUrl)).toEqual([1, 2, 3, 4, 5].map((n) => `https://kokkai.ndl.go.jp/txt/119604889X02020180530/${n}`));
		expect(meeting.remarks.every((remark) => remark.section === 's1' && !remark.chat)).toBe(true);
	});

	test('衆議院: remark lines point at each speech in the JSON file', () => {
		const meeting = meetingOf(results[0]);
		const lines = toSourceLines(read('meeting-two.json'));
		for (const [index, remark] of meeting.remarks.entries()) {
			expect(lines[remark.line - 1]?.text).toContain(`"speechID": "119604889X02020180530_00${index + 1}"`);
		}
	});

	test('衆議院: body — header section of the other 会議録情報 lines, directions, separators and clock lines as notes', () => {
		const [header, proceedings] = results[0]!.body;
		expect(header?.title).toBe('会議録情報');
		expect(header?.children.map((block) => (block.type === 'paragraph' || block.type === 'note' ? [block.type, block.text] : [block.type]))).toEqual([
			['paragraph', '第196回国会　内閣委員会　第20号'],
			['paragraph', '平成三十年五月三十日（水曜日）'],
			['note', '午前九時開議'],
			['paragraph', '委員の異動'],
			['paragraph', '五月三十日'],
			['paragraph', '辞任　　　　　補欠選任'],
			['paragraph', '赤澤　亮正君　　　　　木村　哲也君'],
			['paragraph', '本日の会議に付した案件'],
			['paragraph', '政府参考人出頭要求に関する件'],
			['paragraph', '内閣の重要政策に関する件'],
		]);
		expect(proceedings?.children.map((block) => block.type)).toEqual(['remark', 'remark', 'remark', 'remark', 'remark', 'note']);
		const first = proceedings?.children[0];
		expect(first?.type === 'remark' && first.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'note']);
		const second = proceedings?.children[1];
		expect(second?.type === 'remark' && second.children.map((block) => block.type)).toEqual(['paragraph', 'note', 'paragraph']);
	});

	test('参議院 内閣委員会 第15号: 出席者は左のとおり with role lines, ○委員長（石井準子君） labels, no PDF link', () => {
		const meeting = meetingOf(results[1]);
		expect([meeting.series, meeting.sessionLabel, meeting.date, meeting.start, meeting.end]).toEqual(['参議院 内閣委員会', '第196回国会 第15号', '2018-05-31', '10:00', '11:32']);
		expect(meeting.officialUrl).toBe('https://kokkai.ndl.go.jp/txt/119614889X01520180531');
		expect(meeting.officialPdfUrl).toBeUndefined();
		expect(people(meeting)).toEqual({
			出席者: [
				['委員長 石井 準子君', '石井 準子', '委員長'],
				['上月 良彦君', '上月 良彦', '理事'],
				['和田 政人君', '和田 政人', '理事'],
				['有村 治美君', '有村 治美', '委員'],
				['山田 太君', '山田 太', '委員'],
				['国務大臣 梶田 弘志君', '梶田 弘志', '国務大臣'],
			],
		});
		expect(meeting.agenda).toEqual([{ number: 1, title: '内閣の重要政策及び警察等に関する調査（規制改革に関する件）', section: 's1' }]);
		expect(remarks(meeting)).toEqual([
			[
				'委員長（石井準子君）',
				'自由民主党・国民の声',
				'ただいまから内閣委員会を開会いたします。\n内閣の重要政策及び警察等に関する調査を議題とし、規制改革に関する件について質疑を行います。\n質疑のある方は順次御発言願います。',
			],
			['有村治美君', '自由民主党・国民の声', '自由民主党の有村でございます。\n規制改革推進会議の答申について伺います。'],
			['国務大臣（梶田弘志君）', '自由民主党', 'お答えいたします。答申を踏まえ、速やかに実施計画を定めます。'],
			['委員長（石井準子君）', '自由民主党・国民の声', '本日の調査はこの程度にとどめ、これにて散会いたします。'],
		]);
	});

	test('entry ids: by date and sitting number, distinct for the two houses', () => {
		const ids = results.map((result) => entryId(meetingOf(result)));
		expect(ids).toEqual([`${meetingOf(results[0]).seriesSlug}-2018-05-30-20`, `${meetingOf(results[1]).seriesSlug}-2018-05-31-15`]);
		expect(new Set(ids).size).toBe(2);
	});
});

describe('speech endpoint (speech-endpoint.json, compact JSON on one line)', () => {
	const results = parse(read('speech-endpoint.json'));

	test('speeches grouped into meetings by issueID, meeting fields from the speeches', () => {
		const [a, b] = results.map(meetingOf);
		expect(results).toHaveLength(2);
		expect([a?.title, a?.series, a?.sessionLabel, a?.date, a?.start, a?.end]).toEqual(['第213回国会 衆議院 予算委員会 第18号', '衆議院 予算委員会', '第213回国会 第18号', '2024-02-20', null, null]);
		expect([b?.title, b?.date]).toEqual(['第213回国会 参議院 予算委員会 第5号', '2024-03-04']);
		expect(a?.officialUrl).toBe('https://kokkai.ndl.go.jp/txt/121305261X01820240220');
		expect(a?.officialPdfUrl).toBe('https://kokkai.ndl.go.jp/img/121305261X01820240220/5');
		// (No 会議録情報, so no roll: those who spoke, as the API names them, their surname marked off by their label.)
		expect(a?.participants).toEqual([
			{
				group: '発言者',
				members: [
					{ text: '委員 岡本 花子', name: '岡本 花子', title: '委員', affiliation: '立憲民主党・無所属' },
					{ text: '国務大臣 森田 健一', name: '森田 健一', title: '国務大臣', affiliation: '自由民主党・無所属の会' },
				],
			},
		]);
		expect(a?.sections).toEqual([{ id: 's1', title: '本文', line: 1 }]);
		expect(remarks(a!)).toEqual([
			['岡本（花）委員', '立憲民主党・無所属', '立憲民主党の岡本でございます。\n物価高への対策について伺います。'],
			['森田国務大臣', '自由民主党・無所属の会', 'お答えいたします。\n賃上げと物価の好循環を目指してまいります。'],
		]);
		expect(remarks(b!)).toEqual([['北村良子君', '公明党', '公明党の北村です。物価高について質問いたします。']]);
	});

	test('a search result holding part of a meeting is kept with a warning naming the speeches', () => {
		expect(results.map((result) => result.diagnostics.map((d) => [d.severity, d.code]))).toEqual([[['warning', 'ndl-partial']], [['warning', 'ndl-partial']]]);
		expect(results[0]?.diagnostics[0]?.message).toMatch(/speeches 12, 13: save the meeting endpoint/);
	});
});

describe('a response that is one page of a longer answer', () => {
	test('says that the records from nextRecordPosition on are not in the file', () => {
		const firstPage = read('speech-endpoint.json').replace('"numberOfRecords":3', '"numberOfRecords":50').replace('"nextRecordPosition":null', '"nextRecordPosition":4');
		const results = parse(firstPage);
		expect(results).toHaveLength(2);
		const warnings = results[0]?.diagnostics.filter((d) => d.code === 'ndl-partial' && d.message.includes('nextRecordPosition')) ?? [];
		expect(warnings).toHaveLength(1);
		expect(warnings[0]?.message).toMatch(/^this response is one page of 50 records \(its "nextRecordPosition" is 4\): the records from 4 on are not in the file, so its last meeting may lack speeches; save every page/u);
		expect(results.map(meetingOf).map((meeting) => meeting.remarks.length)).toEqual(parse(read('speech-endpoint.json')).map(meetingOf).map((meeting) => meeting.remarks.length));
	});

	test('the last page (nextRecordPosition null) has no such warning', () => {
		expect(parse(read('speech-endpoint.json')).flatMap((result) => result.diagnostics).filter((d) => d.message.includes('one page of'))).toEqual([]);
	});
});

describe('older API shapes (records.record[].recordData)', () => {
	test('old-records.json: single objects for lists, numbers as strings, {} for empty fields', () => {
		const results = parse(read('old-records.json'));
		expect(results).toHaveLength(1);
		const meeting = meetingOf(results[0]);
		expect([meeting.title, meeting.series, meeting.sessionLabel, meeting.date, meeting.start, meeting.end]).toEqual([
			'第145回国会 参議院 文教・科学委員会 第3号',
			'参議院 文教・科学委員会',
			'第145回国会 第3号',
			'1999-03-11',
			'10:00',
			'10:50',
		]);
		expect(meeting.officialUrl).toBe('http://kokkai.ndl.go.jp/txt/114514254X00319990311');
		expect(meeting.officialPdfUrl).toBeUndefined();
		expect(people(meeting)).toEqual({ 出席者: [['委員長 山田 太郎君', '山田 太郎', '委員長'], ['佐藤 勉君', '佐藤 勉', '委員']] });
		// No ○ label in the speech text: the speaker and position stand for it.
		expect(remarks(meeting)).toEqual([['山田太郎委員長', null, 'ただいまから文教・科学委員会を開会いたします。']]);
		expect(meeting.remarks[0]?.officialUrl).toBe('http://kokkai.ndl.go.jp/txt/114514254X00319990311/1');
	});

	test('old-speech-records.json: a list of recordData.speechRecord, grouped into one meeting', () => {
		const results = parse(read('old-speech-records.json'));
		expect(results).toHaveLength(1);
		const meeting = meetingOf(results[0]);
		expect([meeting.title, meeting.date]).toEqual(['第147回国会 衆議院 予算委員会 第2号', '2000-02-18']);
		expect(remarks(meeting)).toEqual([
			['中島委員長', null, 'これより会議を開きます。'],
			['大野委員', null, '質問いたします。\n予算の執行について伺います。'],
		]);
		expect(results[0]?.diagnostics).toEqual([]);
	});
});

describe('recognizing and refusing', () => {
	const meeting = JSON.parse(read('meeting-two.json')) as { meetingRecord: Record<string, unknown>[] };
	const one = meeting.meetingRecord[0]!;

	test.each([
		{ label: 'a meeting endpoint response', text: read('meeting-two.json'), family: 'ndl-json' },
		{ label: 'with a BOM and leading blank lines', text: `\uFEFF\n\n${read('speech-endpoint.json')}`, family: 'ndl-json' },
		{ label: 'a list of meeting records', text: JSON.stringify([one]), family: 'ndl-json' },
		{ label: 'council minutes', text: 'サイバーセキュリティタスクフォース（第42回）議事要旨\n1. 日時) 令和5年2月1日', family: 'council' },
		{ label: 'a Markdown link line', text: '[資料](https://example.com) 令和5年2月1日', family: 'council' },
	])('$label → $family', ({ text, family }) => {
		expect(pickReader({ text, lines: toSourceLines(text) }).family).toBe(family);
	});

	test('a bare meetingRecord list without its envelope is read', () => {
		expect(parse(JSON.stringify([one])).map((result) => result.meeting?.title)).toEqual(['第196回国会 衆議院 内閣委員会 第20号']);
	});

	test.each([
		['broken JSON', '{\n  "meetingRecord": [\n    { "issueID": "x", }\n  ]\n}', 'bad-json', 3, /^the JSON is broken at column \d+: .+; save the API response again/],
		['JSON that is not an NDL response', '{"title": "議事録", "items": []}', 'not-ndl-json', 1, /not an NDL 国会会議録 API response \(it has "title", "items"\): expected a saved response/],
		['an empty meetingRecord', '{"numberOfRecords": 0, "meetingRecord": []}', 'ndl-empty', 1, /holds no meeting \("meetingRecord" is empty/],
		['a search that found nothing', '{"numberOfRecords": 0, "numberOfReturn": 0, "startRecord": 1}', 'ndl-empty', 1, /holds no meeting/],
		['an error answer of the API', '{"message": "検索条件の指定に誤りがあります。", "details": ["maximumRecordsの値が不正です。"]}', 'ndl-error-response', 1, /error answer of the NDL API \("検索条件の指定に誤りがあります。 maximumRecordsの値が不正です。"\)/],
	])('%s: one error line', (_label, text, code, line, message) => {
		const results = parse(text);
		expect(results).toHaveLength(1);
		expect(results[0]?.meeting).toBeNull();
		expect(results[0]?.family).toBe('ndl-json');
		expect(results[0]?.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['error', code, line]]);
		expect(results[0]?.diagnostics[0]?.message).toMatch(message);
	});

	test('a meeting_list response (speeches without text) says which endpoint to save', () => {
		const listed = { meetingRecord: [{ ...one, speechRecord: (one['speechRecord'] as Record<string, unknown>[]).map(({ speechID, speechOrder, speaker, speechURL }) => ({ speechID, speechOrder, speaker, speechURL })) }] };
		const [result] = parse(JSON.stringify(listed, null, 2));
		expect(result?.meeting).toBeNull();
		expect(result?.diagnostics.map((d) => [d.code, d.line])).toEqual([['ndl-no-speech-text', 4]]);
		expect(result?.diagnostics[0]?.message).toMatch(/api\/meeting\?issueID=/);
	});

	test('a meeting without a date or name is an error for that meeting only, the other is kept', () => {
		const [first, second] = meeting.meetingRecord;
		const text = JSON.stringify({ meetingRecord: [{ ...first, date: '平成30年5月30日', nameOfMeeting: null }, second] }, null, 2);
		const [bad, good] = parse(text);
		expect(bad?.meeting).toBeNull();
		expect(bad?.diagnostics.map((d) => d.code).sort()).toEqual(['ndl-no-date', 'ndl-no-meeting-name']);
		expect(bad?.diagnostics.find((d) => d.code === 'ndl-no-date')?.message).toMatch(/"date" "平成30年5月30日": expected "date": "YYYY-MM-DD"/);
		expect(good?.meeting?.title).toBe('第196回国会 参議院 内閣委員会 第15号');
	});

	test('a meeting with only its 会議録情報 record is kept with a warning', () => {
		const [result] = parse(JSON.stringify({ meetingRecord: [{ ...one, speechRecord: (one['speechRecord'] as unknown[]).slice(0, 1) }] }));
		expect(meetingOf(result).participants.map((group) => group.group)).toEqual(['出席委員', '出席国務大臣', '政府参考人', '委員外の出席者']);
		expect(meetingOf(result).remarks).toEqual([]);
		expect(result?.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'ndl-no-speeches', 1]]);
	});

	test('speech links that are not http(s) are dropped, not kept', () => {
		const speeches = (one['speechRecord'] as Record<string, unknown>[]).map((speech) => ({ ...speech, speechURL: 'javascript:alert(1)' }));
		const [result] = parse(JSON.stringify({ meetingRecord: [{ ...one, speechRecord: speeches, meetingURL: 'ftp://x', pdfURL: 'https://a b' }] }));
		const record = meetingOf(result);
		expect(record.remarks.map((remark) => remark.officialUrl)).toEqual([undefined, undefined, undefined, undefined, undefined]);
		expect([record.officialUrl, record.officialPdfUrl]).toEqual([undefined, undefined]);
	});
});

describe('a public hearing (公聴会) saved with numbers as strings and one meetingRecord as an object', () => {
	test('the cases the hearing heard opinions on are its agenda', () => {
		const meeting = meetingOf(parse(read('public-hearing-strings-object.json'))[0]);
		expect(meeting.agenda.map((item) => item.title)).toEqual(['令和六年度一般会計予算', '令和六年度特別会計予算', '令和六年度政府関係機関予算']);
	});
});
