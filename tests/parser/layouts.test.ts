/**
 * Layouts of the same family that the seeds do not show: each a small,
 * realistic document written here, parsed whole, checked field by field.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import type { ParseResult } from '../../src/parser/types.ts';

const options = { source: 'test.txt', sourceHash: 'a'.repeat(64) };
const parse = (lines: readonly string[]): ParseResult => parseMinutes(lines.join('\n'), options);
const remarks = (result: ParseResult) => result.meeting?.remarks.map((r) => [r.section, r.speaker, r.text]);

describe('検討会（第１２回）議事録: numbered with spaces, 議事次第 with ① items, ○ transcript', () => {
	const result = parse([
		'情報通信セキュリティ検討会（第１２回）議事録',
		'',
		'１　開催日時　令和６年１２月３日（火）１０時００分～１２時００分',
		'２　開催場所　中央合同庁舎第２号館８階　第１特別会議室',
		'３　出席委員',
		'　　後藤座長',
		'　　鶴飼座長代理',
		'　　岡村委員',
		'４　欠席委員',
		'　　篠田委員',
		'５　議事次第',
		'　（１）開会',
		'　（２）議題',
		'　　　①　サイバー攻撃の動向について',
		'　　　②　人材育成の取組について',
		'　（３）閉会',
		'６　配布資料',
		'　　資料１　サイバー攻撃の動向',
		'７　議事録',
		'',
		'（１）開会',
		'',
		'○後藤座長　ただいまから第１２回検討会を開催いたします。',
		'　本日は篠田委員が御欠席です。',
		'',
		'（２）議題',
		'',
		'議題１　サイバー攻撃の動向について',
		'',
		'○事務局（佐藤）　資料１に基づいて御説明いたします。昨年度の観測結果では、攻撃の件数は前年度',
		'',
		'- 3 -',
		'',
		'の約二倍となっております。',
		'○岡村委員　ありがとうございました。一点質問です。',
		'',
		'議題２　人材育成の取組について',
		'',
		'○小山委員　人材育成は重要です。',
		'',
		'（３）閉会',
		'',
		'○後藤座長　以上で閉会といたします。',
	]);

	test('header', () => {
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting).toMatchObject({
			series: '情報通信セキュリティ検討会',
			session: 12,
			kind: 'minutes',
			date: '2024-12-03',
			start: '10:00',
			end: '12:00',
			location: '中央合同庁舎第２号館８階　第１特別会議室',
			handouts: [{ id: '資料１', title: 'サイバー攻撃の動向', note: null }],
		});
	});

	test('one member per line; 欠席委員 is a group as written', () => {
		expect(result.meeting?.participants.map((g) => [g.group, g.members.map((m) => m.text)])).toEqual([
			['出席委員', ['後藤座長', '鶴飼座長代理', '岡村委員']],
			['欠席委員', ['篠田委員']],
		]);
	});

	test('the agenda is the items under 議題 in 議事次第, matched to the body by number', () => {
		expect(result.meeting?.agenda).toEqual([
			{ number: 1, title: 'サイバー攻撃の動向について', section: 's3' },
			{ number: 2, title: '人材育成の取組について', section: 's4' },
		]);
		expect(result.meeting?.sections.map((s) => [s.id, s.title, s.line])).toEqual([
			['s1', '開会', 21],
			['s2', '議題', 26],
			['s3', '議題１　サイバー攻撃の動向について', 28],
			['s4', '議題２　人材育成の取組について', 37],
			['s5', '閉会', 41],
		]);
	});

	test('○ remarks with indented paragraphs; a page number inside a sentence is dropped', () => {
		expect(remarks(result)).toEqual([
			['s1', '後藤座長', 'ただいまから第１２回検討会を開催いたします。\n本日は篠田委員が御欠席です。'],
			['s3', '事務局（佐藤）', '資料１に基づいて御説明いたします。昨年度の観測結果では、攻撃の件数は前年度の約二倍となっております。'],
			['s3', '岡村委員', 'ありがとうございました。一点質問です。'],
			['s4', '小山委員', '人材育成は重要です。'],
			['s5', '後藤座長', '以上で閉会といたします。'],
		]);
	});
});

describe('第3回 研究会 議事要旨: 【】 labels, 平成, 午後２時から午後４時まで, ■ groups, spaced names, other speaker marks', () => {
	const result = parse([
		'第3回 地域情報化研究会 議事要旨',
		'',
		'【日時】平成30年7月10日（火）午後２時から午後４時まで',
		'【場所】総務省第１会議室',
		'【出席者】',
		'■構成員',
		'後藤座長　鶴飼構成員　岡村構成員',
		'■オブザーバー',
		'デジタル庁　経済産業省',
		'【欠席者】',
		'篠田構成員',
		'【議事】',
		'（１）地域情報化の現状について',
		'（２）今後の進め方について',
		'【配布資料】',
		'資料１　地域情報化の現状',
		'【議事概要】',
		'（１）地域情報化の現状について',
		'事務局から資料１に基づき説明があった。',
		'後藤座長：現状はよく分かった。',
		'（鶴飼構成員）地方の人材が不足している。',
		'【岡村構成員】',
		'意見は二点ある。',
		'（２）今後の進め方について',
		'後藤座長）次回までに論点を整理する。',
		'以上',
	]);

	test('header: session before the series name, era 平成, afternoon times', () => {
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting).toMatchObject({ series: '地域情報化研究会', session: 3, kind: 'minutes', date: '2018-07-10', start: '14:00', end: '16:00', location: '総務省第１会議室' });
	});

	test('groups after ■, members separated by full-width spaces, 欠席者', () => {
		expect(result.meeting?.participants.map((g) => [g.group, g.members.map((m) => m.text)])).toEqual([
			['構成員', ['後藤座長', '鶴飼構成員', '岡村構成員']],
			['オブザーバー', ['デジタル庁', '経済産業省']],
			['欠席者', ['篠田構成員']],
		]);
	});

	test('【議事】 before 【議事概要】 is the agenda; items find their body sections by title', () => {
		expect(result.meeting?.agenda).toEqual([
			{ number: 1, title: '地域情報化の現状について', section: 's1' },
			{ number: 2, title: '今後の進め方について', section: 's2' },
		]);
		expect(result.diagnostics.some((d) => d.code === 'unknown-section')).toBe(false);
	});

	test('speakers written 後藤座長：, （鶴飼構成員）, 【岡村構成員】 and 後藤座長）', () => {
		expect(remarks(result)).toEqual([
			['s1', '後藤座長', '現状はよく分かった。'],
			['s1', '鶴飼構成員', '地方の人材が不足している。'],
			['s1', '岡村構成員', '意見は二点ある。'],
			['s2', '後藤座長', '次回までに論点を整理する。'],
		]);
	});
});

describe('懇談会 with the title on two lines, unnumbered 日時： labels, 昭和, inline groups', () => {
	const result = parse([
		'第５回　電気通信懇談会',
		'議事要旨',
		'',
		'日時：昭和６３年４月５日（火）14時～16時',
		'場所：郵政省第一会議室',
		'出席者：構成員：後藤座長、鶴飼構成員、岡村構成員',
		'資料：',
		'資料１　懇談会の進め方',
		'議題：今後の電気通信のあり方について',
		'議事：',
		'○後藤座長　本日はお集まりいただきありがとうございます。',
		'　最初に、懇談会の進め方について確認します。',
		'○鶴飼構成員',
		'　進め方に賛成です。',
	]);

	test('header', () => {
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting).toMatchObject({
			title: '第５回　電気通信懇談会 議事要旨',
			series: '電気通信懇談会',
			session: 5,
			kind: 'minutes',
			date: '1988-04-05',
			start: '14:00',
			end: '16:00',
			participants: [{ group: '構成員', members: [{ text: '後藤座長' }, { text: '鶴飼構成員' }, { text: '岡村構成員' }] }],
			handouts: [{ id: '資料１', title: '懇談会の進め方', note: null }],
			agenda: [{ number: 1, title: '今後の電気通信のあり方について', section: null }],
		});
	});

	test('an indented line after a finished sentence starts a new paragraph', () => {
		expect(remarks(result)).toEqual([
			['s0', '後藤座長', '本日はお集まりいただきありがとうございます。\n最初に、懇談会の進め方について確認します。'],
			['s0', '鶴飼構成員', '進め方に賛成です。'],
		]);
	});
});

describe('body agenda layouts', () => {
	const head = ['テスト委員会（第1回）議事要旨', '1. 日時) 令和6年4月1日（月）10:00～11:00', '2. 議事概要', '(1) 議事'];

	test.each([
		{ line: '◆議題（1）「国際連携について」事務局より説明。', title: '議題（1）国際連携について', item: '国際連携について' },
		{ line: '議題(1)「国際連携について」について説明', title: '議題(1)国際連携について', item: '国際連携について' },
		// (The item alone on its line is the section's title and nothing more: no paragraph repeating it.)
		{ line: '議題１　国際連携について', title: '議題１　国際連携について', item: '国際連携について', repeated: false },
		{ line: '（議題1）国際連携について、事務局から説明があった。', title: '（議題1）国際連携について', item: '国際連携について' },
		{ line: '◆議事（一）「国際連携」について説明。', title: '議事（一）国際連携', item: '国際連携' },
	])('$line starts section s2 titled $title', ({ line, title, item, repeated = true }) => {
		const result = parse([...head, line, '後藤座長)', '了解した。']);
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting?.sections.map((s) => [s.id, s.title])).toEqual([
			['s1', '議事'],
			['s2', title],
		]);
		expect(result.meeting?.agenda).toEqual([{ number: 1, title: item, section: 's2' }]);
		if (repeated) expect(result.body[1]?.children[0]).toEqual({ type: 'paragraph', text: line, line: 5 });
		else expect(result.body[1]?.children[0]?.type).toBe('remark');
		expect(result.meeting?.remarks[0]?.section).toBe('s2');
	});

	test.each([
		'議題（1）の自由討論終了後に途中退席された。',
		'議題について事務局より説明。',
	])('%s is ordinary text', (line) => {
		const result = parse([...head, line]);
		expect(result.meeting?.sections.map((s) => s.id)).toEqual(['s1']);
		expect(result.meeting?.agenda).toEqual([]);
	});

	test('inside a remark a spoken 議題（2）… sentence stays in the remark', () => {
		const result = parse([...head, '○後藤座長　それでは次に移ります。', '議題（2）「人材育成」について、事務局から説明をお願いします。']);
		expect(result.meeting?.sections).toHaveLength(1);
		expect(result.meeting?.remarks[0]?.text).toContain('事務局から説明をお願いします。');
	});

	test('header and body items merge by number; header titles win, body sections stay', () => {
		const result = parse([
			'テスト委員会（第1回）議事要旨',
			'1. 日時) 令和6年4月1日（月）10:00～11:00',
			'2. 議題',
			'(1) 国際連携の推進について',
			'(2) その他',
			'3. 議事概要',
			'◆議題（1）「国際連携」について説明。',
			'◆議題（3）「追加の議題」について説明。',
		]);
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting?.agenda).toEqual([
			{ number: 1, title: '国際連携の推進について', section: 's1' },
			{ number: 2, title: 'その他', section: null },
			{ number: 3, title: '追加の議題', section: 's2' },
		]);
	});
});

describe('header agenda lists', () => {
	const doc = (agenda: readonly string[]) => [
		'テスト委員会（第1回）議事要旨',
		'1. 日時) 令和6年4月1日（月）10:00～11:00',
		...agenda,
		'5. 議事概要',
		'(1) 開会',
		'(2) 国際連携について',
		'後藤座長)',
		'了解した。',
	];

	test.each([
		{ name: '4. 議題 with (1) items', agenda: ['4. 議題', '(1) 国際連携について', '(2) その他'] },
		{ name: '２．議事 with （１） items', agenda: ['２．議事', '（１）国際連携について', '（２）その他'] },
		{ name: '議事次第 with 1. items', agenda: ['議事次第', '1. 国際連携について', '2. その他'] },
		{ name: '4. 議題 with １　items', agenda: ['4. 議題', '１　国際連携について', '２　その他'] },
		{ name: '4. 議題 with 議題（N）「…」', agenda: ['4. 議題', '議題（1）「国際連携について」', '議題（2）「その他」'] },
	])('$name', ({ agenda }) => {
		const result = parse(doc(agenda));
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting?.agenda).toEqual([
			{ number: 1, title: '国際連携について', section: 's2' },
			{ number: 2, title: 'その他', section: null },
		]);
	});

	test('a wrapped item continues on the next line', () => {
		const result = parse(doc(['4. 議題', '(1) 国際連携に関する取組状況と', '課題について']));
		expect(result.meeting?.agenda).toEqual([{ number: 1, title: '国際連携に関する取組状況と課題について', section: null }]);
	});
});

describe('header label variants', () => {
	const body = ['議事概要', '後藤座長）開会する。'];
	test.each([
		{ lines: ['開催日時：令和6年4月1日（月）14:00～16:00', '開催場所：オンライン'], location: 'オンライン' },
		{ lines: ['日時　令和6年4月1日（月）14:00～16:00', '場所　オンライン'], location: 'オンライン' },
		{ lines: ['【日時】令和6年4月1日（月）14:00～16:00', '［場所］オンライン'], location: 'オンライン' },
		{ lines: ['＜日時＞ 令和6年4月1日（月）14:00～16:00', '＜場所＞ オンライン'], location: 'オンライン' },
		{ lines: ['一、日時　令和6年4月1日（月）14:00～16:00', '二、場所　オンライン'], location: 'オンライン' },
	])('$lines.0', ({ lines, location }) => {
		const result = parse(['テスト会議（第1回）議事要旨', ...lines, ...body]);
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting).toMatchObject({ date: '2024-04-01', start: '14:00', end: '16:00', location });
	});

	test.each([
		{ heading: '（構成員）', group: '構成員' },
		{ heading: '■構成員', group: '構成員' },
		{ heading: '＜構成員＞', group: '構成員' },
		{ heading: '●委員', group: '委員' },
		{ heading: '構成員', group: '構成員' },
	])('group heading $heading', ({ heading, group }) => {
		const result = parse(['テスト会議（第1回）議事要旨', '日時：令和6年4月1日', '出席者：', heading, '後藤座長、鶴飼構成員', ...body]);
		expect(result.meeting?.participants).toEqual([
			{
				group,
				members: [
					{ text: '後藤座長', name: '後藤', title: '座長', affiliation: null },
					{ text: '鶴飼構成員', name: '鶴飼', title: '構成員', affiliation: null },
				],
			},
		]);
	});

	test('欠席者 with its own group headings: 欠席者（構成員）', () => {
		const result = parse(['テスト会議（第1回）議事要旨', '日時：令和6年4月1日', '出席者：後藤座長', '欠席者：', '【構成員】', '篠田構成員', '【オブザーバー】', 'デジタル庁', ...body]);
		expect(result.meeting?.participants.map((g) => [g.group, g.members.map((m) => m.text)])).toEqual([
			['出席者', ['後藤座長']],
			['欠席者（構成員）', ['篠田構成員']],
			['欠席者（オブザーバー）', ['デジタル庁']],
		]);
	});

	test('full names with a full-width space inside stay one entry', () => {
		const result = parse(['テスト会議（第1回）議事要旨', '日時：令和6年4月1日', '出席者：', '後藤　尚久', '鶴飼　信一（横浜国立大学）', ...body]);
		expect(result.meeting?.participants[0]?.members.map((m) => m.text)).toEqual(['後藤　尚久', '鶴飼　信一（横浜国立大学）']);
	});
});

describe('texts that are not minutes get one clear error', () => {
	test.each([
		{ name: 'CSV', text: 'id,name,date,place\n1,後藤,2024-03-01,東京\n2,鶴飼,2024-03-02,大阪\n3,岡村,2024-03-03,名古屋', reason: 'CSV' },
		{ name: 'TSV', text: '番号\t氏名\t所属\n1\t後藤\t大学\n2\t鶴飼\t大学', reason: 'CSV' },
		{ name: 'source code', text: 'import { x } from "y";\n\n// 議事要旨を読む\nexport function read() {\n\tconst a = 1;\n\treturn a;\n}', reason: 'Japanese text' },
		{ name: 'code with Japanese comments', text: '// 議事要旨\nconst 議題 = 1;\n// 出席者の一覧\nlet 出席者 = [];\nfunction 読む() {\n}', reason: 'source code' },
		{ name: 'English text', text: 'Meeting minutes\n\nDate: 2024-03-01\n\nThe meeting was opened.', reason: 'Japanese text' },
		{ name: 'wrong encoding', text: '\uFFFD\uFFFD\uFFFD\uFFFD(\uFFFD42\uFFFD)\uFFFD\uFFFD\n1. \uFFFD\uFFFD) \uFFFD5\uFFFD2\uFFFD1\uFFFD', reason: 'encoding' },
		{ name: 'Latin-1 mojibake', text: 'ã\u0082µã\u0082¤ã\u0083\u0090ã\u0083¼\n1. æ\u0097¥æ\u0099\u0082) ä»¤å\u0092\u008c5å¹´', reason: 'Japanese text' },
	])('$name', ({ text, reason }) => {
		const result = parseMinutes(text, options);
		expect(result.meeting).toBeNull();
		expect(result.diagnostics).toEqual([{ severity: 'error', code: 'not-minutes', line: 1, message: expect.stringContaining(reason) }]);
	});
});

describe('every error names a line and what to fix', () => {
	test.each([
		{ name: 'unparsable 日時 line', lines: ['テスト会議（第1回）議事要旨', '', '日時：未定（調整中）', '議事概要', '本文。'], code: 'no-date', line: 3, hint: '未定（調整中）' },
		{ name: 'no 日時 at all', lines: ['テスト会議（第1回）議事要旨', '場所：オンライン', '議事概要', '本文。'], code: 'no-date', line: 1, hint: 'after the title' },
		{ name: 'impossible date', lines: ['テスト会議（第1回）議事要旨', '日時：平成31年2月29日', '議事概要', '本文。'], code: 'invalid-date', line: 2, hint: '2019-02' },
	])('$name', ({ lines, code, line, hint }) => {
		const result = parse(lines);
		expect(result.meeting).toBeNull();
		const errors = result.diagnostics.filter((d) => d.severity === 'error');
		expect(errors.map((d) => [d.code, d.line])).toEqual([[code, line]]);
		expect(errors[0]?.message).toContain(hint);
	});
});

describe('a dated document the council reader cannot make a record of is kept as a plain document', () => {
	test.each([
		{ name: 'no body label', lines: ['テスト会議（第1回）議事要旨', '1. 日時) 令和6年4月1日', '2. 場所) オンライン'], hint: '議事概要', series: 'テスト会議' },
		{ name: 'no series in the title', lines: ['議事要旨', '日時：令和6年4月1日', '議事概要', '本文。'], hint: '第42回', series: 'test' },
	])('$name', ({ lines, hint, series }) => {
		const result = parse(lines);
		expect(result.family).toBe('plain');
		expect(result.meeting).toMatchObject({ date: '2024-04-01', series, title: lines[0] });
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		const warning = result.diagnostics.find((d) => d.code === 'unknown-layout');
		expect(warning?.line).toBe(1);
		expect(warning?.message).toContain(hint);
	});

	test('without any date it stays an error', () => {
		const result = parse(['テスト会議（第1回）議事要旨', '2. 場所) オンライン', '議事概要', '本文。']);
		expect(result.meeting).toBeNull();
		expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['no-date']);
	});
});
