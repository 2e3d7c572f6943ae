/**
 * The assembly reader: local assembly 会議録 written here as DiscussNet/kensakusystem-style and
 * gijiroku-style exports (labelled and numbered headers, seat-numbered columns, per-character spaced
 * names, post and name columns, page markers, CRLF), checked field by field; the marker and label forms
 * one by one; speakers resolving to one person across two sittings; hostile text staying text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { toMdx } from '../../src/converter/mdx.ts';
import { parseMinutes, pickReader } from '../../src/parser/index.ts';
import { parseNameLabel, readPaddedName } from '../../src/parser/names.ts';
import { toSourceLines } from '../../src/parser/normalize.ts';
import { readTurn } from '../../src/parser/transcript.ts';
import type { Block, ParseResult } from '../../src/parser/types.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { remarkKey, type MeetingRecord } from '../../src/people/types.ts';
import { HOSTILE_TEXTS } from '../converter/hostile-cases.ts';
import { expectFaithfulMdx } from '../converter/mdx-check.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts/assembly');
const SEEDS = join(import.meta.dirname, '../../seeds');
const options = (source: string) => ({ source, sourceHash: 'c'.repeat(64) });
const parseFixture = (name: string): ParseResult => parseMinutes(readFileSync(join(DIR, name), 'utf8'), options(name));
const remarks = (result: ParseResult) => result.meeting?.remarks.map((remark) => [remark.speaker, remark.text]) ?? [];
const members = (result: ParseResult, group: string) => result.meeting?.participants.find((g) => g.group === group)?.members.map((m) => [m.text, m.name, m.title]);
function notes(result: ParseResult): string[] {
	const walk = (blocks: Block[]): string[] => blocks.flatMap((block) => (block.type === 'note' ? [block.text] : block.type === 'remark' ? walk(block.children) : []));
	return result.body.flatMap((section) => walk(section.children));
}

describe('市議会 第2号: 開催日/会議名 header, seat columns, post and name columns, ◎ headings, <PAGE> markers', () => {
	const result = parseFixture('city-plenary-2.txt');
	const meeting = result.meeting;

	test('read by the assembly reader without problems', () => {
		expect(result.family).toBe('assembly');
		expect(result.diagnostics).toEqual([]);
	});

	test('title, series (the assembly), session label, date, times and place', () => {
		expect(meeting).toMatchObject({
			title: 'みどり市議会 令和6年第4回定例会 第2号',
			series: 'みどり市議会',
			session: null,
			sessionLabel: '令和6年第4回定例会 第2号',
			date: '2024-11-29',
			start: '10:00',
			end: '11:32',
			location: '議場',
		});
	});

	test('出席議員 in two columns: one member each, the seat number kept in the text only', () => {
		expect(members(result, '出席議員')?.map(([, name]) => name)).toEqual(['山田 太郎', '佐藤 花子', '鈴木 太郎', '高橋 一郎', '田中 次郎', '伊藤 三郎', '渡辺 四郎', '齊藤 大介']);
		expect(members(result, '出席議員')?.[7]).toEqual(['12番\u3000\u3000齊藤\u3000大介', '齊藤 大介', null]);
		expect(meeting?.participants.map((group) => group.group)).toEqual(['出席議員', '説明のため出席した者', '事務局職員']);
	});

	test('説明のため出席した者 and 事務局職員: post and name columns', () => {
		expect(members(result, '説明のため出席した者')?.map(([, name, title]) => [name, title])).toEqual([
			['櫻田 宏', '市長'],
			['山口 一郎', '副市長'],
			['中村 花子', '教育長'],
			['小林 次郎', '総務部長'],
		]);
		expect(members(result, '事務局職員')?.map(([, name, title]) => [name, title])).toEqual([
			['加藤 五郎', '事務局長'],
			['吉田 六郎', '書記'],
		]);
	});

	test('議事日程 items, each linked to its ◎日程第N section', () => {
		expect(meeting?.agenda).toEqual([
			{ number: 1, title: '会議録署名議員の指名', section: 's2' },
			{ number: 2, title: '一般質問', section: 's3' },
		]);
		expect(meeting?.sections.map((section) => section.title)).toEqual(['開議の宣告', '日程第１　会議録署名議員の指名', '日程第２　一般質問']);
	});

	test('every turn is a remark; a wrapped line joins its paragraph; page markers are gone', () => {
		expect(remarks(result)).toEqual([
			['議長（鈴木太郎君）', 'おはようございます。\nただいまから本日の会議を開きます。'],
			['議長（鈴木太郎君）', '日程第１、会議録署名議員の指名を行います。\n本件は、会議規則の規定により、議長において、２番佐藤花子議員及び４番高橋一郎議員を指名いたします。'],
			['議長（鈴木太郎君）', '日程第２、一般質問を行います。\n順次発言を許します。１２番齊藤大介議員。'],
			['１２番（齊藤大介議員）', 'おはようございます。通告に従い、質問いたします。\nまず、防災対策についてです。市の備蓄の状況はどうなっていますか。\n次に、子育て支援について伺います。'],
			['議長（鈴木太郎君）', '市長。'],
			['市長（櫻田　宏）', '齊藤議員の御質問にお答えいたします。\n備蓄につきましては、計画どおり進めております。'],
			['議長（鈴木太郎君）', '以上で一般質問を終わります。\nお諮りいたします。本日はこれをもって散会したいと思いますが、これに御異議ありませんか。\n〔「異議なし」と呼ぶ者あり〕'],
			['議長（鈴木太郎君）', '御異議なしと認めます。よって、本日はこれをもって散会いたします。'],
		]);
		expect(JSON.stringify(result.body)).not.toContain('PAGE');
		expect(notes(result)).toEqual(['〔「異議なし」と呼ぶ者あり〕', '午前11時32分散会']);
	});
});

describe('市議会 第3号: numbered header, per-character spaced names, half-width seat numbers', () => {
	const result = parseFixture('city-plenary-3.txt');

	test('record fields', () => {
		expect(result.family).toBe('assembly');
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting).toMatchObject({ series: 'みどり市議会', sessionLabel: '令和6年第4回定例会 第3号', date: '2024-12-02', start: '13:00', end: '14:05', location: 'みどり市議会議場' });
	});

	test('spaced-out names are joined (no surname mark when the spacing does not tell)', () => {
		expect(members(result, '出席議員')?.map(([, name]) => name)).toEqual(['山田太郎', '佐藤花子', '鈴木太郎', '高橋一郎', '田中次郎', '伊藤三郎', '渡辺四郎', '齊藤大介']);
	});

	test('remarks per speaker', () => {
		expect(remarks(result).map(([speaker]) => speaker)).toEqual(['副議長（佐藤花子君）', '副議長（佐藤花子君）', '鈴木太郎君', '副議長（佐藤花子君）', '市長（櫻田　宏）', '副議長（佐藤花子君）']);
		expect(remarks(result)[2]?.[1]).toBe('通告に従い質問します。\n公共交通の見直しについて伺います。');
	});
});

describe('区議会 第1日 (CRLF): ○（名前議長）, ◎区長（名前）, ◆（名前君） markers, －N－ page markers, padded posts', () => {
	const result = parseFixture('ward-plenary.txt');
	const meeting = result.meeting;

	test('record fields', () => {
		expect(result.family).toBe('assembly');
		expect(result.diagnostics).toEqual([]);
		expect(meeting).toMatchObject({ title: 'あおば区議会 令和6年第4回定例会 第1日', series: 'あおば区議会', sessionLabel: '令和6年第4回定例会 第1日', date: '2024-12-27', start: '10:00', end: '11:15' });
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '会期の決定'],
			[2, '議案第１号　あおば区手数料条例の一部を改正する条例'],
		]);
	});

	test('members with the surname found from the spacing', () => {
		expect(members(result, '出席議員')?.map(([, name]) => name)).toEqual(['三浦芳一', '長谷川 秀徳', '望月 昇', '伊藤よしのり', '白井 正子']);
		expect(members(result, '説明のため出席した者')?.map(([, name, title]) => [name, title])).toEqual([
			['山本 亨', '区長'],
			['森 正一', '副区長'],
		]);
	});

	test('every speaker: count and texts; the page markers inside a speech are dropped', () => {
		expect(remarks(result)).toEqual([
			['（伊藤よしのり議長）', 'ただいまから令和６年第４回あおば区議会定例会を開会いたします。'],
			['（伊藤よしのり議長）', '日程第１、会期の決定を議題といたします。\n会期は、本日１日といたしたいと思いますが、御異議ありませんか。\n〔「異議なし」と呼ぶ者あり〕'],
			['（伊藤よしのり議長）', '御異議なしと認めます。\n日程第２、議案第１号を議題といたします。区長から提案理由の説明を求めます。'],
			['区長（山本亨）', '提案理由を御説明申し上げます。\n本案は、手数料の額を改めるものでございます。'],
			['（白井正子君）', '議案第１号について質疑します。\n改定の根拠をお示しください。'],
			['区長（山本亨）', '物価の動向を踏まえたものでございます。'],
			['（伊藤よしのり議長）', '以上で本日の日程は全部終了しました。これをもって閉会いたします。'],
		]);
	});
});

describe('assembly speaker markers and labels', () => {
	test.each([
		{ line: '○議長（鈴木太郎君）　ただいまから会議を開きます。', label: '議長（鈴木太郎君）', name: '鈴木太郎', title: '議長' },
		{ line: '○鈴木太郎君　質問します。', label: '鈴木太郎君', name: '鈴木太郎', title: '君' },
		{ line: '○（伊藤よしのり議長）　開会いたします。', label: '（伊藤よしのり議長）', name: '伊藤よしのり', title: '議長' },
		{ line: '○１２番（齊藤大介議員）　質問いたします。', label: '１２番（齊藤大介議員）', name: '齊藤大介', title: '議員' },
		{ line: '◎区長（山本亨）　お答えします。', label: '区長（山本亨）', name: '山本亨', title: '区長' },
		{ line: '◆（白井正子君）　質疑します。', label: '（白井正子君）', name: '白井正子', title: '君' },
		{ line: '○市長（櫻田　宏）　お答えします。', label: '市長（櫻田　宏）', name: '櫻田 宏', title: '市長' },
		{ line: '◯議長(竹野兼主議員)ただいまから会議を開きます。', label: '議長(竹野兼主議員)', name: '竹野兼主', title: '議長' },
		{ line: '◇教育長（中村花子君）　お答えします。', label: '教育長（中村花子君）', name: '中村花子', title: '教育長' },
		{ line: '●副議長（佐藤花子君）　休憩します。', label: '副議長（佐藤花子君）', name: '佐藤花子', title: '副議長' },
		{ line: '◎企画部長（井上直樹）　お答えします。', label: '企画部長（井上直樹）', name: '井上直樹', title: '企画部長' },
		{ line: '◎福祉部長（佐藤花子）　お答えします。', label: '福祉部長（佐藤花子）', name: '佐藤花子', title: '福祉部長' },
		{ line: '◎財政課長（井上直樹）　お答えします。', label: '財政課長（井上直樹）', name: '井上直樹', title: '財政課長' },
		{ line: '◎総務部長（井上直樹）　お答えします。', label: '総務部長（井上直樹）', name: '井上直樹', title: '総務部長' },
		{ line: '◎教育長（井上直樹）　お答えします。', label: '教育長（井上直樹）', name: '井上直樹', title: '教育長' },
		{ line: '◎上下水道局長（井上直樹）　お答えします。', label: '上下水道局長（井上直樹）', name: '井上直樹', title: '上下水道局長' },
		{ line: '◎健康福祉部長（森　花子）　お答えします。', label: '健康福祉部長（森　花子）', name: '森 花子', title: '健康福祉部長' },
	])('$label → $name / $title', ({ line, label, name, title }) => {
		expect(readTurn(line)?.label).toBe(label);
		expect(parseNameLabel(label)).toEqual({ name, title, affiliation: null });
	});

	test.each(['○出席議員（８人）', '◎開議の宣告', '△日程第１　会議録署名議員の指名', '○議事日程（第２号）', '○説明のため出席した者'])('%s is not a turn', (line) => {
		expect(readTurn(line)).toBeNull();
	});

	test.each([
		['佐藤　　勉', '佐藤 勉'],
		['原   彪', '原 彪'],
		['三 浦 芳 一', '三浦芳一'],
		['長谷川 秀 徳', '長谷川 秀徳'],
		['馬 場 栄一郎', '馬場 栄一郎'],
		['望 月   昇', '望月 昇'],
		['加藤常太郎', '加藤常太郎'],
	])('readPaddedName(%s) → %s', (cell, name) => {
		expect(readPaddedName(cell)).toBe(name);
	});
});

describe('persons across two sittings of one assembly', () => {
	const records: MeetingRecord[] = ['city-plenary-2.txt', 'city-plenary-3.txt'].map((name) => {
		const { meeting } = parseFixture(name);
		if (!meeting) throw new Error(`${name} did not parse`);
		return { id: entryId(meeting), data: meeting };
	});
	const index = resolvePeople(records);
	const personOf = (label: string): string[] =>
		[...new Set(records.flatMap((record) => record.data.remarks.filter((remark) => remark.speaker === label).map((remark) => index.byRemark.get(remarkKey(record.id, remark.id)) ?? '')))];

	test('○議長（鈴木太郎君）, ○鈴木太郎君 and the listed 鈴木　太郎 are one person, 議長 in the first sitting', () => {
		const [chair] = personOf('議長（鈴木太郎君）');
		expect(personOf('議長（鈴木太郎君）')).toHaveLength(1);
		expect(personOf('鈴木太郎君')).toEqual([chair]);
		const person = index.byId.get(chair ?? '');
		expect(person?.name).toBe('鈴木 太郎');
		expect(person?.attended).toEqual(records.map((record) => record.id));
		expect(person?.remarks).toHaveLength(7);
		expect(person?.labels).toEqual(expect.arrayContaining(['３番\u3000\u3000鈴木\u3000太郎', '議長（鈴木太郎君）', '鈴木太郎君']));
	});

	test('the seat-numbered speaker and the mayor resolve to the listed persons; nothing is left unresolved', () => {
		expect(index.byId.get(personOf('１２番（齊藤大介議員）')[0] ?? '')?.attended).toHaveLength(2);
		expect(personOf('市長（櫻田　宏）')).toHaveLength(1);
		expect(index.byId.get(personOf('市長（櫻田　宏）')[0] ?? '')?.name).toBe('櫻田 宏');
		expect(index.diagnostics).toEqual([]);
	});
});

describe('recognition', () => {
	test.each(readdirSync(DIR).filter((name) => name.endsWith('.txt')))('%s is read by the assembly reader', (name) => {
		const text = readFileSync(join(DIR, name), 'utf8');
		expect(pickReader({ text, lines: toSourceLines(text) }).family).toBe('assembly');
	});

	test.each(readdirSync(SEEDS).filter((name) => name.endsWith('.txt')))('seed %s stays with the council reader', (name) => {
		const text = readFileSync(join(SEEDS, name), 'utf8');
		expect(pickReader({ text, lines: toSourceLines(text) }).family).toBe('council');
	});
});

describe('hostile text in assembly speeches stays text', () => {
	const lines = ['令和６年第４回みどり市議会定例会会議録（第４号）', '開催日：令和６年１２月３日', '○出席議員（１人）', '　３番　鈴木　太郎', '　午前10時開議'];
	const speeches = HOSTILE_TEXTS.map((text) => text.trim()).filter((text) => text !== '' && !text.includes('\n'));
	const result = parseMinutes([...lines, ...speeches.map((text) => `○議長（鈴木太郎君）　${text}`), '　午前11時散会'].join('\n'), options('hostile.txt'));

	test('one remark per hostile speech, its text as written', () => {
		expect(result.family).toBe('assembly');
		expect(result.meeting?.remarks.map((remark) => remark.text)).toEqual(speeches);
	});

	test('the MDX keeps every speech as text', () => {
		expectFaithfulMdx(toMdx(result, 'series-x-2024-12-03'), result, 'series-x-2024-12-03');
	});
});
