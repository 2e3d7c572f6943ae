/**
 * Council minutes in layouts the council reader was not written against (verbatim 議事録 with full-width
 * spaces, 【】 and anonymised speakers, ministries' 議事要旨 pages copied with their navigation, web tables,
 * colon speakers, wide-spaced numbered headers, a PDF extraction): each parsed whole and checked field by field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { readLegend } from '../../src/parser/lines.ts';
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
	/** Speaker label → number of remarks. */
	speakers: Record<string, number>;
	/** First body line of the fixture, and lines left out on purpose (navigation, page furniture). */
	bodyFrom: number;
	skip?: RegExp;
}[] = [
	{
		file: 'verbatim-fullwidth-circle.txt',
		title: '第１回　地域防災力の強化に関する検討会　議事録',
		series: '地域防災力の強化に関する検討会',
		session: 1,
		date: '2024-04-12',
		start: '10:00',
		end: '12:00',
		location: '中央合同庁舎第２号館　第３会議室及びオンライン',
		participants: [
			['委員', [['山田座長', '山田', '座長', null], ['鈴木座長代理', '鈴木', '座長代理', null], ['高橋委員', '高橋', '委員', null], ['伊藤委員', '伊藤', '委員', null], ['渡辺委員', '渡辺', '委員', null]]],
			['事務局', [['佐藤防災課長', '佐藤', '防災課長', null], ['中村企画官', '中村', '企画官', null]]],
		],
		agenda: [],
		speakers: { 山田座長: 3, '事務局（佐藤課長）': 1, 高橋委員: 1, 鈴木座長代理: 1, 伊藤委員: 1 },
		bodyFrom: 7,
	},
	{
		file: 'verbatim-bracket-affiliations.txt',
		title: 'デジタル社会の人材育成に関する有識者会議（第３回）議事録',
		series: 'デジタル社会の人材育成に関する有識者会議',
		session: 3,
		date: '2023-11-22',
		start: '15:00',
		end: '17:00',
		location: 'オンライン開催',
		participants: [
			[
				'委員',
				[
					['青木　健一（東京工業大学教授）【座長】', '青木　健一', '座長', '東京工業大学教授'],
					['石川　美香（一般社団法人情報教育推進協会理事）', '石川　美香', null, '一般社団法人情報教育推進協会理事'],
					['上田　聡（株式会社ミライ代表取締役）', '上田　聡', null, '株式会社ミライ代表取締役'],
				],
			],
			['事務局', [['デジタル庁　戦略企画課長　岡本　信也', '岡本　信也', '戦略企画課長', 'デジタル庁']]],
		],
		agenda: ['これまでの議論の整理', '中間報告骨子案について'],
		speakers: { 青木座長: 2, 岡本課長: 1, 石川委員: 1, 上田委員: 1 },
		bodyFrom: 18,
	},
	{
		file: 'verbatim-anonymised-letters.txt',
		title: '令和６年度　第２回　介護人材確保に関する研究会　議事録',
		series: '介護人材確保に関する研究会',
		session: 2,
		date: '2024-07-03',
		start: '13:30',
		end: '15:30',
		location: '厚生労働省　専用第１５会議室',
		participants: [['出席委員', [['委員Ａ', null, '委員', null], ['委員Ｂ', null, '委員', null], ['委員Ｃ', null, '委員', null], ['委員Ｄ（座長）', null, '座長', null]]]],
		agenda: ['前回の議論の振り返り', '外国人介護人材の受入れについて'],
		speakers: { 委員Ｄ: 2, 委員Ａ: 2, Ｂ委員: 1, '事務局（田村補佐）': 1, 委員Ｃ: 1 },
		bodyFrom: 11,
	},
	{
		file: 'summary-web-breadcrumbs.txt',
		title: '個人情報の保護に関する研究会（第５回）議事要旨',
		series: '個人情報の保護に関する研究会',
		session: 5,
		date: '2024-02-08',
		start: '10:00',
		end: '11:30',
		location: '個人情報保護委員会　大会議室（Web会議併用）',
		participants: [
			[
				'出席者',
				[
					['・宇佐美　智子　座長（中央大学教授）', '宇佐美　智子', '座長', '中央大学教授'],
					['・江川　正人　委員（弁護士）', '江川　正人', '委員', '弁護士'],
					['・小野寺　恵　委員（情報セキュリティ大学院大学准教授）', '小野寺　恵', '委員', '情報セキュリティ大学院大学准教授'],
				],
			],
			// (`・事務局　吉村参事官、森田企画官`: the group, then its members with their posts.)
			[
				'事務局',
				[
					['吉村参事官', '吉村', '参事官', null],
					['森田企画官', '森田', '企画官', null],
				],
			],
		],
		agenda: ['仮名加工情報の利活用について', 'その他'],
		speakers: {},
		bodyFrom: 20,
		// The page's navigation and its contact block (the office that answers questions about the page) are no part of the minutes.
		skip: /^(?:ページの先頭へ戻る|このページに関するお問い合わせ|個人情報保護委員会事務局総務課)$/u,
	},
	{
		file: 'summary-colon-speakers.txt',
		title: '環境審議会第４２回企画部会 審議結果',
		series: '環境審議会企画部会',
		session: 42,
		date: '2024-02-19',
		start: '14:00',
		end: '16:00',
		location: '県庁本庁舎５階 大会議室',
		// The legend `(◎部会長、○副部会長)` gives the marked members their roles; the head count is no affiliation.
		participants: [
			[
				'出席者',
				[
					['◎石原康夫', '石原康夫', '部会長', null],
					['○川口和子', '川口和子', '副部会長', null],
					['木下一郎', '木下一郎', null, null],
					['久保田学', '久保田学', null, null],
					['佐々木純〔計５名〕', '佐々木純', null, null],
				],
			],
		],
		agenda: ['次期環境基本計画の骨子について'],
		speakers: { 石原部会長: 2, 木下委員: 1, 事務局: 1, 川口副部会長: 1 },
		bodyFrom: 12,
	},
	{
		file: 'summary-numbered-wide.txt',
		title: '株式会社地域ネット　第８回利用者諮問委員会　議事録',
		series: '株式会社地域ネット　利用者諮問委員会',
		session: 8,
		date: '2023-09-14',
		start: '10:00',
		end: '12:00',
		location: '株式会社地域ネット本社 会議室東京都千代田区神田1-2-3 神田ビル5F',
		participants: [
			['出席者', [['大西健二 委員長', '大西健二', '委員長', null], ['北川真理 副委員長', '北川真理', '副委員長', null], ['杉本浩 委員', '杉本浩', '委員', null]]],
			['陪席者', [['長谷川誠 (地域ネット 取締役)', '長谷川誠', null, '地域ネット 取締役']]],
		],
		agenda: ['料金体系の見直しについて'],
		// The legend `(◎は委員長、○は委員、●は事務局の発言)` names who speaks at each mark.
		speakers: { 事務局: 2, 委員長: 3, 委員: 1 },
		bodyFrom: 22,
	},
	{
		// English header labels with an English date; numbered topics after the people, then `名前：` turns of the listed people.
		file: 'english-labels-circle.txt',
		title: 'みどり町子ども会育成会 役員会 議事メモ',
		series: 'みどり町子ども会育成会 役員会',
		session: null,
		date: '2024-11-09',
		start: '10:00',
		end: '11:30',
		location: 'みどり町集会所 2階',
		participants: [
			[
				'Members',
				[
					['会長 川口', '川口', '会長', null],
					['副会長 三宅', '三宅', '副会長', null],
					['会計 森下', '森下', '会計', null],
					// (Two clerks after one post, each a member with it.)
					['書記 大西', '大西', '書記', null],
					['書記 今井', '今井', '書記', null],
				],
			],
		],
		agenda: [],
		speakers: { 川口: 2, 三宅: 1, 森下: 1, 大西: 1, 今井: 1 },
		bodyFrom: 7,
	},
	{
		// Bilingual labels (`Date / 日時:`), agenda items in two languages written again in English over the text.
		// English names give no surnames, so `加藤：` stays a paragraph (kept, not lost).
		file: 'bilingual-committee.txt',
		title: 'Minutes of the 7th Program Committee Meeting 第7回 プログラム委員会 議事録',
		series: 'Minutes of the 7th Program Committee Meeting プログラム委員会',
		session: 7,
		date: '2024-06-14',
		start: '16:00',
		end: '17:30',
		location: 'Seminar Room B, Science Building 3',
		participants: [
			[
				'Attendees/出席者',
				[
					['Prof. Akira MORI (Chair / 委員長)', 'Prof. Akira MORI', '委員長', null],
					['Dr. Lena FISCHER', 'Dr. Lena FISCHER', null, null],
					['Mr. Taro KATO', 'Mr. Taro KATO', null, null],
					['Ms. Saki ONO', 'Ms. Saki ONO', null, null],
				],
			],
			['Absent/欠席', [['Dr. Omar HASSAN', 'Dr. Omar HASSAN', null, null]]],
			['Secretariat/事務局', [['Ms. Rie YAMAMOTO', 'Ms. Rie YAMAMOTO', null, null]]],
		],
		agenda: ['Review of submissions / 投稿論文の査読状況', 'Keynote speakers / 基調講演者', 'AOB / その他'],
		speakers: { '森（委員長）': 1 },
		bodyFrom: 16,
	},
	{
		// Speakers' labels in 「」 alone on their lines, the speech indented below; the text starts after the header's last list.
		file: 'quoted-speaker-lines.txt',
		title: '令和５年度第２回　さくら川町地域公共交通会議　会議録',
		series: 'さくら川町地域公共交通会議',
		session: 2,
		date: '2023-10-03',
		start: '10:00',
		end: '11:30',
		location: 'さくら川町役場　大会議室',
		participants: [
			[
				'出席者',
				[
					['委員１２名（別紙名簿のとおり）', null, null, null],
					['事務局３名', null, null, null],
				],
			],
			['欠席者', [['委員１名', null, null, null]]],
		],
		agenda: [],
		speakers: { 会長: 2, 事務局: 2, Ａ委員: 1 },
		bodyFrom: 8,
		// A label line is kept as its remark's speaker, without the brackets.
		skip: /^「[^「」]+」$/u,
	},
	{
		// A municipality's standard web form (附属機関等の会議録): each field's label on a line of its own, its value below a
		// blank line, the page's navigation around them; fields the header does not read are kept as text.
		file: 'web-form-fields.txt',
		title: '令和5年度第2回みどり台町環境審議会(会議録)',
		series: 'みどり台町環境審議会',
		session: 2,
		date: '2023-11-02',
		start: '14:00',
		end: '15:30',
		location: 'みどり台町役場3階 301会議室',
		participants: [
			[
				'出席委員の氏名',
				[
					['青山浩', '青山浩', null, null],
					['石田真理', '石田真理', null, null],
					['上野隆', '上野隆', null, null],
				],
			],
			[
				'出席職員の職・氏名',
				[
					['環境課長 森本健一', '森本健一', '環境課長', null],
					['主査 吉川彩', '吉川彩', '主査', null],
				],
			],
		],
		agenda: [],
		speakers: { 青山委員: 1, 事務局: 2, 石田委員: 1 },
		bodyFrom: 12,
		skip: /^(?:開催日時|開催場所|出席委員の氏名|出席職員の職・氏名|令和5年11月2日.*|みどり台町役場.*|青山浩、.*|環境課長 .*)$/u,
	},
	{
		// A typed record (as a PDF's text): half-width spaces after the speakers' labels, a post of the roll speaking by
		// itself (`保育課主幹`), `事 務 局` padded before its members, and the order of business (`１ 開会`) kept as text.
		file: 'typed-committee-halfwidth.txt',
		title: '第３回 あおば市子ども・子育て会議 議事録',
		series: 'あおば市子ども・子育て会議',
		session: 3,
		date: '2022-10-12',
		start: '14:00',
		end: '15:30',
		location: 'あおば市役所 本庁舎 第３会議室',
		participants: [
			[
				'出席委員',
				[
					['三浦会長', '三浦', '会長', null],
					['今井副会長', '今井', '副会長', null],
					['江藤委員', '江藤', '委員', null],
					['大西委員', '大西', '委員', null],
				],
			],
			[
				'事務局',
				[
					['保育課長 小松', '小松', '保育課長', null],
					['保育課主幹 坂本', '坂本', '保育課主幹', null],
					['同主査 田村', '田村', '同主査', null],
				],
			],
		],
		agenda: ['保育所の待機児童対策について'],
		speakers: { 三浦会長: 2, 保育課主幹: 1, 江藤委員: 1, 保育課長: 1, 大西委員: 1 },
		bodyFrom: 8,
		skip: /^(?:２ 議事|（１）保育所の待機児童対策について|【議事の経過】)$/u,
	},
	{
		// A roll padded throughout with full-width spaces (`会　長　　山　下　　誠　一`: the surname and given name as far
		// apart as the post and the name), and a numbered `事務局` line as a list of its own.
		file: 'padded-roll-numbered.txt',
		title: '第２回　さくら台市景観審議会　会議録',
		series: 'さくら台市景観審議会',
		session: 2,
		date: '2020-02-04',
		start: '10:00',
		end: '11:30',
		location: 'さくら台市役所本庁舎５階　第２会議室',
		participants: [
			[
				'出席委員',
				[
					['会　長　山　下　誠　一', '山下 誠一', '会長', null],
					['副会長　川　口　恵', '川口 恵', '副会長', null],
					['委　員　石　井　和　子', '石井 和子', '委員', null],
					['委　員　内　田　修', '内田 修', '委員', null],
					['委　員　岡　本　さ　や　か', '岡本 さやか', '委員', null],
				],
			],
			['欠席委員', []],
			[
				'事務局',
				[
					['都市計画部長　松下　浩', '松下　浩', '都市計画部長', null],
					['景観課長　森　淳', '森　淳', '景観課長', null],
				],
			],
		],
		agenda: ['議第１号　景観計画の変更について'],
		speakers: { 山下会長: 2, 景観課長: 2, 石井委員: 1 },
		bodyFrom: 16,
	},
];

describe.each(cases)('$file', (expected) => {
	const { result, lines } = parseFixture('council', expected.file);
	const meeting = result.meeting;

	test('is read by the council reader into a record', () => {
		expect(result.family).toBe('council');
		expect(meeting).not.toBeNull();
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	test('title, series, session, date, times and place', () => {
		expect(meeting).toMatchObject({ title: expected.title, series: expected.series, session: expected.session, date: expected.date, start: expected.start, end: expected.end, location: expected.location });
	});

	test('participants split into name, title and affiliation', () => {
		if (expected.participants.length === 0) return;
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

describe('end marks and page furniture', () => {
	test.each([
		['verbatim-fullwidth-circle.txt', '―了―'],
		['verbatim-bracket-affiliations.txt', '（以上）'],
	])('%s: %s is a note, not part of the last remark', (file, mark) => {
		const { result } = parseFixture('council', file);
		expect(result.meeting?.remarks.at(-1)?.text).not.toContain(mark);
		const notes = result.body.flatMap((section) => section.children).filter((block) => block.type === 'note');
		expect(notes.map((note) => note.type === 'note' && note.text)).toContain(mark);
	});

	test('a web page: navigation is left out with a warning, never taken for the title or the date', () => {
		const { result } = parseFixture('council', 'summary-colon-speakers.txt');
		expect(result.diagnostics.find((d) => d.code === 'web-navigation')).toMatchObject({ severity: 'warning', line: 1 });
		expect(result.meeting?.date).toBe('2024-02-19');
	});

	describe('a PDF extraction read as the converter reads it (bytes → decodeSeed → parse): Kangxi radicals mapped, wrapped lines joined', () => {
		const bytes = readFileSync(join(import.meta.dirname, '../fixtures/layouts/council/pdf-extract-kangxi.txt'));
		const decoded = decodeSeed(new Uint8Array(bytes));
		if (!decoded.ok) throw new Error(decoded.message);
		const result = parseMinutes(decoded.text, { source: 'pdf-extract-kangxi.txt', sourceHash: 'a'.repeat(64) });

		test('the title, the date block (date, time, place) and the page headers', () => {
			expect(result.meeting).toMatchObject({
				title: '第４回 地域医療構想に関する検討会 議事録',
				series: '地域医療構想に関する検討会',
				session: 4,
				date: '2024-09-10',
				start: '15:00',
				end: '17:00',
				location: '厚生労働省 行政棟 共用第６会議室',
			});
			const text = result.body.flatMap((section) => section.children).map((block) => JSON.stringify(block)).join('');
			expect(text).not.toContain('- 1 -');
			expect(text.split('第４回 地域医療構想に関する検討会 議事録').length).toBe(1);
			expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		});

		test('the ○出席者 list: members and the secretariat post', () => {
			expect(result.meeting?.participants.map((group) => [group.group, group.members.map((m) => [m.text, m.name, m.title, m.affiliation])])).toEqual([
				[
					'出席者',
					[
						['中山座長', '中山', '座長', null],
						['木村委員', '木村', '委員', null],
						['林委員', '林', '委員', null],
					],
				],
				['事務局', [['医政局地域医療計画課長', null, '医政局地域医療計画課長', null]]],
			]);
		});

		test('every turn, a post without a name included, with its wrapped speech joined', () => {
			expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
				['中山座長', 'ただいまから第４回地域医療構想に関する検討会を開催いたします。本日は委員の皆様にお集まりいただきありがとうございます。'],
				['地域医療計画課長', '資料１に沿って御説明いたします。病床の機能分化は着実に進んでおります。'],
				['木村委員', '外来機能の報告制度との関係も整理が必要だと思います。'],
				['林委員', '賛成です。'],
				['中山座長', 'それでは本日はこれで閉会といたします。'],
			]);
		});
	});
});

describe('marks explained by a legend (summary-numbered-wide.txt: `6. 議  事(◎は委員長、○は委員、●は事務局の発言)`)', () => {
	const { result } = parseFixture('council', 'summary-numbered-wide.txt');

	test('each marked paragraph is a remark of the legend\'s role, in order', () => {
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['事務局', '本日は委員3名に御出席いただいており、定足数を満たしていることを御報告する。'],
			['委員長', 'それでは議事に入る。'],
			['事務局', '資料1に基づき、料金体系の見直し案を説明した。'],
			['委員', '利用者への周知期間を十分に取るべきである。'],
			['委員長', '周知期間については事務局で検討すること。'],
			['委員長', '以上をもって閉会とする。'],
		]);
	});

	test('a legend with colons closing a line of the text (`…検討がなされた。(○:委員、□:座長、△:事務局)`) names who speaks at each mark', () => {
		const text = [
			'労働検討会（第２８回）議事概要',
			'1 日時',
			'平成15年10月6日(月) 10:00~12:30',
			'2 議事',
			'',
			'(1) 制度設計について、前回に引き続いて検討がなされた。(○:委員、□:座長、△:事務局)',
			'',
			'○ 審判員の選任は、労使団体の推薦によるべきである。',
			'',
			'△ 選任の方法は、規則で定めることを想定している。',
			'',
			'□ 次回までに事務局で整理していただきたい。',
		].join('\n');
		const parsed = parseMinutes(text, { source: 'x.txt', sourceHash: 'a'.repeat(64) });
		expect(parsed.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['委員', '審判員の選任は、労使団体の推薦によるべきである。'],
			['事務局', '選任の方法は、規則で定めることを想定している。'],
			['座長', '次回までに事務局で整理していただきたい。'],
		]);
	});

	test('without a legend the same marks stay text (a summary\'s points)', () => {
		const text = ['議事要旨', '1. 日時 2023年9月14日(木) 10:00 ~ 12:00', '2. 議事', '○利用者への周知期間を十分に取るべきである。', '●資料1に基づき説明した。'].join('\n');
		const parsed = parseMinutes(text, { source: 'x.txt', sourceHash: 'a'.repeat(64) });
		expect(parsed.meeting).not.toBeNull();
		expect(parsed.meeting?.remarks).toEqual([]);
	});
});

describe('readLegend', () => {
	test.each([
		{ text: '6. 議  事(◎は委員長、○は委員、●は事務局の発言)', legend: [['◎', '委員長'], ['○', '委員'], ['●', '事務局']] },
		{ text: '（◎は部会長、〇は委員の発言）', legend: [['◎', '部会長'], ['○', '委員']] },
		{ text: '(◎部会長、○副部会長)', legend: [] },
		{ text: '(○:委員、□:座長、△:事務局)', legend: [['○', '委員'], ['□', '座長'], ['△', '事務局']] },
		{ text: '（○：委員、□＝座長）', legend: [['○', '委員'], ['□', '座長']] },
		{ text: '○利用者への周知期間を十分に取るべきである。', legend: [] },
	])('$text', ({ text, legend }) => {
		expect([...readLegend(text)]).toEqual(legend);
	});
});
