/**
 * The assembly reader on layouts it was not written against, each written here after real 会議録 of local
 * assemblies: a town's kensakusystem export (`---` rules, 君 after every name, a post wrapped onto its own
 * line, 延会, halfwidth katakana), a prefecture numbering seats in kanji (`第一番`, both times under the
 * date), a prefecture listing each member's 会派 (`（　同　）` repeating the one above, spaced posts
 * `副　　知　　事`, `◯` marks), a city committee (出席委員 by post, `(「なし」と呼ぶ者あり)`), a town writing its
 * lists as sentences (`1 出席議員は、6名で次のとおりである。`, `(議長)` after a name), and a ward's PDF text
 * (the title repeated at the top of each page, `－２－`, lines wrapped at 38 characters, `〓` for a missing
 * character, 休憩/再開/延会) over two sittings whose speakers resolve to the listed members.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { isPageMarker, isSeparator } from '../../src/parser/transcript.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { remarkKey, type MeetingRecord } from '../../src/people/types.ts';
import { lostTranscriptLines, notesOf, speakerCounts, transcriptLines } from './unseen-helpers.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts/assembly');
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');
const parse = (file: string) => parseMinutes(read(file), { source: file, sourceHash: 'a'.repeat(64) });

/** What each layout must read to. */
const CASES = [
	{
		file: 'town-kensakusystem-dashes.txt',
		record: { title: 'みなと町議会 令和2年第1回定例会 第1号', series: 'みなと町議会', sessionLabel: '令和2年第1回定例会 第1号', date: '2020-02-27', start: '10:00', end: '16:10' },
		groups: { 出席議員: 7, 欠席議員: 1, 説明のため出席した者: 5, 事務局職員: 2 },
		members: [
			['出席議員', 1, '長谷 眞', null, null],
			['欠席議員', 0, '五十嵐隆一', null, null],
			['説明のため出席した者', 0, '神田一明', '町長', null],
			['説明のため出席した者', 4, '渡部繁夫', '社会教育課社会教育係長', null],
			['事務局職員', 1, '阿部大介', '書記', null],
		],
		speakers: { '議長(斎藤秀夫君)': 7, '町長(神田一明君)': 1, '3番(清野眞也君)': 1, '総務課長(渡部和成君)': 1 },
		notes: ['休憩 午前10時25分', '再開 午前10時40分', '(「異議なし」の声あり)', '延会 午後4時10分'],
		agenda: ['会議録署名議員の指名', '議案第3号 令和元年度みなと町一般会計補正予算(第9号)'],
	},
	{
		file: 'pref-kanji-seats-both-times.txt',
		record: { title: 'やまなみ県議会 令和1年第370回定例会 第1号', series: 'やまなみ県議会', sessionLabel: '令和1年第370回定例会 第1号', date: '2019-11-25', start: '13:04', end: '14:30' },
		groups: { '議長・副議長': 2, 出席議員: 8, 説明のため出席した者: 3 },
		members: [
			['議長・副議長', 0, '石川光太郎', '議長', null],
			['議長・副議長', 1, '齋藤正雄', '副議長', null],
			['出席議員', 0, '金田もとる', null, null],
			['出席議員', 5, 'わたなべ 拓', null, null],
			['説明のため出席した者', 0, '村井嘉夫', '知事', null],
			['説明のため出席した者', 1, '遠藤信一', '副知事', null],
		],
		speakers: { '議長（石川光太郎君）': 5, '第五番（柏佑賢君）': 1 },
		notes: ['〔「異議なし」と呼ぶ者あり〕', '午後二時三十分散会'],
		agenda: ['会議録署名議員の指名', '会期の決定'],
	},
	{
		file: 'pref-party-column.txt',
		record: { title: 'ひなた県議会 令和2年9月定例会', series: 'ひなた県議会', sessionLabel: '令和2年9月定例会', date: '2020-09-04', start: '10:00', end: '10:40' },
		groups: { 出席議員: 6, 説明のため出席した者: 3, 事務局職員: 1 },
		members: [
			['出席議員', 0, '有岡浩二', null, '郷中会'],
			['出席議員', 5, '山下 寿', null, 'ひなた県議会自由民主党'],
			['説明のため出席した者', 0, '河野俊一', '知事', null],
			['説明のため出席した者', 1, '日隈俊夫', '副知事', null],
			['事務局職員', 0, '亀田勝也', '事務局長', null],
		],
		speakers: { '議長（坂口博一君）': 5, '知事（河野俊一君）': 1 },
		notes: ['〔「異議なし」と呼ぶ者あり〕', '〔知事河野俊一君登壇〕', '午前10時40分散会'],
		agenda: [],
	},
	{
		file: 'city-committee-discussnet.txt',
		record: { series: 'city-committee-discussnet 議会運営委員会', date: '2007-12-26', start: '15:01', end: '15:20' },
		groups: { 出席委員: 5, 出席議員: 1 },
		members: [
			['出席委員', 0, '渡辺 盛', '委員長', null],
			['出席委員', 1, '鈴木 一郎', '副委員長', null],
			['出席議員', 0, '石井 俊夫', '議長', null],
		],
		speakers: { '委員長(渡辺盛君)': 3, '議長(石井俊夫君)': 1 },
		notes: ['(「なし」と呼ぶ者あり)', '閉会  午後3時20分'],
		agenda: [],
	},
	{
		file: 'town-numbered-sentences.txt',
		record: { title: 'あさひ町議会 令和4年第5回臨時会 第1号', series: 'あさひ町議会', sessionLabel: '令和4年第5回臨時会 第1号', date: '2022-07-25', start: '10:00', end: '10:15' },
		groups: { 出席議員: 6, 欠席議員: 1, 説明のため出席した者: 3, 事務局職員: 2 },
		members: [
			['出席議員', 3, '山村 美咲子', '副議長', null],
			['出席議員', 4, '吉村裕一', '議長', null],
			['欠席議員', 0, '吉村 眞弓美', null, null],
			['説明のため出席した者', 1, '松井宏行', '副町長', null],
			['事務局職員', 0, '鎌田将一', '議会事務局長', null],
		],
		speakers: { '議長(吉村裕一君)': 5, '6番(山村美咲子議員)': 1 },
		notes: ['(「異議なし」の声あり)', '午前10時15分閉会'],
		agenda: ['会議録署名議員の指名', '会期の決定'],
	},
	{
		file: 'ward-page-headers-wraps.txt',
		record: { title: 'ひがし区議会 令和6年第1回定例会 第2号', series: 'ひがし区議会', sessionLabel: '令和6年第1回定例会 第2号', date: '2024-02-20', start: '10:00', end: '13:07', location: 'ひがし区議会議場' },
		groups: { 出席議員: 4, 説明のため出席した者: 2 },
		members: [
			['出席議員', 1, '〓田 花子', null, null],
			['説明のため出席した者', 0, '山本 亨', '区長', null],
		],
		speakers: { '議長（伊藤よしのり君）': 5, '１番（白井正子議員）': 1, '区長（山本　亨君）': 1, '２番（〓田花子議員）': 1, '教育長（森　正一君）': 1 },
		notes: ['午前１１時５８分休憩', '午後１時５分再開', '午後１時７分延会'],
		agenda: ['一般質問'],
	},
] as const;

/** Lines no reader keeps: page markers, rules, and the title line a PDF repeats at the top of each page. */
const dropped = (line: string): boolean => isSeparator(line) || isPageMarker(line) || /^令和６年第１回定例会　ひがし区議会会議録/u.test(line);

describe.each(CASES)('$file', ({ file, record, groups, members, speakers, notes, agenda }) => {
	const result = parse(file);
	const meeting = result.meeting;

	test('read by the assembly reader; no problems but a missing assembly name where none is written', () => {
		expect(result.family).toBe('assembly');
		expect(result.diagnostics.map((d) => d.code)).toEqual(file.startsWith('city-committee') ? ['no-series'] : []);
	});

	test('title, series, session label, date and times', () => {
		expect(meeting).toMatchObject(record);
	});

	test('participant groups and their sizes', () => {
		expect(Object.fromEntries(meeting?.participants.map((group) => [group.group, group.members.length]) ?? [])).toEqual(groups);
	});

	test.each([...members] as [string, number, string, string | null, string | null][])('%s #%i is %s (%s, %s)', (group, index, name, title, affiliation) => {
		const member = meeting?.participants.find((candidate) => candidate.group === group)?.members[index];
		expect([member?.name, member?.title, member?.affiliation]).toEqual([name, title, affiliation]);
	});

	test('every speaker label and its number of remarks', () => {
		expect(speakerCounts(result)).toEqual(speakers);
	});

	test('stage directions and sitting times are notes, never speakers', () => {
		expect(notesOf(result)).toEqual(expect.arrayContaining([...notes]));
		expect(meeting?.remarks.filter((remark) => /^[〔（(]|拍手|登壇|休憩|散会|延会/u.test(remark.speaker))).toEqual([]);
	});

	test('the agenda', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(agenda);
	});

	test('no line of the transcript is lost, and no page header or page number is in a remark', () => {
		expect(lostTranscriptLines(result, transcriptLines(read(file), dropped))).toEqual([]);
		expect(meeting?.remarks.filter((remark) => /会議録（第|－[０-９0-9]+－/u.test(remark.text))).toEqual([]);
	});
});

describe('details', () => {
	test('speech wrapped at 38 characters is joined without a break; halfwidth katakana stays as written', () => {
		expect(parse('ward-page-headers-wraps.txt').meeting?.remarks[1]?.text).toBe(
			'通告に従いまして、区の防災対策について質問いたします。昨年の訓練では、避難所の開設に想定より時間がかかったと伺っております。区としてどのように改善されるのか、お聞かせください。\nまた、要配慮者の名簿の更新について伺います。',
		);
		expect(parse('town-kensakusystem-dashes.txt').meeting?.remarks[3]?.text).toContain('ｺﾐｭﾆﾃｨﾊﾞｽ');
	});

	test('a 会派 written `（　同　）` is the one of the member above', () => {
		const members = parse('pref-party-column.txt').meeting?.participants[0]?.members ?? [];
		expect(members.map((member) => member.affiliation)).toEqual(['郷中会', '公明党ひなた県議団', '日本共産党ひなた県議会議員団', '県民連合ひなた', 'ひなた県議会自由民主党', 'ひなた県議会自由民主党']);
	});
});

describe('persons across two sittings of a ward assembly', () => {
	const records: MeetingRecord[] = ['ward-page-headers-wraps.txt', 'ward-page-headers-day3.txt'].map((file) => {
		const { meeting } = parse(file);
		if (!meeting) throw new Error(`${file} did not parse`);
		return { id: entryId(meeting), data: meeting };
	});
	const index = resolvePeople(records);
	const personsOf = (labels: readonly string[]): string[] =>
		[...new Set(records.flatMap((record) => record.data.remarks.filter((remark) => labels.includes(remark.speaker)).map((remark) => index.byRemark.get(remarkKey(record.id, remark.id)) ?? '')))];

	test('○議長（伊藤よしのり君）, ○４番（伊藤よしのり議員）, ○伊藤よしのり君 and the listed ４番 伊藤よしのり are one person', () => {
		const labels = ['議長（伊藤よしのり君）', '４番（伊藤よしのり議員）', '伊藤よしのり君'];
		const persons = personsOf(labels);
		expect(persons).toHaveLength(1);
		const person = index.byId.get(persons[0] ?? '');
		expect(person?.name).toBe('伊藤よしのり');
		expect(person?.attended).toEqual(records.map((record) => record.id).sort());
		expect(person?.labels).toEqual(expect.arrayContaining(labels));
		expect(person?.remarks.filter((remark) => remark.label === '議長（伊藤よしのり君）')).toHaveLength(5);
	});

	test('◆１番（白井正子議員） and ○副議長（白井正子君） are the listed 白井 正子; the 〓 name resolves too', () => {
		expect(personsOf(['１番（白井正子議員）', '副議長（白井正子君）'])).toHaveLength(1);
		expect(index.byId.get(personsOf(['２番（〓田花子議員）'])[0] ?? '')?.name).toBe('〓田 花子');
		expect(records.flatMap((record) => record.data.remarks.filter((remark) => !index.byRemark.has(remarkKey(record.id, remark.id))))).toEqual([]);
	});
});
