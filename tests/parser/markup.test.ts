/**
 * The markup reader: Markdown and reStructuredText minutes of associations, civic-tech groups and
 * open-source projects (fixtures in tests/fixtures/layouts/markup/), read field by field; speaker
 * turns as remarks, nested lists and links kept; recognition kept away from council minutes that
 * only use Markdown decoration.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMinutes, pickReader } from '../../src/parser/index.ts';
import { toSourceLines } from '../../src/parser/normalize.ts';
import { seriesOf } from '../../src/parser/readers/markup-title.ts';
import { parseRst } from '../../src/parser/readers/rst.ts';
import type { Block, BodySection, ListBlock, ParseResult } from '../../src/parser/types.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/layouts/markup');
const SEEDS = join(import.meta.dirname, '../../seeds');

function parse(text: string, source = 'x.md'): ParseResult {
	return parseMinutes(text, { source, sourceHash: '0'.repeat(64) });
}

function fixture(name: string): ParseResult {
	return parse(readFileSync(join(FIXTURES, name), 'utf8'), name);
}

/** Members of each group as `text=name/title`. */
function people(result: ParseResult): [string, string[]][] {
	return (result.meeting?.participants ?? []).map((group) => [group.group, group.members.map((m) => `${m.text}=${m.name}/${m.title}`)]);
}

/** Every block of a body, depth first (remark children and nested lists included). */
function* blocks(body: readonly BodySection[] | readonly Block[]): Generator<Block> {
	for (const node of body) {
		if ('children' in node && !('type' in node)) {
			yield* blocks(node.children);
			continue;
		}
		const block = node as Block;
		yield block;
		if (block.type === 'remark') yield* blocks(block.children);
	}
}

/** A list as nested arrays of item texts: `['a', ['b', ['c']]]`. */
function tree(list: ListBlock): unknown[] {
	return list.items.flatMap((item) => [item.text, ...(item.children ?? []).map(tree)]);
}

/** Every link of the body as `text → url`. */
function links(result: ParseResult): string[] {
	const out: string[] = [];
	const add = (text: string, spans: { start: number; end: number; url: string }[] | undefined) => {
		for (const span of spans ?? []) out.push(`${text.slice(span.start, span.end)} → ${span.url}`);
	};
	const addList = (list: ListBlock) => {
		for (const item of list.items) {
			add(item.text, item.links);
			for (const inner of item.children ?? []) addList(inner);
		}
	};
	for (const block of blocks(result.body)) {
		if (block.type === 'paragraph') add(block.text, block.links);
		if (block.type === 'list') addList(block);
	}
	return out;
}

describe.each([
	{
		name: 'list-fields.md',
		title: '第5回 理事会 議事録',
		series: '理事会',
		session: 5,
		date: '2024-05-10',
		start: '19:00',
		end: '21:00',
		location: '市民活動センター 会議室B（オンライン併用）',
		participants: [
			['参加者', ['山田=山田/null', '佐藤（書記）=佐藤/書記', '鈴木=鈴木/null', '高橋理事=高橋/理事']],
			['欠席', ['田中=田中/null']],
			['記録', ['佐藤=佐藤/null']],
		],
		agenda: [
			[1, '2024年度予算案', 's1'],
			[2, '会員規約の改定', 's2'],
			[3, '次回イベント', 's3'],
		],
		sections: [
			['s1', '2024年度予算案', 15],
			['s2', '会員規約の改定', 27],
			['s3', '次回イベント', 34],
		],
		remarks: [
			['r1', '山田', 's1', 17, '予算案を説明した。詳細は予算案PDFを参照。\n収入は会費と助成金\n助成金は市の補助金の申請中\n支出は会場費が中心'],
			['r2', '鈴木', 's1', 21, '会場費の見直しを提案。'],
			['r3', '高橋理事', 's1', 24, '予備費の割合は10%でよいか確認したい。事務局案のままで問題ないと考える。'],
			['r4', '佐藤（書記）', 's2', 29, '第3条の改定案を読み上げた。\n改定案は https://github.com/example/bylaws/pull/7 で公開\n意見募集は5月末まで'],
			['r5', '山田さん', 's3', 38, '告知は来週から始めたい。'],
		],
		links: [
			'予算案PDF → https://example.org/docs/budget-2024.pdf',
			'市の補助金 → https://example.org/city?id=12&y=2024',
			'https://github.com/example/bylaws/pull/7 → https://github.com/example/bylaws/pull/7',
		],
	},
	{
		name: 'table-header.md',
		title: 'Code for Sample 定例会 議事録 2024-03-12',
		series: 'Code for Sample 定例会',
		session: null,
		date: '2024-03-12',
		start: '20:00',
		end: '21:30',
		location: 'オンライン（Zoom）',
		participants: [['参加者', ['伊藤=伊藤/null', '中村（司会）=中村/司会', '小林=小林/null', '加藤=加藤/null']]],
		agenda: [
			[1, '前回の振り返り', 's1'],
			[2, 'ハッカソンの準備', 's2'],
			[3, 'その他', 's3'],
		],
		sections: [
			['s1', '前回の振り返り', 20],
			['s2', 'ハッカソンの準備', 27],
			['s3', 'その他', 40],
		],
		remarks: [
			['r1', '中村（司会）', 's1', 22, '前回のアクションを確認した。\n☑ 会場の仮予約（小林）\n☐ 告知文の作成（加藤）'],
			['r2', '伊藤', 's2', 29, 'データセットはhttps://data.example.jp/opendata/から取得する。'],
			['r3', '小林', 's2', 31, '会場は40名まで。\n当日の流れ\n開会・説明\nチーム分け\n3〜4名ずつ\n発表\n参加費は無料'],
		],
		links: [
			'https://data.example.jp/opendata/ → https://data.example.jp/opendata/',
			'https://example.jp/minutes/ → https://example.jp/minutes/',
		],
	},
	{
		name: 'setext.md',
		title: 'NPO法人サンプル 第12回 運営会議 議事録',
		series: 'NPO法人サンプル 運営会議',
		session: 12,
		date: '2024-07-03',
		start: '18:30',
		end: '20:00',
		location: '事務所 2階',
		participants: [
			['書記', ['木村=木村/null']],
			['出席者', ['理事長 小川=小川/理事長', '井上理事=井上/理事', '木村（事務局）=木村/事務局', '林 オブザーバー=林/オブザーバー']],
			['欠席', ['清水=清水/null', '森=null/null']],
		],
		agenda: [],
		sections: [
			['s1', '報告事項', 18],
			['s2', '審議事項', 29],
		],
		remarks: [
			['r1', '井上理事', 's1', 26, 'SNSの投稿頻度を週2回に増やした。フォロワー数は順調に増えている。'],
			['r2', '小川理事長', 's2', 32, '夏のイベント開催について諮りたい。'],
			['r3', '木村（事務局）', 's2', 34, '会場の候補は次の2か所です。\n公民館\n図書館の多目的室'],
		],
		links: [],
	},
	{
		name: 'field-list.rst',
		title: '第3回 運営委員会 議事録',
		series: '運営委員会',
		session: 3,
		date: '2023-11-08',
		start: '19:30',
		end: '21:00',
		location: 'オンライン',
		participants: [
			['出席者', ['斎藤=斎藤/null', '松本=松本/null', '山口（会計）=山口/会計', '岡田=岡田/null']],
			['欠席', ['前田=前田/null']],
			['記録', ['松本=松本/null']],
		],
		agenda: [
			[1, '会計報告', 's1'],
			[2, '年次総会の準備', 's2'],
		],
		sections: [
			['s1', '会計報告', 17],
			['s2', '年次総会の準備', 29],
			['s3', '日程案', 35],
		],
		remarks: [
			['r1', '山口', 's1', 20, '10月の収支を報告した。\n会費収入は予定どおり\n振込手数料が増えている\n口座の見直しを検討'],
			['r2', '斎藤', 's2', 32, '総会の資料は 共有フォルダ に置いた。各自確認すること。'],
		],
		links: ['共有フォルダ → https://drive.example.com/folder/abc', 'https://example.org/agm → https://example.org/agm'],
	},
	{
		name: 'underline.rst',
		title: 'OSSサンプルプロジェクト コア開発者ミーティング 議事録',
		series: 'OSSサンプルプロジェクト コア開発者ミーティング',
		session: null,
		date: '2025-01-20',
		start: '21:00',
		end: '22:00',
		location: 'Jitsi https://meet.example.net/oss-sample',
		participants: [
			['コアチーム', ['青木=青木/null', '石井=石井/null']],
			['コントリビューター', ['上野さん=上野/null', '遠藤さん=遠藤/null']],
			['書記', ['石井=石井/null']],
		],
		agenda: [
			[1, 'リリース計画', 's1'],
			[2, 'CI の移行', 's2'],
		],
		sections: [
			['s1', 'リリース計画', 12],
			['s2', 'CI の移行', 23],
		],
		remarks: [
			['r1', '青木', 's1', 15, 'v2.0 のリリースを2月に予定している。破壊的変更の一覧は Issue #120 にまとめた。\n残タスク\nドキュメントの更新\n移行ガイド（担当: 上野さん）'],
			['r2', '遠藤さん', 's2', 26, 'GitHub Actions への移行を進めている。'],
			['r3', '石井', 's2', 27, 'キャッシュ設定は actions/cache を使う。'],
		],
		links: ['Issue #120 → https://github.com/example/sample/issues/120'],
	},
])('$name', (expected) => {
	const result = fixture(expected.name);
	const meeting = result.meeting!;

	test('is read by the markup reader without problems', () => {
		expect(result.family).toBe('markup');
		expect(result.diagnostics).toEqual([]);
		expect(meeting).not.toBeNull();
	});

	test('title, series, session, kind', () => {
		expect([meeting.title, meeting.series, meeting.session, meeting.kind]).toEqual([expected.title, expected.series, expected.session, 'minutes']);
	});

	test('date, times, place', () => {
		expect([meeting.date, meeting.start, meeting.end, meeting.location]).toEqual([expected.date, expected.start, expected.end, expected.location]);
	});

	test('participants: one member per name, name and role apart', () => {
		expect(people(result)).toEqual(expected.participants);
	});

	test('agenda items point at their sections', () => {
		expect(meeting.agenda.map((item) => [item.number, item.title, item.section])).toEqual(expected.agenda);
	});

	test('headings are the sections', () => {
		expect(meeting.sections.map((section) => [section.id, section.title, section.line])).toEqual(expected.sections);
		expect(result.body.map((section) => section.id)).toEqual(expected.sections.map(([id]) => id));
	});

	test('every speaker turn is a remark with its text', () => {
		expect(meeting.remarks.map((remark) => [remark.id, remark.speaker, remark.section, remark.line, remark.text])).toEqual(expected.remarks);
	});

	test('links are kept as spans over the text', () => {
		expect(links(result)).toEqual(expected.links);
	});
});

describe('structure kept in the body', () => {
	test('nested lists stay nested, three levels deep (Markdown)', () => {
		const remark = fixture('list-fields.md').body[0]!.children[0]!;
		expect(remark.type).toBe('remark');
		const list = (remark.type === 'remark' ? remark.children : []).find((block) => block.type === 'list') as ListBlock;
		expect(tree(list)).toEqual(['収入は会費と助成金', ['助成金は市の補助金の申請中'], '支出は会場費が中心']);
	});

	test('ordered lists keep their numbering, nested bullets under them (Markdown)', () => {
		const section = fixture('table-header.md').body.find((s) => s.id === 's2')!;
		const remark = section.children.find((block) => block.type === 'remark' && block.speaker === '小林');
		const list = remark?.type === 'remark' ? (remark.children[1] as ListBlock) : null;
		expect(list && tree(list)).toEqual(['当日の流れ', ['開会・説明', 'チーム分け', ['3〜4名ずつ'], '発表'], '参加費は無料']);
		expect(list?.items[0]?.children?.[0]?.ordered).toBe(true);
	});

	test('nested bullets by indentation and an enumerated list (reST)', () => {
		const result = fixture('field-list.rst');
		const remark = result.body[0]!.children[0]!;
		const list = remark.type === 'remark' ? (remark.children[1] as ListBlock) : null;
		expect(list && tree(list)).toEqual(['会費収入は予定どおり', '振込手数料が増えている', ['口座の見直しを検討']]);
		expect([...blocks(result.body)].filter((b) => b.type === 'list' && b.ordered)).toEqual([]);
	});

	test('a literal block stays text with its indentation', () => {
		const last = fixture('field-list.rst').body.at(-1)!.children.at(-1);
		expect(last).toEqual({ type: 'paragraph', text: '決議事項の雛形\n  - 議案1', line: 45 });
	});

	test('field items in the body stay list text, not speakers or fields', () => {
		const result = fixture('list-fields.md');
		const section = result.body.find((s) => s.id === 's3')!;
		expect(section.children[0]).toEqual({ type: 'list', line: 36, items: [{ text: '日時: 6月15日(土) 13:00〜', line: 36 }, { text: '担当: 鈴木', line: 37 }] });
		expect(result.meeting?.date).toBe('2024-05-10');
	});

	test('a table inside a turn keeps each row a paragraph of its own, its cells separated by tabs (they had been one list joined by 「 | 」)', () => {
		const head = ['会場', ...Array.from({ length: 11 }, (_, index) => `${((index + 3) % 12) + 1}月`)];
		const row = ['会議室B', ...Array.from({ length: 11 }, (_, index) => (index % 3 === 0 ? '予約済' : '空き'))];
		const result = parse(
			['# 第6回 理事会 議事録', '', '- 日時: 2024年6月7日(金) 19:00〜20:00', '- 参加者: 鈴木, 山田', '', '## 夏祭りの準備', '', '鈴木: 空き状況を表にまとめた。', '', `| ${head.join(' | ')} |`, `|${' --- |'.repeat(12)}`, `| ${row.join(' | ')} |`, `| [公民館](https://example.org/hall) | ${row.slice(1).join(' | ')} |`].join('\n'),
		);
		const remark = result.body.flatMap((section) => section.children).find((block) => block.type === 'remark');
		expect(remark?.type === 'remark' ? remark.children.map((block) => [block.type, block.type === 'paragraph' ? block.text : '']) : []).toEqual([
			['paragraph', '空き状況を表にまとめた。'],
			['paragraph', head.join('\t')],
			['paragraph', row.join('\t')],
			['paragraph', ['公民館', ...row.slice(1)].join('\t')],
		]);
		const linked = remark?.type === 'remark' ? remark.children[3] : undefined;
		expect(linked?.type === 'paragraph' ? linked.links : undefined).toEqual([{ start: 0, end: 3, url: 'https://example.org/hall' }]);
		// The table's head names its columns: the page reads it as their headers.
		expect(remark?.type === 'remark' ? remark.children.map((block) => (block.type === 'paragraph' ? (block.cells ?? null) : null)) : []).toEqual([null, 'head', 'row', 'row']);
		expect(result.meeting?.remarks[0]?.text).toBe(['空き状況を表にまとめた。', head.join('\t'), row.join('\t'), ['公民館', ...row.slice(1)].join('\t')].join('\n'));
	});

	test('code spans and task boxes stay text', () => {
		expect(fixture('list-fields.md').meeting?.remarks[2]?.text).toContain('10%');
		expect(fixture('table-header.md').meeting?.remarks[0]?.text).toContain('☑ 会場の仮予約');
	});
});

describe('field forms and speaker forms', () => {
	const head = (fields: string[], body: string[] = ['## 議事', '', '山田理事: 開会した。']) => ['# 第1回 理事会 議事録', '', ...fields, '', ...body].join('\n');
	test.each([
		['list items', ['- 日時: 2024年5月10日(金) 19:00〜21:00', '- 場所: 会議室']],
		['bold keys with full-width colons', ['**日時**：2024年5月10日(金) 19:00〜21:00', '**場所**：会議室']],
		['bold keys in list items', ['- **日時**: 2024年5月10日(金) 19:00〜21:00', '- **場所**: 会議室']],
		['plain key lines', ['日時: 2024年5月10日(金) 19:00〜21:00', '場所: 会議室']],
		['a table without a header row of names', ['| 日時 | 2024年5月10日(金) 19:00〜21:00 |', '| --- | --- |', '| 場所 | 会議室 |']],
		['spaced keys', ['- 日　時: 2024年5月10日(金) 19:00〜21:00', '- 場　所: 会議室']],
		['field headings', ['## 日時', '', '2024年5月10日(金) 19:00〜21:00', '', '## 場所', '', '会議室']],
		['a time field of its own', ['- 日付: 2024/5/10', '- 時間: 19:00〜21:00', '- 会場: 会議室']],
	])('%s', (_label, fields) => {
		const result = parse(head(fields));
		expect(result.family).toBe('markup');
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting).toMatchObject({ date: '2024-05-10', start: '19:00', end: '21:00', location: '会議室' });
		expect(result.meeting?.remarks.map((r) => [r.speaker, r.text])).toEqual([['山田理事', '開会した。']]);
	});

	test.each([
		['colon after a listed name', '- 山田: 賛成。', '山田', '賛成。'],
		['bold name and full-width colon', '**山田**：賛成。', '山田', '賛成。'],
		['name with a role and a closing bracket', '山田理事）賛成。', '山田理事', '賛成。'],
		['lenticular brackets', '【佐藤（書記）】賛成。', '佐藤（書記）', '賛成。'],
		['an office', '議長: 次の議題に移る。', '議長', '次の議題に移る。'],
		['an office with a short sentence', '- 事務局: 資料を配布。', '事務局', '資料を配布。'],
		['name with さん', '- 鈴木さん：賛成。', '鈴木さん', '賛成。'],
		['Latin name listed as a participant', '- Alice: LGTM.', 'Alice', 'LGTM.'],
	])('speaker: %s', (_label, line, speaker, text) => {
		const result = parse(head(['- 日時: 2024年5月10日', '- 参加者: 山田, 佐藤（書記）, Alice'], ['## 議事', '', line]));
		expect(result.meeting?.remarks.map((r) => [r.speaker, r.text])).toEqual([[speaker, text]]);
	});

	test.each([
		['a field key', '- 決定事項: 予算案を承認。'],
		['a person field key inside the body', '- 担当: 山田'],
		['an unlisted bare name', '- 田中: 欠席の連絡あり。'],
		['a thing with a bracket', '- 予算（案）: 承認。'],
		['a URL', '- https://example.org: 資料'],
		['a role and who held it', '- 司会: 山田'],
	])('not a speaker: %s', (_label, line) => {
		const result = parse(head(['- 日時: 2024年5月10日', '- 参加者: 山田, 佐藤'], ['## 議事', '', line]));
		expect(result.meeting?.remarks).toEqual([]);
	});

	test('a headingless document: fields first, then remarks by an office and by listed names', () => {
		const result = parse(['# 第2回 理事会 議事録', '', '- 日時: 2024年5月10日', '- 参加者: 山田, 佐藤', '', '議長: 開会を宣言した。', '', '- 山田: 賛成。', '- 佐藤: 反対。'].join('\n'));
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting?.sections.map((s) => [s.id, s.title])).toEqual([['s0', '']]);
		expect(result.meeting?.remarks.map((r) => [r.speaker, r.text])).toEqual([['議長', '開会を宣言した。'], ['山田', '賛成。'], ['佐藤', '反対。']]);
	});

	test('only http(s) and mailto links are kept; others stay text', () => {
		const result = parse(head(['- 日時: 2024年5月10日'], ['## 議事', '', '[a](https://a.example/) [b](javascript:alert(1)) [c](mailto:x@example.org) [d](./local.md) `[e](https://e.example/)`']));
		expect(links(result)).toEqual(['a → https://a.example/', 'c → mailto:x@example.org']);
		expect(result.body[0]?.children[0]).toMatchObject({ type: 'paragraph', text: 'a b c d [e](https://e.example/)' });
	});

	test('participants: nested groups, an editorial note, a role group', () => {
		const result = parse(head(['- 日時: 2024年5月10日', '- 出席者（敬称略）:', '  - 理事: 山田、佐藤', '  - 鈴木（監事）', '- 理事: 高橋', '- 欠席: 田中（敬称略）']));
		expect(result.meeting?.participants).toEqual([
			{ group: '理事', members: [
				{ text: '山田', name: '山田', title: '理事', affiliation: null },
				{ text: '佐藤', name: '佐藤', title: '理事', affiliation: null },
				{ text: '高橋', name: '高橋', title: '理事', affiliation: null },
			] },
			{ group: '出席者', members: [{ text: '鈴木（監事）', name: '鈴木', title: '監事', affiliation: null }] },
			{ group: '欠席', note: '敬称略', members: [{ text: '田中', name: '田中', title: null, affiliation: null }] },
		]);
	});

	test('a people heading with council-style groups (【構成員】, 事務局：…) and bracket notes', () => {
		const result = parse(head(['日時：令和5年2月1日（水）16:00～18:00', '', '## 出席者', '', '【構成員】（敬称略）', '後藤座長、鶴飼構成員', '事務局：佐藤（書記）']));
		expect(result.family).toBe('markup');
		expect(people(result)).toEqual([
			['構成員', ['後藤座長=後藤/座長', '鶴飼構成員=鶴飼/構成員']],
			['事務局', ['佐藤（書記）=佐藤/書記']],
		]);
		expect(result.meeting?.participants[0]?.note).toBe('敬称略');
		expect(result.meeting).toMatchObject({ date: '2023-02-01', start: '16:00', end: '18:00' });
	});

	test('front matter gives the title and date when there is no heading or field', () => {
		const result = parse(['---', 'title: 第2回 運営会議 議事録', 'date: 2024-06-01', '---', '', '- 参加者: 山田, 佐藤', '', '## 議事', '', '- 山田: 開会。'].join('\n'));
		expect(result.family).toBe('markup');
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting).toMatchObject({ title: '第2回 運営会議 議事録', series: '運営会議', session: 2, date: '2024-06-01' });
		expect(result.meeting?.remarks.map((r) => [r.speaker, r.line])).toEqual([['山田', 10]]);
	});

	test('a date only in the title is used; one only in the text is used with a warning', () => {
		expect(parse('# 2024-05-10 運営会議 議事録\n\n## 議事\n\n- 開会').meeting).toMatchObject({ date: '2024-05-10', series: '運営会議' });
		const loose = parse('# 運営会議 議事録\n\n2024年5月10日に開催。\n\n## 議事\n\n- 開会');
		expect(loose.meeting?.date).toBe('2024-05-10');
		expect(loose.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'unlabelled-date', 3]]);
	});

	test('an invalid date is an error on its line, not a fallback', () => {
		const result = parse(head(['- 日時: 2024年2月30日']));
		expect(result.meeting).toBeNull();
		expect(result.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['error', 'invalid-date', 3]]);
	});
});

describe('series from the title', () => {
	test.each([
		['第5回 理事会 議事録', '理事会'],
		['理事会（第5回）議事録', '理事会'],
		['NPO法人サンプル 第12回 運営会議 議事録', 'NPO法人サンプル 運営会議'],
		['2024年度 第3回 運営会議 議事録', '運営会議'],
		['令和6年度第２回　総会　議事録', '総会'],
		['Code for Sample 定例会 議事録 2024-03-12', 'Code for Sample 定例会'],
		['定例会（2024年3月12日）', '定例会'],
		['議事録', null],
	])('%s → %s', (title, series) => {
		expect(seriesOf(title)).toBe(series);
	});
});

describe('recognition', () => {
	const seeds = ['000_4b9a63a9ace8ebce.txt', '001_ec7056b31d2680ae.txt', '002_d4558a656d2fbe59.txt', '003_6e08e22d860207df.txt', '004_c23fb2ce36a4535e.txt'];
	const family = (text: string) => pickReader({ text, lines: toSourceLines(text) }).family;

	test.each(seeds)('seed %s stays with the council reader', (name) => {
		expect(family(readFileSync(join(SEEDS, name), 'utf8'))).toBe('council');
	});

	test.each([
		['Markdown-decorated council minutes (numbered header sections)', '# テスト研究会（第1回）議事要旨\n\n**1. 日時**：2024年4月1日\n\n## 5. 議事概要\n\n- 本文', 'council'],
		['plain text with a # line later', '理事会 議事録\n\n日時: 2024年5月10日\n# 見出し風\n- 項目', 'council'],
		['a heading and no Markdown structure after it', '# 理事会 議事録\n\n日時: 2024年5月10日', 'council'],
		['ATX title and list fields', '# 理事会 議事録\n\n- 日時: 2024年5月10日', 'markup'],
		['Setext title and a table', '理事会 議事録\n===\n\n| 日時 | 2024年5月10日 |\n| --- | --- |', 'markup'],
		['front matter and a list', '---\ntitle: 理事会\n---\n\n- 日時: 2024年5月10日', 'markup'],
		['overlined reST title', '=====\n 理事会 議事録\n=====\n\n日時は2024年5月10日。', 'markup'],
		['underlined reST title and a field list', '理事会 議事録\n=============\n\n:日時: 2024年5月10日', 'markup'],
	])('%s → %s', (_label, text, expected) => {
		expect(family(text)).toBe(expected);
	});
});

describe('reST subset', () => {
	const root = (text: string) => parseRst(toSourceLines(text));

	test('title styles get depths in order of first use; lines kept', () => {
		const tree = root('=====\n 題 \n=====\n\n節\n====\n\n小節\n----\n\n節2\n===\n');
		expect(tree.children.map((node) => (node.type === 'heading' ? [node.depth, node.position?.start.line] : node.type))).toEqual([
			[1, 2],
			[2, 5],
			[3, 8],
			[2, 11],
		]);
	});

	test('field values continue on indented lines; nested lists under fields', () => {
		const tree = root(':場所: 市民会館\n    第2会議室\n:参加者:\n    - 理事: 山田\n    - 佐藤\n');
		const list = tree.children[0];
		expect(list?.type).toBe('list');
		const items = list?.type === 'list' ? list.children : [];
		expect(items.map((item) => item.children.map((child) => child.type))).toEqual([['paragraph'], ['paragraph', 'list']]);
	});

	test('comments and directives other than admonitions are dropped, admonition text kept', () => {
		const tree = root('.. コメント\n   見えない\n\n.. image:: x.png\n\n.. note::\n\n   注記の本文\n\n本文\n');
		expect(tree.children.map((node) => node.type === 'paragraph' && node.children.map((c) => ('value' in c ? c.value : '')).join(''))).toEqual(['注記の本文', '本文']);
	});
});

describe('team minutes titled only 議事録', () => {
	const text = [
		'# 議事録',
		'',
		'日時: 2024/5/10 (金) 21:00-22:05',
		'参加者: alice, bob, 山本, kenta',
		'',
		'## 議論',
		'',
		'alice: マイルストーンの残りは12件。',
		'',
		'- 山本: Crowdinを使う案を出しました。',
		'- bob: 翻訳の品質チェックは誰がやる？',
		'  - 山本: 日本語は私がレビューします。',
		'  - 補足：用語集を先に作る。',
		'- alice: 無料プランを確認します。',
		'  - 対象はOSSのみ',
		'',
	].join('\n');

	test('are read as Markdown minutes: the document word names the series, with a warning that says how to name the body', () => {
		const result = parse(text, 'weekly.md');
		expect(result.family).toBe('markup');
		expect(result.meeting).toMatchObject({ title: '議事録', series: '議事録', date: '2024-05-10', start: '21:00', end: '22:05', kind: 'minutes' });
		expect(result.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'no-series', 1]]);
		expect(result.diagnostics[0]?.message).toContain('会議名');
	});

	test('a nested item that opens with a speaker is that speaker’s reply, after the remark it answers; other nested items stay with the latest remark', () => {
		const meeting = parse(text, 'weekly.md').meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['alice', 'マイルストーンの残りは12件。'],
			['山本', 'Crowdinを使う案を出しました。'],
			['bob', '翻訳の品質チェックは誰がやる？'],
			['山本', '日本語は私がレビューします。\n補足：用語集を先に作る。'],
			['alice', '無料プランを確認します。\n対象はOSSのみ'],
		]);
	});

	test('a title with neither a body nor a document word is still an error', () => {
		const result = parse(text.replace('# 議事録', '# 2024/5/10'), 'weekly.md');
		expect(result.family).not.toBe('markup');
	});
});

describe('a team’s Markdown notes that name who spoke after each point', () => {
	const result = parseMinutes(
		[
			'# 営業企画チーム 定例会 議事録',
			'',
			'## 日時',
			'2024/10/03(木) 10:00〜11:00',
			'',
			'## 出席者(敬称略)',
			'- 木下(リーダー)',
			'- 栗原',
			'- 村田(マーケティング部)',
			'',
			'## 議題',
			'1. 下期キャンペーンの進捗（栗原）',
			'',
			'## 議論内容',
			'- LP の公開が 1 週間遅れている。デザイン確定待ち(栗原)',
			'  - 確定は来週月曜の見込み(村田)',
			'- 検索広告は予定どおり継続(休止中)',
			'',
			'## 宿題',
			'- [ ] 代理店への説明資料(木下)',
		].join('\n'),
		{ source: 'teirei.md', sourceHash: '0'.repeat(64) },
	);

	test('a point with a listed participant in brackets at its end is that participant’s remark, a reply nested under it too', () => {
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['栗原', 'LP の公開が 1 週間遅れている。デザイン確定待ち'],
			['村田', '確定は来週月曜の見込み'],
		]);
	});

	test('a bracket that names no participant, a numbered item and a task stay as written', () => {
		const text = JSON.stringify(result.body);
		expect(text).toContain('検索広告は予定どおり継続(休止中)');
		expect(text).toContain('☐ 代理店への説明資料(木下)');
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['下期キャンペーンの進捗（栗原）']);
	});
});

describe('an assembly\'s sitting exported to Markdown', () => {
	const result = parse(
		[
			'# 令和6年第3回つばさ市議会定例会 会議録（第3号）',
			'',
			'- 日時: 令和6年9月10日（火）午前10時開議',
			'',
			'## 出席議員（2名）',
			'',
			'- 江藤 真理',
			'- 小島 雅人',
			'',
			'## 説明のため出席した者',
			'',
			'- 市長: 松下 恭一',
			'- 副市長: 吉村 紀夫',
			'- 健康福祉部長: 北条 明',
			'',
			'## 開議',
			'',
			'**○議長（橋本哲也君）** ただいまから本日の会議を開きます。',
		].join('\n'),
		'assembly.md',
	);

	test('the rolls under `## 出席議員` and `## 説明のため出席した者` are groups; `市長: 松下 恭一` is the 市長, never a turn', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['出席議員', [['江藤 真理', null], ['小島 雅人', null]]],
			['説明のため出席した者', [['松下 恭一', '市長'], ['吉村 紀夫', '副市長'], ['北条 明', '健康福祉部長']]],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（橋本哲也君）']);
	});
});

describe('a research group\'s minutes with front matter and a table of members', () => {
	const result = parse(
		[
			'---',
			'title: 第7回 地域交通まちづくり研究会',
			'date: 2024-05-10',
			'location: オンライン(Zoom)',
			'---',
			'',
			'# 第7回 地域交通まちづくり研究会 議事録',
			'',
			'## 出席者',
			'',
			'| 氏名 | 役割 | 所属 |',
			'|------|------|------|',
			'| 中西 健一 | 座長 | ひがし大学 |',
			'| 三浦 さやか | 事務局 | ひがし市 交通政策課 |',
			'',
			'## 議事',
			'',
			'三浦（事務局）: 4月の利用者数は延べ612人でした。',
			'',
			'中西（座長）: 事務局で改善案をまとめてください。',
		].join('\n'),
		'kenkyukai.md',
	);

	test('a member listed with a spaced name speaks by the surname (`三浦（事務局）:`); the front matter\'s location is the place', () => {
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['三浦（事務局）', '中西（座長）']);
		expect(result.meeting?.location).toBe('オンライン(Zoom)');
	});
});

describe('a meeting template whose heading joins the fields (`## 日時/場所/参加者`)', () => {
	const result = parse(
		[
			'# 議事録 - 会員管理システム刷新についての打ち合わせ',
			'',
			'## 日時/場所/参加者',
			'',
			'- 日時: 2024/04/22 15:00-16:30',
			'- 場所: 本社5F 第2会議室',
			'- 参加者(敬称略)',
			'    - 佐伯(主催)',
			'    - 江藤',
			'    - 小西(記)',
			'',
			'## アジェンダ',
			'',
			'1. 現行システムの課題の整理',
			'',
			'## 議事詳細',
			'',
			'- 検索が遅い。条件検索に30秒以上かかる。(江藤)',
		].join('\n'),
		'template.md',
	);

	test('the fields under the joined heading are read, the names listed, their points attributed', () => {
		expect(result.meeting).toMatchObject({ date: '2024-04-22', start: '15:00', end: '16:30', location: '本社5F 第2会議室' });
		expect(result.meeting?.participants.map((group) => group.members.map((member) => [member.name, member.title]))).toEqual([[['佐伯', '主催'], ['江藤', null], ['小西', '記']]]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['現行システムの課題の整理']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['江藤']);
		expect(result.diagnostics.map((d) => d.code)).not.toContain('unlabelled-date');
	});
});

describe('a Markdown record whose speech is a table (`| 発言者 | 発言内容 |`)', () => {
	const text = [
		'# 総務産業常任委員会 記録',
		'',
		'- 日時: 2024年12月10日(火) 10:00〜11:05',
		'',
		'## 審査の経過',
		'',
		'| 発言者 | 発言内容 |',
		'| --- | --- |',
		'| 井口委員長 | ただいまから総務産業常任委員会を開会します。 |',
		'| 宇野総務課長 | 議案第45号について御説明いたします。 |',
		'| 井口委員長 | ほかに質疑はありませんか。<br>（「なし」の声あり）<br>質疑を終結します。 |',
		'| （委員） | 異議なし。 |',
	].join('\n');
	const result = parseMinutes(text, { source: 'a.md', sourceHash: '0'.repeat(64) });

	test('each row is its speaker’s remark, the cell’s line breaks kept as lines', () => {
		expect(result.family).toBe('markup');
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text, remark.line])).toEqual([
			['井口委員長', 'ただいまから総務産業常任委員会を開会します。', 9],
			['宇野総務課長', '議案第45号について御説明いたします。', 10],
			['井口委員長', 'ほかに質疑はありませんか。\n（「なし」の声あり）\n質疑を終結します。', 11],
			['（委員）', '異議なし。', 12],
		]);
	});
});

describe('a Notion page exported to Markdown, its participants written without a space', () => {
	const text = [
		'# プロダクト定例 2024-06-11',
		'',
		'日付: 2024年6月11日 10:00 (JST) → 11:00',
		'参加者: 山田太郎, 佐藤花子, 鈴木一郎',
		'',
		'## 議事',
		'',
		'- 山田: 6月リリースはCSV出力と権限設定の2機能に絞りたい。',
		'- 佐藤: 権限設定はQAに3日必要なので、18日の締切は厳しい。',
		'- 伊藤: 参加者でない人の行はそのまま。',
	].join('\n');
	const result = parseMinutes(text, { source: 'a.md', sourceHash: '0'.repeat(64) });

	test('`- 山田: …` is a turn of 山田太郎 (the first characters of a name written without the space)', () => {
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['山田', '6月リリースはCSV出力と権限設定の2機能に絞りたい。'],
			['佐藤', '権限設定はQAに3日必要なので、18日の締切は厳しい。'],
		]);
	});
});
