/**
 * A note taker's notes whose header lists those present one a line under `参加者` (tl;dv's `- 佐野 恵美`, three names or
 * more) over its `ハイライト` and `アクションアイテム`: each heading a section and its moments and tasks its items, the roll
 * the names listed (the file had been read as minutes, the last highlight's turn taking `アクションアイテム` and its tasks);
 * the series is the meeting's name without the note taker's name for its notes (`- tl;dv のメモ`).
 */
import { describe, expect, test } from 'vitest';
import type { ParseResult } from '../../src/parser/index.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

/** The items of the lists of a section. */
function itemsOf(result: ParseResult, title: string): string[] {
	return (result.body.find((section) => section.title === title)?.children ?? []).flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.text) : []));
}

const NOTES = [
	'仕入れ定例 - tl;dv のメモ',
	'2025年9月2日',
	'',
	'参加者',
	'- 増田 光',
	'- 小川 紗季',
	'- 永井 悠斗',
	'- 桜井 舞',
	'',
	'ハイライト',
	'[00:42] 増田 光: 秋冬物の発注を今月中に締めます。',
	'[03:15] 小川 紗季: 生地の値上がりが続いています。',
	'[07:58] 永井 悠斗: 代わりの仕入れ先を二社当たります。',
	'',
	'アクションアイテム',
	'- 永井 悠斗: 仕入れ先の見積もりを集める',
	'- 桜井 舞: 発注数の一覧を更新',
];

describe('tl;dv notes with the roll listed one a line', () => {
	const result = parseLines(NOTES, 'tldv_仕入れ定例.txt');
	test('has its highlights and its action items as sections of items', () => {
		expect(itemsOf(result, 'ハイライト')).toEqual(['00:42 増田 光: 秋冬物の発注を今月中に締めます。', '03:15 小川 紗季: 生地の値上がりが続いています。', '07:58 永井 悠斗: 代わりの仕入れ先を二社当たります。']);
		expect(itemsOf(result, 'アクションアイテム')).toEqual(['永井 悠斗: 仕入れ先の見積もりを集める', '桜井 舞: 発注数の一覧を更新']);
		expect(turnsOf(result)).toEqual([]);
	});
	test('has the listed names as its roll and the meeting as its series', () => {
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['増田 光', '小川 紗季', '永井 悠斗', '桜井 舞']);
		expect(result.meeting?.date).toBe('2025-09-02');
		expect(result.meeting?.series).toBe('仕入れ定例');
	});
});
