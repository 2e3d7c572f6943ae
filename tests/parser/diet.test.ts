/**
 * The Diet reader: 国会会議録 as text, written here in the layouts of the 衆議院 and 参議院 (committee with
 * the 国会 line, 調査会 without it, 本会議 with kanji numbers and a roll after the transcript), checked field
 * by field; the turn, label and time forms one by one; hostile text staying text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toMdx } from '../../src/converter/mdx.ts';
import { findDate, findTimeRange, readSittingTime } from '../../src/parser/date.ts';
import { parseMinutes, pickReader } from '../../src/parser/index.ts';
import { parseNameLabel } from '../../src/parser/names.ts';
import { toSourceLines } from '../../src/parser/normalize.ts';
import { isPageMarker, isStageDirection, readTurn } from '../../src/parser/transcript.ts';
import type { Block, ParseResult } from '../../src/parser/types.ts';
import { HOSTILE_TEXTS } from '../converter/hostile-cases.ts';
import { expectFaithfulMdx } from '../converter/mdx-check.ts';

const DIR = join(import.meta.dirname, '../fixtures/layouts/diet');
const options = (source: string) => ({ source, sourceHash: 'b'.repeat(64) });
const parseFixture = (name: string): ParseResult => parseMinutes(readFileSync(join(DIR, name), 'utf8'), options(name));
/** Remarks as [speaker, text] pairs. */
const remarks = (result: ParseResult) => result.meeting?.remarks.map((remark) => [remark.speaker, remark.text]) ?? [];
/** Members of a group as [name, title]. */
const members = (result: ParseResult, group: string) => result.meeting?.participants.find((g) => g.group === group)?.members.map((m) => [m.name, m.title]);
/** Every note of the body, inside remarks or between them. */
function notes(result: ParseResult): string[] {
	const walk = (blocks: Block[]): string[] => blocks.flatMap((block) => (block.type === 'note' ? [block.text] : block.type === 'remark' ? walk(block.children) : []));
	return result.body.flatMap((section) => walk(section.children));
}

describe('衆議院 内閣委員会 with the 国会 line (full-width padding, …… list of others present, 休憩)', () => {
	const result = parseFixture('shugiin-committee.txt');
	const meeting = result.meeting;

	test('read by the Diet reader without problems', () => {
		expect(result.family).toBe('diet');
		expect(result.diagnostics).toEqual([]);
	});

	test('title, series, session label, date and times', () => {
		expect(meeting).toMatchObject({
			title: '第196回国会 衆議院 内閣委員会 第20号',
			series: '衆議院 内閣委員会',
			session: null,
			sessionLabel: '第196回国会 第20号',
			date: '2018-05-30',
			start: '09:00',
			end: '16:05',
			kind: 'minutes',
		});
	});

	test('出席委員: one member per name, padded names with one space, the role as title', () => {
		expect(members(result, '出席委員')).toEqual([
			['山際大志郎', '委員長'],
			['青山 周平', '理事'],
			['石原 宏高', '理事'],
			['佐藤 勉', '理事'],
			['池田 佳隆', null],
			['泉田 裕彦', null],
			['枝野 幸男', null],
			['早稲田夕季', null],
		]);
	});

	test('those present after the …… line: the post line and its bracket make the title', () => {
		expect(members(result, '出席者')).toEqual([
			['松山 政司', '国務大臣（科学技術政策担当）'],
			['田中 良生', '内閣府副大臣'],
			['山田 太郎', '政府参考人（内閣府大臣官房審議官）'],
			['長谷田晃二', '内閣委員会専門員'],
		]);
	});

	test('本日の会議に付した案件 is the agenda', () => {
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '政府参考人出頭要求に関する件'],
			[2, '科学技術基本法の一部を改正する法律案（内閣提出第四十号）'],
		]);
	});

	test('every turn is a remark with its paragraphs; ――◇―― starts a section', () => {
		expect(remarks(result)).toEqual([
			['山際委員長', 'これより会議を開きます。\n内閣提出、科学技術基本法の一部を改正する法律案を議題といたします。\nこの際、お諮りいたします。本案審査のため、本日、政府参考人として内閣府大臣官房審議官山田太郎君の出席を求め、説明を聴取いたしたいと存じますが、御異議ありませんか。\n〔「異議なし」と呼ぶ者あり〕'],
			['山際委員長', '御異議なしと認めます。よって、そのように決しました。'],
			['山際委員長', '質疑の申出がありますので、順次これを許します。枝野幸男君。'],
			['枝野委員', '立憲民主党の枝野でございます。\nまず、大臣に基本的な考え方を伺います。（発言する者あり）'],
			['松山国務大臣', 'お答えいたします。\n本案は、科学技術の振興を図るものでございます。'],
			['枝野委員', '具体的な予算の規模はどうなっていますか。'],
			['山田政府参考人', 'お答えいたします。\n予算の規模につきましては、現在精査中でございます。'],
			['枝野委員', '終わります。（拍手）'],
			['山際委員長', 'この際、休憩いたします。'],
			['山際委員長', '休憩前に引き続き会議を開きます。\n次回は、公報をもってお知らせすることとし、本日は、これにて散会いたします。'],
		]);
		expect(meeting?.remarks.map((remark) => remark.section)).toEqual(['s0', 's0', 's1', 's1', 's1', 's1', 's1', 's1', 's1', 's1']);
	});

	test('stage directions, 委員の異動 and sitting times are notes, never speakers', () => {
		expect(notes(result)).toEqual(
			expect.arrayContaining(['委員の異動', '〔「異議なし」と呼ぶ者あり〕', '午後零時三分休憩', '午後一時開議', '午後四時五分散会']),
		);
		expect(meeting?.remarks.some((remark) => /〔|異動|休憩$/u.test(remark.speaker))).toBe(false);
	});
});

describe('参議院 調査会 without the 国会 line (出席者は左のとおり, spaced-out roles, ○ agenda items)', () => {
	const result = parseFixture('sangiin-chosakai.txt');
	const meeting = result.meeting;

	test('series from the chair opening the sitting, the house from 開会; no session label', () => {
		expect(result.family).toBe('diet');
		expect(result.diagnostics).toEqual([]);
		expect(meeting).toMatchObject({ series: '参議院 国民生活・経済に関する調査会', date: '2018-05-31', start: '10:00', end: '11:58', session: null });
		expect(meeting?.sessionLabel).toBeUndefined();
	});

	test('出席者: role lines (理 事, 委 員, 国務大臣) give the title of the names below them', () => {
		expect(members(result, '出席者')).toEqual([
			['佐藤 勉', '会長'],
			['高橋 花子', '理事'],
			['中村 三郎', '理事'],
			['川田 次郎', '委員'],
			['田中 一郎', '委員'],
			['松山 政司', '国務大臣（内閣府特命担当大臣）'],
			['山田 太郎', '政府参考人（内閣府政策統括官）'],
		]);
	});

	test('a ○ agenda item wrapped over lines is one item', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['国民生活・経済に関する調査（「あらゆる立場の人々が参画できる社会の構築」のうち、障害者の社会参画について）']);
	});

	test('remarks per speaker: count and texts', () => {
		const bySpeaker = new Map<string, string[]>();
		for (const [speaker, text] of remarks(result)) bySpeaker.set(speaker ?? '', [...(bySpeaker.get(speaker ?? '') ?? []), text ?? '']);
		expect(Object.fromEntries([...bySpeaker].map(([speaker, texts]) => [speaker, texts.length]))).toEqual({
			'会長（佐藤勉君）': 4,
			'国務大臣（松山政司君）': 1,
			'政府参考人（山田太郎君）': 2,
			田中一郎君: 1,
		});
		expect(bySpeaker.get('田中一郎君')).toEqual(['一点だけ伺います。\n就労支援の予算はどう変わりましたか。\n〔発言する者あり〕']);
		expect(bySpeaker.get('国務大臣（松山政司君）')).toEqual(['御説明申し上げます。\n障害者の社会参画の推進について、政府の取組を申し上げます。']);
	});

	test('〔佐藤勉君会長席に着く〕 is a note before the first remark', () => {
		expect(notes(result)).toContain('〔佐藤勉君会長席に着く〕');
		expect(result.body[0]?.children.findIndex((block) => block.type === 'note' && block.text === '〔佐藤勉君会長席に着く〕')).toBeLessThan(
			result.body[0]?.children.findIndex((block) => block.type === 'remark') ?? -1,
		);
	});
});

describe('本会議 with kanji numbers in the 国会 line, 議事日程, 日程第一 headings and a roll after 散会', () => {
	const result = parseFixture('shugiin-plenary.txt');
	const meeting = result.meeting;

	test('the house is missing: a warning says so; the sitting started at 午後一時二分, not the 議事日程 time', () => {
		expect(result.family).toBe('diet');
		expect(result.diagnostics.map((d) => d.code)).toEqual(['no-house']);
		expect(meeting).toMatchObject({ title: '第196回国会 本会議 第30号', series: '本会議', sessionLabel: '第196回国会 第30号', date: '2018-06-01', start: '13:02', end: '13:20' });
	});

	test('議事日程 and 本日の会議に付した案件 give one item, linked to its 日程第一 section', () => {
		expect(meeting?.agenda).toEqual([{ number: 1, title: '科学技術基本法の一部を改正する法律案（内閣提出）', section: 's1' }]);
		expect(meeting?.sections.map((section) => section.title)).toEqual(['', '日程第一　科学技術基本法の一部を改正する法律案（内閣提出）', '']);
	});

	test('the roll printed after 散会 is read', () => {
		expect(members(result, '出席国務大臣')).toEqual([
			['安倍 晋三', '内閣総理大臣'],
			['松山 政司', '国務大臣'],
		]);
	});

	test('remarks: 議長 five times, the reporting chair once; 〔…登壇〕 and 〔賛成者起立〕 are notes in the remarks', () => {
		expect(remarks(result).map(([speaker]) => speaker)).toEqual(['議長（大島理森君）', '議長（大島理森君）', '山際大志郎君', '議長（大島理森君）', '議長（大島理森君）', '議長（大島理森君）']);
		expect(remarks(result)[2]?.[1]).toBe('ただいま議題となりました法律案につきまして、内閣委員会における審査の経過及び結果を御報告申し上げます。\n本案は、科学技術の振興を図るものであります。\n以上、御報告申し上げます。（拍手）');
		expect(notes(result)).toEqual(['〔山際大志郎君登壇〕', '〔賛成者起立〕', '午後一時二十分散会']);
	});
});

describe('turn lines', () => {
	test.each([
		{ line: '○会長（佐藤勉君）　ただいまから開会いたします。', label: '会長（佐藤勉君）', speech: 'ただいまから開会いたします。' },
		{ line: '○枝野幸男君　質問いたします。', label: '枝野幸男君', speech: '質問いたします。' },
		{ line: '○内閣総理大臣（安倍晋三君）　お答えいたします。', label: '内閣総理大臣（安倍晋三君）', speech: 'お答えいたします。' },
		{ line: '○山際委員長　これより会議を開きます。', label: '山際委員長', speech: 'これより会議を開きます。' },
		{ line: '○政府参考人（山田太郎君）　お答えします。', label: '政府参考人（山田太郎君）', speech: 'お答えします。' },
		{ line: '○安倍内閣総理大臣　お答えいたします。', label: '安倍内閣総理大臣', speech: 'お答えいたします。' },
		{ line: '○国務大臣（内閣府特命担当大臣）（松山政司君）　御説明します。', label: '国務大臣（内閣府特命担当大臣）（松山政司君）', speech: '御説明します。' },
		{ line: '○議長（大島理森君）これより会議を開きます。', label: '議長（大島理森君）', speech: 'これより会議を開きます。' },
		{ line: '○山際大志郎君', label: '山際大志郎君', speech: '' },
		{ line: '○田中副大臣　お答えいたします。', label: '田中副大臣', speech: 'お答えいたします。' },
		{ line: '○山田大臣政務官　お答えいたします。', label: '山田大臣政務官', speech: 'お答えいたします。' },
		{ line: '○鈴木副大臣　御説明いたします。', label: '鈴木副大臣', speech: '御説明いたします。' },
		{ line: '○上川大臣　お答えいたします。', label: '上川大臣', speech: 'お答えいたします。' },
		{ line: '○参考人（山田太郎君）　意見を申し述べます。', label: '参考人（山田太郎君）', speech: '意見を申し述べます。' },
		{ line: '○委員長（鈴木太郎君）　これより会議を開きます。', label: '委員長（鈴木太郎君）', speech: 'これより会議を開きます。' },
	])('$label', ({ line, label, speech }) => {
		expect(readTurn(line)).toEqual({ label, speech });
	});

	test.each([
		{ label: '田中副大臣', name: '田中', title: '副大臣' },
		{ label: '山田大臣政務官', name: '山田', title: '大臣政務官' },
		{ label: '上川大臣', name: '上川', title: '大臣' },
		{ label: '田中外務大臣', name: '田中', title: '外務大臣' },
		{ label: '政府参考人（山田太郎君）', name: '山田太郎', title: '政府参考人' },
		{ label: '参考人（山田太郎君）', name: '山田太郎', title: '参考人' },
	])('$label → $name / $title', ({ label, name, title }) => {
		expect(parseNameLabel(label)).toEqual({ name, title, affiliation: null });
	});

	test.each(['○外務大臣　答弁します。', '○財務副大臣　答弁します。'])('%s (a post alone) is not a turn', (line) => {
		expect(readTurn(line)).toBeNull();
	});

	test.each(['○本日の会議に付した案件', '○委員の辞任及び補欠選任の件', '〔佐藤勉君会長席に着く〕', '（拍手）', '○出席議員（26人）', '◎開議の宣告', '　本案は可決されました。'])('%s is not a turn', (line) => {
		expect(readTurn(line)).toBeNull();
	});

	test.each(['〔佐藤勉君会長席に着く〕', '（拍手）', '（発言する者あり）', '　　〔「異議なし」と呼ぶ者あり〕'])('%s is a stage direction', (line) => {
		expect(isStageDirection(line)).toBe(true);
	});

	test.each([
		['<PAGE="3">', true],
		['－3－', true],
		['- 12 -', true],
		['（拍手）', false],
		['第3号', false],
	] as const)('%s is a page marker: %s', (line, expected) => {
		expect(isPageMarker(line)).toBe(expected);
	});
});

describe('Diet labels as persons', () => {
	test.each([
		{ label: '会長（佐藤勉君）', name: '佐藤勉', title: '会長' },
		{ label: '枝野幸男君', name: '枝野幸男', title: '君' },
		{ label: '内閣総理大臣（安倍晋三君）', name: '安倍晋三', title: '内閣総理大臣' },
		{ label: '山際委員長', name: '山際', title: '委員長' },
		{ label: '政府参考人（山田太郎君）', name: '山田太郎', title: '政府参考人' },
		{ label: '安倍内閣総理大臣', name: '安倍', title: '内閣総理大臣' },
		{ label: '松山国務大臣', name: '松山', title: '国務大臣' },
		{ label: '山田政府参考人', name: '山田', title: '政府参考人' },
		{ label: '向山事務総長', name: '向山', title: '事務総長' },
	])('$label → $name / $title', ({ label, name, title }) => {
		expect(parseNameLabel(label)).toEqual({ name, title, affiliation: null });
	});
});

describe('Diet dates and times', () => {
	test.each([
		['平成三十年五月三十日（水曜日）', '2018-05-30'],
		['令和元年十月四日(金曜日)', '2019-10-04'],
		['昭和四十四年五月二十九日(木曜日)', '1969-05-29'],
	])('%s → %s', (text, iso) => {
		const found = findDate(text);
		expect(found?.ok && found.iso).toBe(iso);
		expect(found?.ok && found.warnings).toEqual([]);
	});

	test.each([
		['午後三時開議', '15:00'],
		['午前十時開会', '10:00'],
		['午前十時五分', '10:05'],
		['午後零時二十五分', '12:25'],
		['午前零時', '00:00'],
		['午後四時五十九分', '16:59'],
		['午前10時00分', '10:00'],
	])('findTimeRange(%s) starts at %s', (text, start) => {
		expect(findTimeRange(text)?.start).toBe(start);
	});

	test.each([
		['    午前九時開議', { event: '開議', clock: '09:00' }],
		['午前十時開会', { event: '開会', clock: '10:00' }],
		['　　　　午後四時五分散会', { event: '散会', clock: '16:05' }],
		['散会', { event: '散会', clock: null }],
		['午後零時三分休憩', { event: '休憩', clock: '12:03' }],
		['午後一時再開', { event: '再開', clock: '13:00' }],
		['午後五時閉会', { event: '閉会', clock: '17:00' }],
		['=開会 午前10時0分=', { event: '開会', clock: '10:00' }],
		['（午後２時35分散会）', { event: '散会', clock: '14:35' }],
		['午前10時00分 開議', { event: '開議', clock: '10:00' }],
	])('readSittingTime(%s)', (line, expected) => {
		expect(readSittingTime(line)).toEqual({ ...expected, item: false });
	});

	test.each([
		['(1) 開会  午前10時30分', { event: '開会', clock: '10:30' }],
		['（５）閉会　午前11時45分', { event: '閉会', clock: '11:45' }],
		['１　開会　午前10時00分', { event: '開会', clock: '10:00' }],
		['1   午前10時00分 開議', { event: '開議', clock: '10:00' }],
		['3. 散会 午後4時', { event: '散会', clock: '16:00' }],
	])('readSittingTime(%s): an item of a numbered list, with its clock', (line, expected) => {
		expect(readSittingTime(line)).toEqual({ ...expected, item: true });
	});

	test.each(['これより会議を開きます。', '午後三時', '本日は散会いたします。', '開議の宣告', '２　開会', '(1) 開会', '10 散会'])('%s is not a sitting line', (line) => {
		expect(readSittingTime(line)).toBeNull();
	});
});

describe('recognition', () => {
	test.each(readdirSync(DIR).filter((name) => name.endsWith('.txt')))('%s is read by the Diet reader', (name) => {
		const text = readFileSync(join(DIR, name), 'utf8');
		expect(pickReader({ text, lines: toSourceLines(text) }).family).toBe('diet');
	});

	test('CRLF line ends read the same', () => {
		const text = readFileSync(join(DIR, 'shugiin-committee.txt'), 'utf8');
		const crlf = parseMinutes(text.replace(/\n/g, '\r\n'), options('shugiin-committee.txt'));
		expect(crlf.meeting).toEqual(parseFixture('shugiin-committee.txt').meeting);
	});
});

describe('hostile text in Diet speeches stays text', () => {
	const lines = ['第196回国会 衆議院 内閣委員会 第21号', '平成三十年六月一日（金曜日）', '　　　　午前九時開議', '　出席委員', '　　　委員長 山際大志郎君'];
	const speeches = HOSTILE_TEXTS.map((text) => text.trim()).filter((text) => text !== '');
	const result = parseMinutes([...lines, ...speeches.map((text) => `○山際委員長　${text}`), '　　　　午前十時散会'].join('\n'), options('hostile.txt'));

	test('one remark per hostile speech, its text as written (lines of a multi-line speech joined in order)', () => {
		const texts = result.meeting?.remarks.map((remark) => remark.text) ?? [];
		expect(texts).toHaveLength(speeches.length);
		for (const [index, speech] of speeches.entries()) {
			if (!speech.includes('\n')) expect(texts[index]).toBe(speech);
			else expect(texts[index]?.replace(/\s/gu, '')).toBe(speech.replace(/\s/gu, ''));
		}
	});

	test('the MDX keeps every speech as text', () => {
		expectFaithfulMdx(toMdx(result, 'series-x-2018-06-01'), result, 'series-x-2018-06-01');
	});
});

describe('printed 会議録 whose title is set over two lines, and a 本会議 that does not name its house', () => {
	const committee = parseMinutes(
		[
			'第２１３回国会　衆議院',
			'',
			'総務委員会議録　第七号',
			'',
			'令和六年三月二十九日（金曜日）',
			'    午前九時開議',
			' 出席委員',
			'   委員長 古田 康弘君',
			'    ―――――――――――――',
			'○古田委員長　これより会議を開きます。',
			'    ―――――――――――――',
			'    午前九時三十分散会',
		].join('\n'),
		options('committee.txt'),
	);

	test('`第２１３回国会　衆議院` over `総務委員会議録　第七号` is one title: the Diet reader, series 衆議院 総務委員会 (its 会 kept)', () => {
		expect(committee.family).toBe('diet');
		expect(committee.meeting).toMatchObject({ series: '衆議院 総務委員会', title: '第213回国会 衆議院 総務委員会 第7号', date: '2024-03-29', start: '09:00' });
	});

	const plenary = parseMinutes(
		[
			'令和六年六月十四日（金曜日）',
			'   午前十時一分開議',
			'    ━━━━━━━━━━━━━',
			' 議事日程　第二十六号',
			'  令和六年六月十四日',
			'   午前十時開議',
			' 第一　国家公務員の育児休業等に関する法律の一部を改正する法律案（内閣提出、衆議院送付）',
			' 第二　地方自治法の一部を改正する法律案（内閣提出、衆議院送付）',
			'    ━━━━━━━━━━━━━',
			'○本日の会議に付した案件',
			' 一、日程第一及び第二',
			'     ─────・─────',
			'○議長（山東昭夫君）　これより会議を開きます。',
			'○議長（山東昭夫君）　本日はこれにて散会いたします。',
			'   午前十一時散会',
		].join('\n'),
		options('plenary.txt'),
	);

	test('a bill sent from the 衆議院 is before the 参議院: the house of a sitting that does not name its own', () => {
		expect(plenary.meeting?.series).toBe('参議院 本会議');
	});

	test('`一、日程第一及び第二` names the items of the 議事日程, no item of its own', () => {
		expect(plenary.meeting?.agenda.map((item) => item.title)).toEqual([
			'国家公務員の育児休業等に関する法律の一部を改正する法律案（内閣提出、衆議院送付）',
			'地方自治法の一部を改正する法律案（内閣提出、衆議院送付）',
		]);
	});
});

describe('a 参議院 roll whose officials\' posts wrap onto the entry\'s line', () => {
	const result = parseMinutes(
		[
			'第二百十三回国会　参議院　環境委員会会議録第八号',
			'',
			'令和六年五月二十三日（木曜日）',
			'   午前十時開会',
			'    ─────────────',
			'  出席者は左のとおり。',
			'    委員長         滝口 和真君',
			'   政府参考人',
			'       環境省大臣官房',
			'       環境保健部長   荒木 正人君',
			'       環境省水・大気',
			'       環境局長     土井 勝則君',
			'    ─────────────',
			'○委員長（滝口和真君）　ただいまから環境委員会を開会いたします。',
			'   午前十一時散会',
		].join('\n'),
		options('sangiin.txt'),
	);

	test('the first line of a wrapped post is kept with the rest (`環境省大臣官房` + `環境保健部長`), never dropped', () => {
		expect(members(result, '出席者')).toEqual([
			['滝口 和真', '委員長'],
			['荒木 正人', '政府参考人（環境省大臣官房環境保健部長）'],
			['土井 勝則', '政府参考人（環境省水・大気環境局長）'],
		]);
		expect(result.meeting?.series).toBe('参議院 環境委員会');
	});
});
