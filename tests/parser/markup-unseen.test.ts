/**
 * Markdown and reStructuredText minutes in layouts the markup reader was not written against: an
 * association's board with task lists and tables, an OSS group's date in the heading, meeting-info and
 * attendee tables, PTA bold fields, a Sphinx page with `.. contents::`, an NPO board with reST field lists.
 */
import { describe, expect, test } from 'vitest';
import { lostLines, parseFixture, type MemberRow } from './unseen-helpers.ts';


const cases: {
	file: string;
	title: string;
	series: string;
	session: number | null;
	date: string;
	start: string | null;
	end: string | null;
	location: string | null;
	participants: [string, MemberRow[]][];
	agenda: string[];
	speakers: Record<string, number>;
	bodyFrom: number;
	skip?: RegExp;
}[] = [
	{
		file: 'association-tasklist.md',
		title: '第12回 理事会 議事録',
		series: '理事会',
		session: 12,
		date: '2024-06-08',
		start: '10:00',
		end: '11:30',
		location: '公民館 第2集会室（Zoom併用）',
		participants: [
			['理事', [['木村（理事長）', '木村', '理事長', null], ['井上', '井上', '理事', null], ['松田（会計）', '松田', '会計', null]]],
			['監事', [['森', null, null, null]]],
			['事務局', [['原', null, null, null]]],
		],
		agenda: ['2023年度決算報告', '夏祭りの準備'],
		speakers: { '松田（会計）': 1, 森: 1, '木村（理事長）': 1, 井上: 1 },
		bodyFrom: 20,
		skip: /^\|-/u,
	},
	{
		file: 'oss-heading-date.md',
		title: '第 31 回 ドキュメント翻訳部会 2023/11/18 14:00-16:00',
		series: 'ドキュメント翻訳部会',
		session: 31,
		date: '2023-11-18',
		start: '14:00',
		end: '16:00',
		location: null,
		participants: [
			['議事録作成者', [['まき', null, null, null]]],
			['参加者', [['まき', null, null, null], ['しの', null, null, null], ['ロボ', null, null, null], ['あや', null, null, null]]],
		],
		agenda: ['前回のおさらい', '用語集の更新'],
		speakers: {},
		bodyFrom: 16,
	},
	{
		file: 'table-meeting-info.md',
		title: '第4回 まちづくり協議会 定例会議 議事録',
		series: 'まちづくり協議会 定例会議',
		session: 4,
		date: '2024-01-20',
		start: '13:30',
		end: '15:00',
		location: '地区センター 和室',
		participants: [
			['議長', [['長尾', '長尾', null, null]]],
			['書記', [['平野', '平野', null, null]]],
			['出席者', [['長尾 | 会長 | 北町会', '長尾', '会長', '北町会'], ['平野 | 書記 | 南町会', '平野', '書記', '南町会'], ['古川 | 委員 | 商店会', '古川', '委員', '商店会']]],
		],
		agenda: [],
		speakers: { 長尾: 1, 古川: 1 },
		bodyFrom: 23,
	},
	{
		file: 'pta-bold-fields.md',
		title: '令和6年度 第3回 PTA運営委員会 議事録',
		series: 'PTA運営委員会',
		session: 3,
		date: '2024-09-12',
		start: '19:00',
		end: '20:30',
		location: '小学校 図書室',
		participants: [['参加者', [['会長 岡田', '岡田', '会長', null], ['副会長 中島', '中島', '副会長', null], ['書記 村上', '村上', '書記', null], ['校長 藤田', '藤田', '校長', null]]]],
		agenda: [],
		speakers: { 岡田会長: 1, 藤田校長: 1 },
		bodyFrom: 9,
		skip: /^---$/u,
	},
	{
		file: 'sphinx-contents.rst',
		title: '第7回 開発者ミーティング 議事録',
		series: '開発者ミーティング',
		session: 7,
		date: '2024-03-16',
		start: '13:00',
		end: '15:00',
		location: 'オンライン (Discord)',
		participants: [['参加者', [['西田', '西田', null, null], ['小松', '小松', null, null], ['大塚', '大塚', null, null], ['藤井（記録）', '藤井', '記録', null]]]],
		agenda: ['リリース計画', 'ドキュメントの整備'],
		speakers: { 西田: 1, 小松: 1, 大塚: 1 },
		bodyFrom: 18,
		skip: /^(?:=+|-+|\.\. note::|生成結果は)/u,
	},
	{
		file: 'npo-board.rst',
		title: '特定非営利活動法人 こども食堂ネット 理事会 議事録',
		series: '特定非営利活動法人 こども食堂ネット 理事会',
		session: null,
		date: '2024-05-25',
		start: '14:00',
		end: '16:00',
		location: '法人事務所',
		participants: [
			['理事', [['岩田（代表理事）', '岩田', '代表理事', null], ['川村', '川村', '理事', null], ['坂本', '坂本', '理事', null]]],
			['監事', [['野口', '野口', '監事', null]]],
			['欠席', [['吉田', '吉田', null, null]]],
		],
		// (The numbered list under the heading `議案` is the board's agenda.)
		agenda: ['令和5年度事業報告', '令和6年度事業計画'],
		speakers: { 岩田: 1, 川村: 1, 坂本: 1 },
		bodyFrom: 10,
		skip: /^(?:=+|-+)$/u,
	},
];

describe.each(cases)('$file', (expected) => {
	const { result, lines } = parseFixture('markup', expected.file);
	const meeting = result.meeting;

	test('is read by the markup reader into a record', () => {
		expect(result.family).toBe('markup');
		expect(meeting).not.toBeNull();
	});

	test('title, series, session, date, times and place', () => {
		expect(meeting).toMatchObject({ title: expected.title, series: expected.series, session: expected.session, date: expected.date, start: expected.start, end: expected.end, location: expected.location });
	});

	test('participants split into name, title and affiliation', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((m) => [m.text, m.name, m.title, m.affiliation])])).toEqual(expected.participants);
	});

	test('agenda', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(expected.agenda);
	});

	test('every speaker and the number of their remarks', () => {
		const counts: Record<string, number> = {};
		for (const remark of meeting?.remarks ?? []) counts[remark.speaker] = (counts[remark.speaker] ?? 0) + 1;
		expect(counts).toEqual(expected.speakers);
	});

	test('no body line is lost', () => {
		expect(lostLines(result, lines, expected.bodyFrom, expected.skip ?? null)).toEqual([]);
	});
});
