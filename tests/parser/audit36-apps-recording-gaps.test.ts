/**
 * What a recording lacks or holds besides words, in square brackets alone on a line between a transcript's turns
 * (`[音声なし]`, `［聞き取れず］`, `[同時発話]`, `[拍手]`), as transcription apps mark it: a note beside the words of the turn
 * it interrupts (it had headed a part of its own, the turns after it under it), a heading in square brackets still one.
 */
import { describe, expect, test } from 'vitest';
import type { ParseResult } from '../../src/parser/index.ts';
import { notesOf, parseLines, turnsOf } from './unseen-helpers.ts';

/** The titles of the body's sections, the untitled start left out. */
function sectionTitles(result: ParseResult): string[] {
	return result.body.map((section) => section.title).filter((title) => title !== '');
}

const NOTTA = [
	'開発会議',
	'2024-12-02 10:00:00',
	'',
	'野村 健太  00:00',
	'おはようございます。開発会議を始めます。',
	'[音声なし]',
	'菅原 あかり  00:12',
	'先週のバグ修正は全件完了しました。',
	'［聞き取れず］',
	'野村 健太  00:35',
	'ありがとうございます。',
	'[同時発話]',
	'菅原 あかり  01:02',
	'検索機能の改善を含めたいです。',
];

describe('a gap of the recording marked in square brackets', () => {
	test('is a note of the turn it interrupts, never a heading', () => {
		const result = parseLines(NOTTA, 'notta_開発会議_2024-12-02.txt');
		expect(sectionTitles(result)).toEqual([]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['野村 健太', '菅原 あかり', '野村 健太', '菅原 あかり']);
		expect(notesOf(result)).toEqual(['[音声なし]', '［聞き取れず］', '[同時発話]']);
	});

	test('a heading in square brackets heads its part as before', () => {
		const lines = ['運営委員会', '2024年12月2日', '', '[報告事項]', '', '野村 健太  00:00', 'はい、報告します。'];
		expect(sectionTitles(parseLines(lines, '運営委員会.txt'))).toEqual(['報告事項']);
	});
});
