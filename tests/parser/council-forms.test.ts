/** The council reader's header labels, title layouts, speaker forms and member entries, one table each. */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import { classifyLine } from '../../src/parser/lines.ts';
import { parseNameLabel } from '../../src/parser/names.ts';
import { matchSectionLine } from '../../src/parser/sections.ts';

const options = { source: 'test.txt', sourceHash: 'a'.repeat(64) };
const parse = (lines: readonly string[]) => parseMinutes(lines.join('\n'), options);
const BODY = ['議事録', '○山田座長　開会します。'];

describe('header labels', () => {
	test.each([
		{ line: '日時：令和6年5月1日（水）10:00～12:00', key: 'date', rest: '令和6年5月1日（水）10:00～12:00' },
		{ line: '日　時　令和6年5月1日', key: 'date', rest: '令和6年5月1日' },
		{ line: '開催日時　令和6年5月1日', key: 'date', rest: '令和6年5月1日' },
		{ line: '１．期日　　令和元年１０月２日（水）', key: 'date', rest: '令和元年１０月２日（水）' },
		{ line: '期日：令和元年10月2日', key: 'date', rest: '令和元年10月2日' },
		{ line: '場所：中央合同庁舎', key: 'location', rest: '中央合同庁舎' },
		{ line: '出席者', key: 'participants', rest: '' },
		{ line: '出席委員：山田座長', key: 'participants', rest: '山田座長' },
		{ line: '３　出席者（敬称略）', key: 'participants', rest: '', note: '敬称略' },
		{ line: '３．出席委員（五十音順、敬称略）', key: 'participants', rest: '', note: '五十音順、敬称略' },
		{ line: '【出席者（敬称略）】', key: 'participants', rest: '', note: '敬称略' },
		{ line: '出席者(敬称略)：山田座長', key: 'participants', rest: '山田座長', note: '敬称略' },
		{ line: '4.会議の模様', key: 'body', rest: '' },
		{ line: '5 議事の概要', key: 'body', rest: '' },
	])('$line', ({ line, ...expected }) => {
		const found = matchSectionLine(line);
		expect(found).toMatchObject(expected);
		if (!('note' in expected)) expect(found?.note).toBeUndefined();
	});

	test.each([
		{ lines: ['日時：令和6年5月1日（水）10:00～12:00', '場所：オンライン'], date: '2024-05-01', start: '10:00', end: '12:00' },
		{ lines: ['日　時：令和 3 年 4 月 14 日（水）１０：００～１２：００', '場　所：オンライン'], date: '2021-04-14', start: '10:00', end: '12:00' },
		{ lines: ['開催日時', '2019年3月27日(水)15:56~16:33', '開催場所', 'オンライン'], date: '2019-03-27', start: '15:56', end: '16:33' },
		{ lines: ['期日　令和元年１０月２日（水）午後２時～午後４時', '場所　オンライン'], date: '2019-10-02', start: '14:00', end: '16:00' },
		{ lines: ['１　日時　令和６年４月１６日（火）１４時００分～１５時３０分', '２　場所　オンライン'], date: '2024-04-16', start: '14:00', end: '15:30' },
	])('dated by $lines.0', ({ lines, date, start, end }) => {
		const result = parse(['テスト研究会（第１回）議事録', ...lines, ...BODY]);
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting).toMatchObject({ date, start, end, location: 'オンライン' });
	});

	test('a note on the 出席者 label is every group\'s note, merged with a group\'s own', () => {
		const result = parse(['テスト研究会（第１回）議事録', '日時：令和6年5月1日', '出席者（敬称略）', '（１）委員（五十音順）', '山田　太郎', '（２）事務局', '佐藤課長', ...BODY]);
		expect(result.meeting?.participants.map((g) => [g.group, g.note])).toEqual([
			['委員', '五十音順、敬称略'],
			['事務局', '敬称略'],
		]);
	});
});

describe('title layouts', () => {
	const header = ['日時：令和6年5月1日', ...BODY];
	test.each([
		{ name: '第1回 X 議事録', lines: ['第1回 地域交通研究会 議事録'], title: '第1回 地域交通研究会 議事録', series: '地域交通研究会', session: 1 },
		{ name: 'X（第N回）議事録', lines: ['地域交通研究会（第２回）議事録'], title: '地域交通研究会（第２回）議事録', series: '地域交通研究会', session: 2 },
		{ name: 'body name line, then the title', lines: ['情報通信審議会', '情報通信技術分科会（第１２０回）議事録'], title: '情報通信審議会 情報通信技術分科会（第１２０回）議事録', series: '情報通信審議会 情報通信技術分科会', session: 120 },
		{ name: 'publication date and ministry above', lines: ['令和６年５月１０日', '総務省', '地域交通研究会（第２回）議事録'], title: '地域交通研究会（第２回）議事録', series: '地域交通研究会', session: 2 },
		{ name: 'ministry, body name, title', lines: ['総務省', '情報通信審議会', '情報通信技術分科会（第１２０回）議事録'], title: '情報通信審議会 情報通信技術分科会（第１２０回）議事録', series: '情報通信審議会 情報通信技術分科会', session: 120 },
		{ name: '議事要旨 heading, ministry, meeting name', lines: ['議事要旨', '内閣府', 'こども政策推進会議（第3回）'], title: 'こども政策推進会議（第3回） 議事要旨', series: 'こども政策推進会議', session: 3 },
		{ name: 'title, then 議事録 on its own line', lines: ['第５回　電気通信懇談会', '議事録'], title: '第５回　電気通信懇談会 議事録', series: '電気通信懇談会', session: 5 },
		{ name: 'a title without session', lines: ['総務省', '地域交通研究会 議事録'], title: '地域交通研究会 議事録', series: '地域交通研究会', session: null },
		// Minutes systems and assemblies put the day, the sitting and the document's name around the body's name.
		{ name: 'committee record', lines: ['総務委員会記録'], title: '総務委員会記録', series: '総務委員会', session: null },
		{ name: 'shorthand record of a sitting', lines: ['議会運営委員会速記録第六号'], title: '議会運営委員会速記録第六号', series: '議会運営委員会', session: null },
		{ name: 'kensakusystem day and sitting', lines: ['令和６年１２月　総務委員会－１２月０３日－01号'], title: '令和６年１２月　総務委員会 第1号', series: '総務委員会', session: null },
		{ name: 'kensakusystem session, recess and sitting (half-width)', lines: ['令和 6年第 3回(閉会中)議会運営委員会−08月28日-01号'], title: '令和 6年第 3回(閉会中)議会運営委員会 第1号', series: '議会運営委員会', session: 3 },
		{ name: 'day before the body, ISO date after', lines: ['平成29年農林水産委員会 本文 2017-08-18'], title: '平成29年農林水産委員会 本文 2017-08-18', series: '農林水産委員会', session: null },
		{ name: 'memo', lines: ['広報委員会　議事メモ'], title: '広報委員会　議事メモ', series: '広報委員会', session: null },
		{ name: 'fiscal year before an association', lines: ['令和６年度　桜ヶ丘町内会　定期総会　議事録'], title: '令和６年度　桜ヶ丘町内会　定期総会　議事録', series: '桜ヶ丘町内会　定期総会', session: null },
		{ name: 'year and session before the body, 会議結果 after', lines: ['令和6年 第16回 議会改革特別委員会 会議結果'], title: '令和6年 第16回 議会改革特別委員会 会議結果', series: '議会改革特別委員会', session: 16 },
	])('$name', ({ lines, title, series, session }) => {
		const result = parse([...lines, ...header]);
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting).toMatchObject({ title, series, session, date: '2024-05-01' });
	});
});

describe('speaker forms', () => {
	const doc = (body: readonly string[]) => parse(['地域交通研究会（第１回）議事録', '日時：令和6年5月1日', '議事録', ...body]);
	const remarks = (body: readonly string[]) => doc(body).meeting?.remarks.map((r) => [r.speaker, r.text]);

	test.each([
		{ name: '○ label, full-width space', body: ['○山田委員　意見を申し上げます。'], expected: [['山田委員', '意見を申し上げます。']] },
		{ name: '○ label, half-width space (web copy)', body: ['○山田委員 意見を申し上げます。'], expected: [['山田委員', '意見を申し上げます。']] },
		{ name: '○ label alone, speech below', body: ['○山田委員', '　意見を申し上げます。'], expected: [['山田委員', '意見を申し上げます。']] },
		{ name: 'unmarked label, full-width space', body: ['山田座長　開会します。'], expected: [['山田座長', '開会します。']] },
		{ name: 'unmarked label alone, speech below', body: ['山田座長', '　開会します。', '　本日もよろしくお願いします。'], expected: [['山田座長', '開会します。\n本日もよろしくお願いします。']] },
		{ name: '【label】', body: ['【山田委員】　意見を申し上げます。'], expected: [['山田委員', '意見を申し上げます。']] },
		{ name: '【label】 alone', body: ['【山田委員】', '意見を申し上げます。'], expected: [['山田委員', '意見を申し上げます。']] },
		{ name: 'anonymised （Ａ）', body: ['（Ａ）　意見を申し上げます。'], expected: [['Ａ', '意見を申し上げます。']] },
		{ name: 'anonymised (A) alone', body: ['(A)', '　意見を申し上げます。'], expected: [['A', '意見を申し上げます。']] },
		{ name: 'anonymised Ａ委員', body: ['Ａ委員　意見を申し上げます。'], expected: [['Ａ委員', '意見を申し上げます。']] },
		{ name: 'anonymised 委員Ｂ', body: ['委員Ｂ　意見を申し上げます。'], expected: [['委員Ｂ', '意見を申し上げます。']] },
		{ name: 'office speaker 事務局 alone', body: ['事務局', '　資料を説明します。'], expected: [['事務局', '資料を説明します。']] },
		{ name: 'office speaker with the person', body: ['事務局（佐藤）　資料を説明します。'], expected: [['事務局（佐藤）', '資料を説明します。']] },
		{ name: 'unmarked post with a spaced name and 君 in brackets', body: ['都市計画課長（石塚　隆君）　お答えします。', '会長（倉持英明君）　ほかにありませんか。'], expected: [['都市計画課長（石塚　隆君）', 'お答えします。'], ['会長（倉持英明君）', 'ほかにありませんか。']] },
		{ name: 'an official whose post ends in 推進官', body: ['○山田推進官　資料を説明します。'], expected: [['山田推進官', '資料を説明します。']] },
		{ name: 'anonymised 会員Ａ', body: ['会員Ａ：会費は据え置きか。', '会員Ｂ　賛成します。'], expected: [['会員Ａ', '会費は据え置きか。'], ['会員Ｂ', '賛成します。']] },
	])('$name', ({ body, expected }) => {
		expect(remarks(body)).toEqual(expected);
	});

	test.each([
		{ name: 'a row of names is not a speech', body: ['山田座長　鈴木委員　佐藤委員'] },
		{ name: 'labels alone one after another are a list, not speakers', body: ['山田座長', '鈴木委員', '佐藤委員'] },
		{ name: 'a word before a full-width space that is no label', body: ['本日は　皆様お集まりいただきました。'] },
		{ name: 'an indented label line continues the text', body: ['　山田座長　の御提案どおりとします。'] },
		{ name: '（Ａ）案 without a space is text', body: ['（Ａ）案について検討した。'] },
		{ name: '○ point of a summary', body: ['○ 利用者の視点が重要である。'] },
	])('$name: no remark', ({ body }) => {
		expect(remarks(body)).toEqual([]);
	});

	test('a label alone before a heading is text, not an empty remark', () => {
		const result = doc(['山田座長', '（１）開会', '○山田座長　開会します。']);
		expect(result.meeting?.remarks.map((r) => r.speaker)).toEqual(['山田座長']);
		expect(result.diagnostics.filter((d) => d.code === 'empty-remark')).toEqual([]);
	});

	test.each([
		{ line: '開　会', title: '開　会' },
		{ line: '閉会', title: '閉会' },
		{ line: '≪1.開会≫', title: '1.開会' },
		{ line: '《2.議題》', title: '2.議題' },
		{ line: '１．開会', title: '開会' },
	])('$line is a heading', ({ line, title }) => {
		expect(classifyLine(line, { inRemark: false, lastHeadingNumber: null })).toMatchObject({ kind: 'heading', title });
	});

	test('a transcript without a body label starts at its first ○ speech, with the heading before it', () => {
		const result = parse(['地域交通研究会（第１回）議事録', '日時：令和6年5月1日', '議題', '（１）現状について', '', '開　会', '', '○山田座長　開会します。']);
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting?.agenda).toEqual([{ number: 1, title: '現状について', section: null }]);
		expect(result.meeting?.sections.map((s) => s.title)).toEqual(['開　会']);
		expect(result.meeting?.remarks.map((r) => [r.section, r.speaker, r.text])).toEqual([['s1', '山田座長', '開会します。']]);
	});
});

describe('member entries of web lists', () => {
	test.each([
		{ label: '槍田 松瑩 委員(会長)', name: '槍田 松瑩', title: '委員(会長)', affiliation: null },
		{ label: '林  いづみ 委員', name: '林  いづみ', title: '委員', affiliation: null },
		{ label: '山田 太郎 委員（座長）', name: '山田 太郎', title: '委員（座長）', affiliation: null },
		{ label: '小田 健 特別委員', name: '小田 健', title: '特別委員', affiliation: null },
		{ label: '西村 由紀 委員（東京海洋大学教授）', name: '西村 由紀', title: '委員', affiliation: '東京海洋大学教授' },
		{ label: '佐藤 次郎 内閣府政策統括官', name: '佐藤 次郎', title: '内閣府政策統括官', affiliation: null },
		{ label: '山田太郎 委員', name: '山田太郎', title: '委員', affiliation: null },
		{ label: '森川　博之（分科会長代理）', name: '森川　博之', title: '分科会長代理', affiliation: null },
		{ label: '二宮事務局長', name: '二宮', title: '事務局長', affiliation: null },
		// Not members of this form: the former readings stay.
		{ label: 'NTT 松原氏', name: '松原', title: '氏', affiliation: 'NTT' },
		{ label: '総務省 山田課長', name: '山田', title: '課長', affiliation: '総務省' },
	])('$label', ({ label, ...expected }) => {
		expect(parseNameLabel(label)).toEqual(expected);
	});

	test.each([
		{ line: '- 槍田 松瑩 委員(会長)', text: '槍田 松瑩 委員(会長)' },
		{ line: '• 林  いづみ 委員', text: '林  いづみ 委員' },
		{ line: '・山田 太郎 委員（座長）', text: '・山田 太郎 委員（座長）' },
		{ line: '* 小田 健 特別委員', text: '小田 健 特別委員' },
	])('bullet $line: one member', ({ line, text }) => {
		const result = parse(['テスト会議（第１回）議事要旨', '日時：令和6年5月1日', '出席者', line, '議事概要', '本文。']);
		expect(result.meeting?.participants).toHaveLength(1);
		expect(result.meeting?.participants[0]?.members.map((m) => m.text)).toEqual([text]);
	});
});

describe('a town committee’s web page, each field on a line of its own with its value below', () => {
	const result = parse([
		'総務建設常任委員会会議録 令和６年６月14日',
		'',
		'開催年月日',
		'',
		'令和６年６月14日(金曜日)',
		'',
		'開会時間',
		'',
		'午前10時00分',
		'',
		'閉会時間',
		'',
		'午前11時35分',
		'',
		'開催場所',
		'',
		'しおさい町議会 第１会議室',
		'',
		'付議案件',
		'',
		'  1. 議案第24号 しおさい町手数料条例の一部を改正する条例について',
		'  2. その他',
		'',
		'出席並びに欠席委員',
		'',
		'出席2名 欠席1名',
		'',
		'出席並びに欠席委員の詳細',
		'役職 氏名 出欠',
		'委員長 守屋亘弘 出席',
		'委員 鈴木道子 出席',
		'',
		'欠席した委員',
		'委員 田中孝男',
		'',
		'会議の書記',
		'',
		'議会事務局次長 佐々木周子',
		'',
		'会議の経過',
		'',
		'委員長(守屋亘弘君)',
		'',
		'ただいまより総務建設常任委員会を開会いたします。',
		'',
		'鈴木道子委員',
		'',
		'コンビニ交付の利用率はどの程度か。',
	]);

	test('the date, the times, the place and the items are read from the lines below their labels', () => {
		expect(result.diagnostics.map((d) => d.message)).toEqual([]);
		expect(result.meeting).toMatchObject({ date: '2024-06-14', start: '10:00', end: '11:35', location: 'しおさい町議会 第１会議室' });
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['議案第24号 しおさい町手数料条例の一部を改正する条例について', 'その他']);
	});

	test('the table of members, the absent and the clerk are groups; the heading `出席並びに欠席委員` is no speaker', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			[
				'出席並びに欠席委員の詳細',
				[
					['守屋亘弘', '委員長'],
					['鈴木道子', '委員'],
				],
			],
			['欠席した委員', [['田中孝男', '委員']]],
			['会議の書記', [['佐々木周子', '議会事務局次長']]],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員長(守屋亘弘君)', '鈴木道子委員']);
	});
});

describe('an education board’s page with its fields in angle brackets', () => {
	const result = parse([
		'令和６年度第７回（定例）さくら市教育委員会会議録',
		'',
		'<開会>',
		'令和６年１０月２４日',
		'１４時００分',
		'',
		'<閉会>',
		'令和６年１０月２４日',
		'１５時２０分',
		'',
		'<会議場所>',
		'さくら市役所本庁舎５階　教育委員会室',
		'',
		'<委員出欠>',
		'高橋正志（教育長）（出席）',
		'岡田修（出席）',
		'野口真由美（欠席）',
		'',
		'議案及び議事内容',
		'',
		'<議事内容>',
		'○高橋教育長　「ただいまから定例会を開会します。」',
		'○岡田委員　「質問があります。」',
	]);

	test('`<開会>` dates and starts the meeting, `<閉会>` ends it, `<会議場所>` is the place, the series has no （定例）', () => {
		expect(result.family).toBe('council');
		expect(result.meeting).toMatchObject({ series: 'さくら市教育委員会', date: '2024-10-24', start: '14:00', end: '15:20', location: 'さくら市役所本庁舎５階　教育委員会室' });
	});

	test('`<委員出欠>` lists the members, whether each attended no part of the name', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([['委員出欠', ['高橋正志', '岡田修', '野口真由美']]]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['高橋教育長', '岡田委員']);
	});
});
