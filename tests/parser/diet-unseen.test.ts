/**
 * The Diet reader on layouts it was not written against, each written here after real 国会会議録 text:
 * a くにさく copy (`第021回国会` without the house, `#2` anchors, the weekday wrapped, half-width brackets),
 * the NDL simple view copied from the browser (`001・山田太郎` index lines, `発言のURL:` tails, em-dash
 * separators, agenda lines wrapped at 22 characters), a 衆議院 web page (no ○国会 line, `第6号` before the
 * date, page links), the 参議院's printed 本会議 (`第二百十二回国会参議院会議録第五号`, ○議事日程, the item
 * read out within the chair's turn) and an old 衆議院 committee (posts in brackets wrapped over lines, 政府委員).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { isPageMarker, isSeparator } from '../../src/parser/transcript.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { remarkKey } from '../../src/people/types.ts';
import { lostTranscriptLines, notesOf, speakerCounts, transcriptLines } from './unseen-helpers.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts/diet');
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');
const parse = (file: string) => parseMinutes(read(file), { source: file, sourceHash: 'd'.repeat(64) });

/** What each layout must read to. */
const CASES = [
	{
		file: 'kunisaku-no-house-wrapped-date.txt',
		record: { title: '第21回国会 参議院 議院運営委員会 第5号', series: '参議院 議院運営委員会', sessionLabel: '第21回国会 第5号', date: '1955-01-20', start: '11:05', end: '11:20' },
		groups: { 委員氏名: 7 },
		members: [['委員氏名', 0, '北川 正造', '委員長'], ['委員氏名', 5, '小笠原五三男', null], ['委員氏名', 6, '加賀 操', null]],
		speakers: { '委員長(北川正造君)': 4, '参事(河野義男君)': 1, 中島四郎君: 1 },
		notes: ['〔「異議なし」と呼ぶ者あり〕', '午前十一時二十分散会', '委員の異動'],
		agenda: ['委員の辞任及び補欠選任の件', '国務大臣の演説に関する件'],
	},
	{
		file: 'ndl-simple-view-plenary.txt',
		record: { title: '第120回国会 衆議院 本会議 第28号', series: '衆議院 本会議', sessionLabel: '第120回国会 第28号', date: '1991-05-08', start: '14:02', end: '14:40' },
		groups: { 発言者: 2 },
		members: [['発言者', 0, '桜田義男', '議長'], ['発言者', 1, '川崎二郎', null]],
		speakers: { '議長(桜田義男君)': 6, 川崎二郎君: 1 },
		notes: ['〔「異議なし」と呼ぶ者あり〕', '〔川崎二郎君登壇〕', '午後二時四十分散会'],
		agenda: ['介護休業等に関する法律案(内閣提出、参議院送付)', '議員山川一郎君逝去につき弔詞を贈呈することとし、弔詞は議長に一任するの件(議長発議)'],
	},
	{
		file: 'shugiin-web-plenary.txt',
		record: { title: '衆議院 本会議 第6号 2020-11-19', series: '衆議院 本会議', sessionLabel: '第6号', date: '2020-11-19', start: '13:02', end: '13:21' },
		groups: { 発言者: 2 },
		members: [['発言者', 0, '大森理一', '議長'], ['発言者', 1, '吉野正人', null]],
		speakers: { '議長(大森理一君)': 4, 吉野正人君: 1 },
		notes: ['〔報告書は本号末尾に掲載〕', '〔吉野正人君登壇〕', '〔賛成者起立〕', '午後一時二十一分散会'],
		agenda: ['種苗の保護に関する法律の一部を改正する法律案(内閣提出)', '一般職の職員の給与に関する法律等の一部を改正する法律案(内閣提出)'],
	},
	{
		file: 'sangiin-plenary-gazette.txt',
		record: { title: '第212回国会 参議院 本会議 第5号', series: '参議院 本会議', sessionLabel: '第212回国会 第5号', date: '2023-11-20', start: '10:01', end: '11:30' },
		groups: { 発言者: 3 },
		members: [['発言者', 0, '尾島秀樹', '議長'], ['発言者', 1, '水野花子', null], ['発言者', 2, '岸辺文雄', '内閣総理大臣']],
		speakers: { '議長（尾島秀樹君）': 2, 水野花子君: 1, '内閣総理大臣（岸辺文雄君）': 1 },
		notes: ['〔水野花子君登壇、拍手〕', '〔内閣総理大臣岸辺文雄君登壇、拍手〕', '午前十一時三十分散会'],
		agenda: ['国務大臣の報告に関する件（第二日）'],
	},
	{
		file: 'shugiin-committee-wrapped-posts.txt',
		record: {
			title: '第33回国会 衆議院 公職選挙法改正に関する調査特別委員会 第3号',
			series: '衆議院 公職選挙法改正に関する調査特別委員会',
			sessionLabel: '第33回国会 第3号',
			date: '1959-11-13',
			start: '10:57',
			end: '12:10',
		},
		groups: { 出席委員: 11, 出席政府委員: 1, 委員外の出席者: 2 },
		members: [
			['出席委員', 9, '早稻田柳右エ門', null],
			['出席政府委員', 0, '松田 清之', '総理府事務官(自治庁選挙局長)'],
			['委員外の出席者', 0, '大野 伴吉', '議長'],
			['委員外の出席者', 1, '皆川 道夫', '総理府事務官(自治庁選挙局選挙課長)'],
		],
		speakers: { 高見委員長: 2, 島野委員: 1, 松田政府委員: 1 },
		notes: ['午後零時十分散会'],
		agenda: ['公職選挙法改正に関する件'],
	},
] as const;

/** Lines no reader keeps: page links and index lines of copied pages, separators, くにさく's `#2`. */
const dropped = (line: string): boolean => /^(?:-|[0-9]{3}・.*|このページのトップに戻る)$/u.test(line) || isSeparator(line) || isPageMarker(line);

describe.each(CASES)('$file', ({ file, record, groups, members, speakers, notes, agenda }) => {
	const result = parse(file);
	const meeting = result.meeting;

	test('read by the Diet reader without problems', () => {
		expect(result.family).toBe('diet');
		expect(result.diagnostics).toEqual([]);
	});

	test('title, series, session label, date and times', () => {
		expect(meeting).toMatchObject(record);
	});

	test('participant groups and their sizes', () => {
		expect(Object.fromEntries(meeting?.participants.map((group) => [group.group, group.members.length]) ?? [])).toEqual(groups);
	});

	test.each([...members] as [string, number, string, string | null][])('%s #%i is %s (%s)', (group, index, name, title) => {
		const member = meeting?.participants.find((candidate) => candidate.group === group)?.members[index];
		expect([member?.name, member?.title]).toEqual([name, title]);
	});

	test('every speaker label and its number of remarks', () => {
		expect(speakerCounts(result)).toEqual(speakers);
	});

	test('stage directions and sitting times are notes, never speakers', () => {
		expect(notesOf(result)).toEqual(expect.arrayContaining([...notes]));
		expect(meeting?.remarks.filter((remark) => /^[〔（(#]|拍手|登壇|散会$|^-|・/u.test(remark.speaker))).toEqual([]);
	});

	test('the agenda', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(agenda);
	});

	test('no line of the transcript is lost', () => {
		const lines = transcriptLines(read(file), dropped).map((line) => line.replace(/発言のURL:\S+$/u, ''));
		expect(lostTranscriptLines(result, lines)).toEqual([]);
	});
});

describe('details of the copied pages', () => {
	test('the simple view: each remark keeps its 発言のURL as its official address, the text without it', () => {
		const remarks = parse('ndl-simple-view-plenary.txt').meeting?.remarks ?? [];
		expect(remarks.map((remark) => remark.officialUrl?.replace(/^.*\//u, ''))).toEqual(['1', '2', '3', '4', '5', '6', '7']);
		expect(remarks.some((remark) => remark.text.includes('URL'))).toBe(false);
		expect(remarks[0]?.text).toBe('これより会議を開きます。');
	});

	test('the 参議院 本会議: the item the chair reads out stays in the chair\'s remark', () => {
		const remark = parse('sangiin-plenary-gazette.txt').meeting?.remarks[0];
		expect(remark?.text).toBe('これより会議を開きます。\n日程第一　国務大臣の報告に関する件（第二日）\n去る十八日の国務大臣の報告に対し、これより順次質疑を許します。水野花子君。\n〔水野花子君登壇、拍手〕');
	});

	test('くにさく: the `#N` anchors are not text, the wrapped weekday is not a note', () => {
		const result = parse('kunisaku-no-house-wrapped-date.txt');
		expect(result.meeting?.remarks.some((remark) => /#/u.test(remark.text))).toBe(false);
		expect(notesOf(result)).not.toContain('日)');
	});
});

describe('persons of a Diet committee', () => {
	test('○山際委員長 and the 出席委員 entry 委員長 山際大志郎君 are one person, 委員長', () => {
		const { meeting } = parse('shugiin-committee.txt');
		if (!meeting) throw new Error('no record');
		const id = entryId(meeting);
		const index = resolvePeople([{ id, data: meeting }]);
		const persons = new Set(meeting.remarks.filter((remark) => remark.speaker === '山際委員長').map((remark) => index.byRemark.get(remarkKey(id, remark.id))));
		expect(persons.size).toBe(1);
		const person = index.byId.get([...persons][0] ?? '');
		expect(person?.name).toBe('山際大志郎');
		expect(person?.labels).toEqual(expect.arrayContaining(['山際委員長']));
		expect(person?.roles.map((role) => role.title)).toContain('委員長');
		expect(person?.attended).toEqual([id]);
	});
});

describe('bodies of both houses', () => {
	const sitting = (title: string, committee: string): string =>
		[
			'第２１３回国会',
			title,
			'令和六年三月二十八日（木曜日）',
			'    午後七時四十四分開会',
			'    ―――――――――――――',
			`○議長（相沢一郎君）　これより${committee}を開会いたします。`,
			'○議長（相沢一郎君）　これにて散会いたします。',
			'    午後七時五十分散会',
		].join('\n');

	test('a 両院協議会 is the series 両院協議会, of no one house, whatever it settles', () => {
		const result = parseMinutes(sitting('令和六年度一般会計予算外二件両院協議会会議録　第一号', '両院協議会'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result.family).toBe('diet');
		expect(result.meeting?.series).toBe('両院協議会');
		expect(result.meeting?.title).toBe('第213回国会 両院協議会 第1号');
		expect(result.diagnostics.map((d) => d.code)).not.toContain('no-house');
	});

	test('a joint committee (合同審査会) is filed under neither house', () => {
		const result = parseMinutes(sitting('国家基本政策委員会合同審査会会議録　第二号', '合同審査会'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result.meeting?.series).toBe('国家基本政策委員会合同審査会');
	});
});
