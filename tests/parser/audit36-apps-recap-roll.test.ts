/**
 * An AI note taker's summary whose header lists those present (`参加者: …`) or whose points are bare phrases: the summary's
 * headings stay sections and its points their items (they had been groups and members of the roll, `参加者（ハイライト）`),
 * the header's roll is read once (the transcript's speakers had been added as a second `参加者`), and tl;dv's `ハイライト`,
 * the moments marked with their time into the recording, is such a heading over its moments, each an item.
 */
import { describe, expect, test } from 'vitest';
import type { ParseResult } from '../../src/parser/index.ts';
import { parseLines, rollsOf, turnsOf } from './unseen-helpers.ts';

/** The titles of the body's sections, the untitled start left out. */
function sectionTitles(result: ParseResult): string[] {
	return result.body.map((section) => section.title).filter((title) => title !== '');
}

/** The items of the lists of a section. */
function itemsOf(result: ParseResult, title: string): string[] {
	return (result.body.find((section) => section.title === title)?.children ?? []).flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.text) : []));
}

const TLDV = [
	'営業定例ミーティング',
	'2024年11月5日',
	'参加者: 森本 拓也, 高田 美咲, 井上 亮',
	'',
	'ハイライト',
	'00:03:10 新規顧客三社の提案書を今週中に作成',
	'00:12:45 展示会ブースの担当を決定',
	'',
	'文字起こし',
	'00:00:05 - 森本 拓也',
	'営業定例を始めます。先週の商談状況から共有してください。',
	'00:00:30 - 高田 美咲',
	'新規で三社と面談しました。',
	'00:05:02 - 井上 亮',
	'展示会のブースは私が担当します。',
];

const COPILOT = [
	'製品企画会議 - 会議の要約',
	'2024年10月16日',
	'参加者: 中島 裕子、村上 拓也',
	'',
	'会議の要約',
	'• 新製品の価格を議論',
	'',
	'フォローアップ タスク',
	'• 価格表の更新',
	'',
	'トランスクリプト',
	'中島 裕子   0:05',
	'それでは始めます。価格についてです。',
	'村上 拓也   0:20',
	'原価が上がっているので、据え置きは難しいです。',
];

describe('a summary under a header that lists those present', () => {
	test("tl;dv's highlights are a section of marked moments, the roll the header's", () => {
		const result = parseLines(TLDV, 'tldv_営業定例_2024-11-05.txt');
		expect(rollsOf(result)).toEqual([['参加者', ['null 森本 拓也', 'null 高田 美咲', 'null 井上 亮']]]);
		expect(sectionTitles(result)).toEqual(['ハイライト', '文字起こし']);
		expect(itemsOf(result, 'ハイライト')).toEqual(['00:03:10 新規顧客三社の提案書を今週中に作成', '00:12:45 展示会ブースの担当を決定']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['森本 拓也', '高田 美咲', '井上 亮']);
	});

	test("Copilot's points without a full stop are the summary's items, never the roll's", () => {
		const result = parseLines(COPILOT, 'Teams 会議の要約.txt');
		expect(rollsOf(result)).toEqual([['参加者', ['null 中島 裕子', 'null 村上 拓也']]]);
		expect(sectionTitles(result)).toEqual(['会議の要約', 'フォローアップ タスク', 'トランスクリプト']);
		expect(itemsOf(result, 'フォローアップ タスク')).toEqual(['価格表の更新']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['中島 裕子', '村上 拓也']);
	});
});
