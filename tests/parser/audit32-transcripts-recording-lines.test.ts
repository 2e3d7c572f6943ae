/**
 * Google Meet's transcript saved as text writes that the recording started and ended on lines of their own, naming no one
 * (`録音を開始しました`, `録音を終了しました`): notes between the turns, never the last speaker's words.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseLines, turnsOf } from './unseen-helpers.ts';

const MEET = [
	'週次定例 (2024/10/16 14:00 GMT+09:00) - 文字起こし',
	'出席者',
	'石川 真理, 大塚 翔',
	'文字起こし',
	'録音を開始しました',
	'00:00:00',
	' ',
	'石川 真理: では定例を始めます。',
	'大塚 翔: 先週の問い合わせは42件でした。',
	'石川 真理: ありがとうございました。以上で終わります。',
	'録画を終了しました',
	'文字起こしの終了',
];

describe('a meeting app’s lines that the recording started and ended', () => {
	test('are notes, and the last turn keeps only its words', () => {
		const result = parseLines(MEET, 'Meet 週次定例.txt');
		expect(turnsOf(result)).toEqual([
			['石川 真理', 'では定例を始めます。'],
			['大塚 翔', '先週の問い合わせは42件でした。'],
			['石川 真理', 'ありがとうございました。以上で終わります。'],
		]);
		expect(notesOf(result)).toEqual(expect.arrayContaining(['録音を開始しました', '録画を終了しました']));
	});

	test('said in a turn with its full stop, the words stay the speaker’s', () => {
		const result = parseLines(['週次定例 2024年10月16日', '', '森田 健   0:04', '録音を開始しました。', '', '原 由美子   0:51', 'ありがとうございます。'], 'teams_2024-10-16.txt');
		expect(turnsOf(result)[0]).toEqual(['森田 健', '0:04\n録音を開始しました。']);
	});
});
