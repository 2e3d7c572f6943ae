/**
 * 議事要旨 web pages (the council reader): the text copied from a ministry's page, with numbered or
 * bracketed header labels, bulleted member lists (`- 槍田 松瑩 委員(会長)`), one agenda item per bullet and
 * a 議事概要 of `(1)…` topics with `○`/`・` points.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import type { Block } from '../../src/parser/types.ts';

const options = { source: 'test.txt', sourceHash: 'a'.repeat(64) };
const fixture = (name: string) => parseMinutes(readFileSync(join(import.meta.dirname, '../fixtures/layouts/council', name), 'utf8'), options);

/** A member as [text, name, title, affiliation]. */
type MemberRow = [string, string | null, string | null, string | null];
/** A body block in short form: a paragraph's text, a list's items, a note as `note: …`. */
const short = (block: Block): string | string[] => {
	if (block.type === 'list') return block.items.map((item) => item.text);
	if (block.type === 'note') return `note: ${block.text}`;
	if (block.type === 'paragraph') return block.text;
	return `remark: ${block.speaker}`;
};

const cases: {
	file: string;
	header: { title: string; series: string; session: number | null; date: string; start: string | null; end: string | null; location: string | null };
	participants: { group: string; note?: string; members: MemberRow[] }[];
	agenda: [number, string, string | null][];
	body: [string, string, (string | string[])[]][];
	/** Remarks the record tells (`座長から、…旨の発言があった。`): speaker and text; none when absent. */
	told?: [string, string][];
}[] = [
	{
		file: 'summary-web-dash.txt',
		header: { title: '税制調査会（第１２回）議事要旨', series: '税制調査会', session: 12, date: '2024-10-08', start: '10:00', end: '11:30', location: '中央合同庁舎第4号館 共用第1特別会議室' },
		participants: [
			{
				group: '出席者',
				members: [
					['岩城 正和 委員(会長)', '岩城 正和', '委員(会長)', null],
					['中井 恵子 委員(会長代理)', '中井 恵子', '委員(会長代理)', null],
					['森  いずみ 委員', '森  いずみ', '委員', null],
					['小田 健 特別委員', '小田 健', '特別委員', null],
				],
			},
			{ group: '事務局', members: [['佐藤 次郎 内閣府政策統括官', '佐藤 次郎', '内閣府政策統括官', null]] },
		],
		agenda: [
			[1, '開会', null],
			[2, '税制改正の方向性について', 's1'],
			[3, '閉会', null],
		],
		body: [
			[
				's1',
				'税制改正の方向性について',
				[
					'事務局から資料に基づき説明があった後、意見交換が行われた。主な意見は以下のとおり。',
					['○ 人口減少を踏まえた議論が必要ではないか。', '○ 企業の投資を促す仕組みを検討すべき。', '・ 中小企業への配慮も必要。'],
				],
			],
			['s2', 'その他', ['次回の日程は事務局から追って連絡することとされた。', 'note: （以上）']],
		],
	},
	{
		file: 'summary-web-issuer.txt',
		header: { title: 'こども政策推進会議（第3回） 議事要旨', series: 'こども政策推進会議', session: 3, date: '2023-04-20', start: '17:00', end: '18:00', location: '中央合同庁舎8号館1階講堂' },
		participants: [
			{
				group: '出席者',
				members: [
					['山本 和子 委員（座長）', '山本 和子', '委員（座長）', null],
					['林  いづみ 委員', '林  いづみ', '委員', null],
					['石川 誠 委員', '石川 誠', '委員', null],
					['田村 一郎 内閣府政策統括官', '田村 一郎', '内閣府政策統括官', null],
				],
			},
		],
		agenda: [
			[1, '論点整理について', 's1'],
			[2, '今後の進め方について', 's2'],
		],
		body: [
			[
				's1',
				'論点整理について',
				[
					'事務局から資料1に基づき説明があり、意見交換を行った。委員からの主な意見は以下のとおり。',
					['○ 子育て世帯の負担軽減を優先すべきである。', '○ 地域ごとの実情に応じた支援が必要である。', '・ 特に地方部の保育人材の確保が課題である。'],
				],
			],
			['s2', '今後の進め方について', ['remark: 座長']],
		],
		// (The record tells what one speaker said: the sentence is the 座長's remark, as written.)
		told: [['座長', '座長から、次回は中間整理案を議論する旨の発言があった。']],
	},
	{
		file: 'summary-bracketed.txt',
		header: {
			title: '第8回 デジタル市場競争会議 ワーキンググループ 議事要旨',
			series: 'デジタル市場競争会議 ワーキンググループ',
			session: 8,
			date: '2019-06-05',
			start: '14:00',
			end: '15:30',
			location: '中央合同庁舎4号館 共用第4会議室',
		},
		participants: [
			{
				group: '委員',
				note: '敬称略',
				members: [
					['・山田 太郎 委員（座長）', '山田 太郎', '委員（座長）', null],
					['・鈴木 花子 委員（座長代理）', '鈴木 花子', '委員（座長代理）', null],
					['・佐々木 一郎 委員', '佐々木 一郎', '委員', null],
				],
			},
			{ group: '事務局', note: '敬称略', members: [['・高橋 誠 内閣官房デジタル市場競争本部事務局次長', '高橋 誠', '内閣官房デジタル市場競争本部事務局次長', null]] },
		],
		agenda: [
			[1, 'プラットフォーム取引の透明性について', 's1'],
			[2, 'その他', 's2'],
		],
		body: [
			[
				's1',
				'プラットフォーム取引の透明性について',
				[
					'事務局より資料に基づき説明を行い、その後、自由討議を行った。主な意見は以下のとおり。',
					['・取引条件の開示は、事業者の規模に応じた段階的な対応とすべき。', '・苦情処理の体制について、モニタリングの仕組みが必要。'],
				],
			],
			['s2', 'その他', ['次回会合は７月に開催する予定。', 'note: 以上']],
		],
	},
	{
		file: 'summary-western-date.txt',
		header: { title: '第２回 物流革新に向けた検討会 議事要旨', series: '物流革新に向けた検討会', session: 2, date: '2024-07-03', start: '10:00', end: '11:30', location: '国土交通省 11階特別会議室（WEB併用）' },
		participants: [
			{
				group: '委員',
				note: '敬称略',
				members: [
					['岡本 直樹 委員（座長）', '岡本 直樹', '委員（座長）', null],
					['西村 由紀 委員（東京海洋大学教授）', '西村 由紀', '委員', '東京海洋大学教授'],
				],
			},
			{
				group: 'オブザーバー',
				note: '敬称略',
				members: [
					['経済産業省', null, null, '経済産業省'],
					['農林水産省', null, null, '農林水産省'],
				],
			},
		],
		agenda: [[1, '物流の効率化に向けた論点について', 's1']],
		body: [
			[
				's1',
				'物流の効率化に向けた論点について',
				['事務局より資料に基づき説明を行った。委員からの主な意見は以下のとおり。', ['○ 荷待ち時間の削減には、荷主側の協力が不可欠である。', '○ 共同配送の取組を地方にも広げるべきである。']],
			],
		],
	},
];

describe.each(cases)('$file', ({ file, header, participants, agenda, body, told }) => {
	const result = fixture(file);

	test('read by the council reader without problems', () => {
		expect(result.family).toBe('council');
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting?.kind).toBe('minutes');
	});

	test('title, series, session, date, times and place', () => {
		const meeting = result.meeting;
		expect({
			title: meeting?.title,
			series: meeting?.series,
			session: meeting?.session,
			date: meeting?.date,
			start: meeting?.start,
			end: meeting?.end,
			location: meeting?.location,
		}).toEqual(header);
	});

	test('participants: one member per bullet, name and role apart, never the name as affiliation', () => {
		expect(
			result.meeting?.participants.map((group) => ({
				group: group.group,
				...(group.note === undefined ? {} : { note: group.note }),
				members: group.members.map((m): MemberRow => [m.text, m.name, m.title, m.affiliation]),
			})),
		).toEqual(participants);
	});

	test('one agenda item per bullet, matched to its topic', () => {
		expect(result.meeting?.agenda.map((item) => [item.number, item.title, item.section])).toEqual(agenda);
	});

	test('議事概要: (1)… topics with their paragraphs and ○/・ points; no remarks but those the record tells', () => {
		expect(result.body.map((section) => [section.id, section.title, section.children.map(short)])).toEqual(body);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual(told ?? []);
	});
});
