/**
 * Gemini's notes of a Google Meet meeting saved as text: the next steps under `推奨される次のステップ`, each with its owner in
 * brackets (`[中島 優子] キャンペーン案の修正: …`, bulleted `* ` or not), are points of the notes, no one's turns (each had been
 * a remark of its owner, the notes' last lines with it).
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const NOTES = (bullet: string): string[] => [
	'企画会議 - 2025/03/04 10:00 JST - Gemini によるメモ',
	'',
	'招待済み 中島 優子 大西 亮 藤田 恵',
	'',
	'まとめ',
	'中島 優子さんが春のキャンペーン案を説明し、大西 亮さんと藤田 恵さんが予算について意見を述べました。',
	'',
	'推奨される次のステップ',
	`${bullet}[中島 優子] キャンペーン案の修正: 店頭販促の比率を見直した案を作成する。`,
	`${bullet}[藤田 恵] 効果測定: 測定指標の案をまとめる。`,
];

/** Every list item's text of a parse, in order. */
function itemsOf(blocks: readonly Block[]): string[] {
	return blocks.flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.text) : block.type === 'remark' ? itemsOf(block.children) : []));
}

describe('Gemini’s next steps with their owners in brackets', () => {
	test.each(['', '* '])('are points of the notes (bullet %j)', (bullet) => {
		const result = parseLines(NOTES(bullet), 'gemini.txt');
		expect(result.meeting?.title).toBe('企画会議');
		expect(turnsOf(result)).toEqual([]);
		expect(result.body.flatMap((section) => itemsOf(section.children))).toEqual(['[中島 優子] キャンペーン案の修正: 店頭販促の比率を見直した案を作成する。', '[藤田 恵] 効果測定: 測定指標の案をまとめる。']);
	});
});
