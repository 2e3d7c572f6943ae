/** Layout variants of the same family and broken inputs (diagnostics instead of exceptions). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import type { ParseResult } from '../../src/parser/types.ts';

const options = { source: 'test.txt', sourceHash: 'a'.repeat(64) };
const parse = (text: string): ParseResult => parseMinutes(text, options);
const seed000 = readFileSync(join(import.meta.dirname, '../../seeds/000_4b9a63a9ace8ebce.txt'), 'utf8');
const codes = (result: ParseResult) => result.diagnostics.map((d) => [d.severity, d.code, d.line]);

describe('line endings and BOM', () => {
	const reference = parse(seed000);

	test('CRLF gives the same result', () => {
		expect(parse(seed000.replace(/\n/g, '\r\n'))).toEqual(reference);
	});

	test('CR only gives the same result', () => {
		expect(parse(seed000.replace(/\n/g, '\r'))).toEqual(reference);
	});

	test('a BOM is ignored', () => {
		const result = parse(`\uFEFF${seed000.replace(/\n/g, '\r\n')}`);
		expect(result).toEqual(reference);
		expect(result.meeting?.title.startsWith('サイバー')).toBe(true);
	});
});

describe('full-width layout: １．日時）, kanji numerals, ○ speakers', () => {
	const text = [
		'ＩＣＴ研究会（第三回）議事録',
		'',
		'１．日時）令和六年四月一日（月）午後2時～4時',
		'２．場所）総務省　第１会議室',
		'３．出席者）',
		'＜構成員＞',
		'山田座長、鈴木構成員',
		'４．配付資料',
		'資料１　研究会の進め方',
		'資料２－１　論点整理（案）（非公開）',
		'５．議事',
		'（１）開会',
		'（２）議題',
		'議題（一）「研究会の進め方について」事務局より説明。',
		'○山田座長　進め方について確認したい。',
		'○鈴木構成員',
		'賛成である。',
		'（３）閉会',
	].join('\n');
	const result = parse(text);

	test('header', () => {
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting).toMatchObject({
			title: 'ＩＣＴ研究会（第三回）議事録',
			series: 'ＩＣＴ研究会',
			seriesSlug: expect.stringMatching(/^series-[0-9a-f]{8}$/),
			session: 3,
			kind: 'minutes',
			date: '2024-04-01',
			start: '14:00',
			end: '16:00',
			location: '総務省　第１会議室',
			participants: [{ group: '構成員', members: [{ text: '山田座長', name: '山田' }, { text: '鈴木構成員', name: '鈴木' }] }],
			handouts: [
				{ id: '資料１', title: '研究会の進め方', note: null },
				{ id: '資料２－１', title: '論点整理（案）', note: '非公開' },
			],
			agenda: [{ number: 1, title: '研究会の進め方について', section: 's3' }],
		});
	});

	test('body', () => {
		expect(result.meeting?.sections.map((s) => s.title)).toEqual(['開会', '議題', '議題（一）研究会の進め方について', '閉会']);
		expect(result.meeting?.remarks.map((r) => [r.id, r.speaker, r.text, r.line])).toEqual([
			['r1', '山田座長', '進め方について確認したい。', 15],
			['r2', '鈴木構成員', '賛成である。', 16],
		]);
	});
});

describe('Markdown-decorated headers and other speaker layouts', () => {
	const text = [
		'# テスト研究会（第1回）議事要旨',
		'',
		'**1. 日時**：2024年4月1日（月）14:00～16:00',
		'',
		'■ 場所：オンライン',
		'',
		'### 3. 出席者',
		'',
		'**【構成員】**',
		'',
		'山田座長、鈴木構成員',
		'',
		'## 4. 配布資料',
		'',
		'資料1 テスト',
		'',
		'## 5. 議事概要',
		'',
		'### (1) 開会',
		'',
		'**(2) 議事**',
		'',
		'山田座長：本文です。',
		'',
		'【鈴木構成員】',
		'',
		'賛成です。**強調**も > 引用もそのまま。',
	].join('\n');
	const result = parse(text);

	test('decoration is removed from structure, kept in text', () => {
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting).toMatchObject({
			title: 'テスト研究会（第1回）議事要旨',
			series: 'テスト研究会',
			session: 1,
			date: '2024-04-01',
			start: '14:00',
			end: '16:00',
			location: 'オンライン',
			participants: [{ group: '構成員', members: [{ text: '山田座長' }, { text: '鈴木構成員' }] }],
			handouts: [{ id: '資料1', title: 'テスト', note: null }],
		});
		expect(result.meeting?.sections.map((s) => s.title)).toEqual(['開会', '議事']);
		expect(result.meeting?.remarks.map((r) => [r.speaker, r.text])).toEqual([
			['山田座長', '本文です。'],
			['鈴木構成員', '賛成です。**強調**も > 引用もそのまま。'],
		]);
	});
});

describe('broken inputs give error diagnostics, never exceptions', () => {
	const header = ['テスト研究会（第1回）議事要旨', '', '1. 日時) 令和5年2月1日（水）16:00～18:00', '2. 場所) オンライン'];
	const body = ['5. 議事概要', '(1) 開会', '後藤座長)', '開会する。'];

	test.each(['', '   \n\n\t', '\uFEFF'])('empty text %j', (text) => {
		const result = parse(text);
		expect(result.meeting).toBeNull();
		expect(codes(result)).toEqual([['error', 'empty', null]]);
	});

	test('no title: the first line is already a section; kept as a plain document titled by that line', () => {
		const result = parse([...header.slice(2), ...body].join('\n'));
		expect(result.family).toBe('plain');
		expect(result.meeting).toMatchObject({ date: '2023-02-01', start: '16:00', end: '18:00' });
		expect(codes(result)).toEqual([['warning', 'unknown-layout', 1]]);
		expect(result.diagnostics[0]?.message).toContain('no title found');
	});

	test('no date: the message says what line to add', () => {
		const result = parse([header[0], '', header[3], ...body].join('\n'));
		expect(result.meeting).toBeNull();
		expect(codes(result)).toEqual([['error', 'no-date', 1]]);
		expect(result.diagnostics[0]?.message).toContain('1. 日時) 令和5年2月1日（水）16:00～18:00');
		expect(result.diagnostics[0]?.message).toContain('after the title (line 1)');
	});

	test('a date section without a date points at its line', () => {
		const result = parse([header[0], '', '1. 日時) 未定', header[3], ...body].join('\n'));
		expect(codes(result)).toEqual([['error', 'no-date', 3]]);
		expect(result.diagnostics[0]?.message).toMatch(/未定/);
	});

	test('an impossible date (令和5年2月30日) is an error at its line', () => {
		const result = parse([header[0], '', '1. 日時) 令和5年2月30日（木）16:00～18:00', header[3], ...body].join('\n'));
		expect(result.meeting).toBeNull();
		expect(codes(result)).toEqual([['error', 'invalid-date', 3]]);
		expect(result.diagnostics[0]?.message).toContain('令和5年2月30日');
	});

	test.each([
		{ name: 'no body section', text: header.join('\n'), missing: 'no minutes text found' },
		{ name: 'a body with nothing in it', text: [...header, '5. 議事概要', '', '   '].join('\n'), missing: 'nothing recognizable' },
	])('$name: kept as a plain document of its lines, with a warning naming what is missing', ({ text, missing }) => {
		const result = parse(text);
		expect(result.family).toBe('plain');
		expect(result.meeting).toMatchObject({ title: header[0], series: 'テスト研究会', session: 1, date: '2023-02-01' });
		expect(codes(result)).toEqual([['warning', 'unknown-layout', 1]]);
		expect(result.diagnostics[0]?.message).toContain(missing);
		expect(result.body.flatMap((s) => s.children).length).toBeGreaterThan(0);
	});

	test('warnings keep the record: unknown section, empty group, bad handout line, weekday', () => {
		const result = parse(
			[
				header[0],
				'',
				'1. 日時) 令和5年2月1日（木）16:00～18:00',
				header[3],
				'3. 出席者)',
				'【構成員】',
				'【オブザーバー】',
				'デジタル庁',
				'4. 配付資料',
				'配付資料は別紙のとおり',
				'資料1 本体',
				'6. 備考) 特になし',
				...body,
			].join('\n'),
		);
		expect(result.meeting).not.toBeNull();
		expect(codes(result)).toEqual([
			['warning', 'weekday-mismatch', 3],
			['warning', 'empty-group', 6],
			['warning', 'unparsed-handout', 10],
			['warning', 'unknown-section', 12],
		]);
		expect(result.diagnostics.find((d) => d.code === 'unknown-section')?.message).toContain('備考');
	});

	test('a stray line between the title and 1. 日時 is a warning, not the start of the text', () => {
		const result = parse([header[0], '（開催案内）', ...header.slice(2), ...body].join('\n'));
		expect(result.meeting?.date).toBe('2023-02-01');
		expect(codes(result)).toEqual([['warning', 'unknown-line', 2]]);
	});

	test('a record that fails the schema is reported, not thrown', () => {
		const result = parseMinutes([...header, ...body].join('\n'), { source: 'x.txt', sourceHash: 'not-a-hash' });
		expect(result.meeting).toBeNull();
		expect(result.diagnostics).toEqual([{ severity: 'error', code: 'invalid-record', line: null, message: expect.stringContaining('sourceHash') }]);
		expect(result.body.length).toBeGreaterThan(0);
	});

	test.each([
		'（）',
		')',
		'【】\n【',
		'1.\n2.\n3.',
		'資料\n議題（「」',
		'○\n○)\n：',
		'\u0000\u0001',
		'第回（第回）\n5. 議事概要\n(1)',
		'テスト（第1回）議事要旨\n1. 日時) 令和元年\n5. 議事概要\n本文',
	])('garbage %j does not throw', (text) => {
		expect(() => parse(text)).not.toThrow();
		const result = parse(text);
		expect(result.meeting === null || result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
	});
});
