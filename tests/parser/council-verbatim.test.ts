/**
 * Verbatim 議事録 of councils and research groups (the council reader): fixtures written in the layouts
 * ministries and research groups publish, each parsed whole and checked field by field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const options = { source: 'test.txt', sourceHash: 'a'.repeat(64) };
const fixture = (name: string) => parseMinutes(readFileSync(join(import.meta.dirname, '../fixtures/layouts/council', name), 'utf8'), options);

/** A member as [text, name, title, affiliation]. */
type MemberRow = [string, string | null, string | null, string | null];

const cases: {
	file: string;
	header: { title: string; series: string; session: number | null; date: string; start: string | null; end: string | null; location: string | null };
	participants: { group: string; note?: string; members: MemberRow[] }[];
	agenda: [number, string, string | null][];
	sections: [string, string][];
	remarks: [string, string, string][];
}[] = [
	{
		file: 'verbatim-publication-date.txt',
		header: {
			title: '情報通信審議会 情報通信技術分科会（第１２０回）議事録',
			series: '情報通信審議会 情報通信技術分科会',
			session: 120,
			date: '2024-04-16',
			start: '14:00',
			end: '15:30',
			location: 'Ｗｅｂ会議',
		},
		participants: [
			{
				group: '委員',
				note: '敬称略',
				members: [
					['相田　仁（分科会長）', '相田　仁', '分科会長', null],
					['森川　博之（分科会長代理）', '森川　博之', '分科会長代理', null],
					['石井　夏生利', '石井　夏生利', null, null],
					['江村　克己', '江村　克己', null, null],
					['高橋　利枝', '高橋　利枝', null, null],
				],
			},
			{
				group: '総務省',
				note: '敬称略',
				members: [
					['小川総合通信基盤局長', '小川', '総合通信基盤局長', null],
					['山内電波部長', '山内', '電波部長', null],
				],
			},
		],
		agenda: [
			[1, '新世代モバイル通信システムの技術的条件について', 's3'],
			[2, '陸上無線通信委員会の検討状況について', 's4'],
		],
		sections: [
			['s1', '開　会'],
			['s2', '議　題'],
			['s3', '新世代モバイル通信システムの技術的条件について'],
			['s4', '陸上無線通信委員会の検討状況について'],
			['s5', '閉　会'],
		],
		remarks: [
			['s1', '相田分科会長', 'それでは、ただいまから情報通信審議会情報通信技術分科会の第１２０回会合を開催いたします。\n本日は、委員１０名中５名に御出席いただいておりますので、定足数を満たしております。'],
			['s3', '相田分科会長', 'まず、答申事項について、事務局から御説明をお願いします。'],
			['s3', '山内電波部長', 'それでは、資料１２０－１に基づき御説明いたします。\n本件は、昨年度に諮問されたものでございます。'],
			['s4', '相田分科会長', '続きまして、報告事項に移ります。'],
			['s4', '江村委員', '一点だけ確認させてください。検討のスケジュールはいかがでしょうか。'],
			['s4', '山内電波部長', '年内に取りまとめる予定でございます。'],
			['s5', '相田分科会長', '以上で本日の会議を終了いたします。'],
		],
	},
	{
		file: 'verbatim-anonymised.txt',
		header: {
			title: '第３回 地域公共交通のあり方に関する研究会 議事録',
			series: '地域公共交通のあり方に関する研究会',
			session: 3,
			date: '2021-04-14',
			start: '10:00',
			end: '12:00',
			location: 'オンライン開催',
		},
		participants: [
			{
				group: '出席者',
				members: [
					['座長', null, '座長', null],
					['委員６名', null, null, null],
					['事務局', null, null, '事務局'],
				],
			},
		],
		agenda: [
			[1, '開会', 's1'],
			[2, '地域交通の現状について', 's2'],
			[3, '意見交換', 's3'],
			[4, '閉会', 's4'],
		],
		sections: [
			['s1', '開会'],
			['s2', '地域交通の現状について'],
			['s3', '意見交換'],
			['s4', '閉会'],
		],
		remarks: [
			['s1', '事務局', 'ただいまから第３回研究会を開催いたします。'],
			['s1', '座長', '本日もよろしくお願いいたします。'],
			['s2', '事務局', '資料１に基づき、地域交通の現状について御説明いたします。\n利用者数は減少傾向にあります。'],
			['s3', 'Ａ', '利用者の減少は人口減少だけでは説明できないと思います。'],
			['s3', 'Ｂ', '同感です。サービス水準の低下も影響しています。'],
			['s3', 'Ａ委員', '補足ですが、運転手不足も深刻です。'],
			['s3', 'A', 'もう一点よろしいでしょうか。自治体の財政負担も論点です。'],
			['s3', '座長', 'ありがとうございました。'],
			['s4', '座長', '以上で閉会いたします。'],
		],
	},
	{
		file: 'verbatim-unmarked.txt',
		header: {
			title: 'デジタル社会における著作権制度検討会（第５回）議事録',
			series: 'デジタル社会における著作権制度検討会',
			session: 5,
			date: '2019-10-02',
			start: '15:00',
			end: '17:00',
			location: '文部科学省東館３階　講堂',
		},
		participants: [
			{
				group: '出席委員',
				note: '五十音順、敬称略',
				members: [
					['石田　健一', '石田　健一', null, null],
					['大橋　由美（座長）', '大橋　由美', '座長', null],
					['川上　誠', '川上　誠', null, null],
					['中野　正樹', '中野　正樹', null, null],
				],
			},
		],
		agenda: [
			[1, '権利制限規定の見直しについて', null],
			[2, 'その他', null],
		],
		sections: [['s0', '']],
		remarks: [
			['s0', '大橋座長', 'ただいまから第５回検討会を開会いたします。本日は、議事次第のとおり、権利制限規定の見直しについて御議論いただきます。\nまず、事務局から資料の説明をお願いします。'],
			['s0', '事務局（佐々木）', 'それでは、資料１について御説明いたします。'],
			['s0', '石田委員', 'ありがとうございました。二点申し上げます。\n第一に、対象となる利用の範囲を明確にすべきです。\n第二に、権利者への補償の在り方も検討が必要です。'],
			['s0', '大橋座長', 'ありがとうございます。ほかにいかがでしょうか。'],
			['s0', '中野委員', '一点だけ。国際的な動向も踏まえるべきだと思います。'],
			['s0', '大橋座長', 'それでは、本日の議論はここまでとします。'],
		],
	},
	{
		file: 'verbatim-web-copy.txt',
		header: {
			title: '第２９３回 生活安全推進会議 議事録',
			series: '生活安全推進会議',
			session: 293,
			date: '2019-03-27',
			start: '15:56',
			end: '16:33',
			location: '生活安全推進会議室',
		},
		participants: [
			{
				group: '委員',
				members: [
					['高橋委員長', '高橋', '委員長', null],
					['池田委員長代理', '池田', '委員長代理', null],
					['大森委員', '大森', '委員', null],
				],
			},
			{
				group: '事務局',
				members: [
					['二宮事務局長', '二宮', '事務局長', null],
					['坂本参事官', '坂本', '参事官', null],
				],
			},
		],
		agenda: [
			[1, '開会', 's1'],
			[2, '調査報告書案について', 's2'],
			[3, '閉会', 's3'],
		],
		sections: [
			['s1', '1.開会'],
			['s2', '2.調査報告書案について'],
			['s3', '3.閉会'],
		],
		remarks: [
			['s1', '高橋委員長', '少し早いのですが、全員おそろいですので、第２９３回の会合を開催いたします。\n本日は大森委員がテレビ会議システムにて御出席です。'],
			['s1', '坂本参事官', '配付資料は議事次第に記載のとおりです。'],
			['s2', '高橋委員長', 'それでは議題に入ります。事務局から説明をお願いします。'],
			['s2', '坂本参事官', '資料１の調査報告書案について御説明いたします。'],
			['s2', '大森委員', '報告書案の第３章について意見があります。'],
			['s3', '高橋委員長', '本日はこれにて閉会とさせていただきます。'],
		],
	},
];

describe.each(cases)('$file', ({ file, header, participants, agenda, sections, remarks }) => {
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

	test('participants: one entry per member, name and title apart', () => {
		expect(
			result.meeting?.participants.map((group) => ({
				group: group.group,
				...(group.note === undefined ? {} : { note: group.note }),
				members: group.members.map((m): MemberRow => [m.text, m.name, m.title, m.affiliation]),
			})),
		).toEqual(participants);
	});

	test('agenda items and the body sections they point at', () => {
		expect(result.meeting?.agenda.map((item) => [item.number, item.title, item.section])).toEqual(agenda);
		expect(result.meeting?.sections.map((section) => [section.id, section.title])).toEqual(sections);
	});

	test('every remark: section, speaker as written, text', () => {
		expect(result.meeting?.remarks.map((remark) => [remark.section, remark.speaker, remark.text])).toEqual(remarks);
	});
});

describe('the meeting date wins over a publication date written above the title', () => {
	test('令和６年５月１日 / 総務省 before the title: the 日時 section gives the date, the ministry is not the series', () => {
		const result = fixture('verbatim-publication-date.txt');
		expect(result.meeting?.date).toBe('2024-04-16');
		expect(result.meeting?.series).not.toContain('総務省');
	});

	test('without a 日時 section the date above the title is the date', () => {
		const result = parseMinutes(['令和６年５月１日', '総務省', 'テスト研究会（第２回）議事録', '場所：オンライン', '議事録', '○山田座長　開会します。'].join('\n'), options);
		expect(result.meeting).toMatchObject({ date: '2024-05-01', series: 'テスト研究会', session: 2 });
	});
});
