/**
 * Transcription apps' text exports with the speaker before a colon on the line of the words: a numbered speaker
 * (`話者1: …`, `Speaker 2: …`), or a speaker with the time into the recording after it (`話者 1 (00:00:01): …`,
 * `山田 太郎 [00:01:23]: …`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const HEADER = ['交流会打合せ', '2024/12/03 15:00', ''];

describe('a numbered speaker before a colon', () => {
	test('each speaks, kept apart by their numbers', () => {
		const result = parseLines([...HEADER, '話者1: それでは打合せを始めます。', '話者2: 会場は公民館で予約済みです。', '話者1: ありがとうございます。', 'Speaker 3: 参加費は500円でどうでしょう。'], 'notta_交流会打合せ.txt');
		expect(turnsOf(result)).toEqual([
			['話者1', 'それでは打合せを始めます。'],
			['話者2', '会場は公民館で予約済みです。'],
			['話者1', 'ありがとうございます。'],
			['Speaker 3', '参加費は500円でどうでしょう。'],
		]);
		expect([result.meeting?.date, result.meeting?.start]).toEqual(['2024-12-03', '15:00']);
	});
});

describe('the time after the speaker, before the colon', () => {
	test('each speaks, the time at the start of the words as after `[00:00:05] 中島 浩平:`', () => {
		const result = parseLines(
			[...HEADER, '話者 1 (00:00:01): それでは打合せを始めます。', '話者 2 (00:00:08): 会場は公民館で予約済みです。', '山田 太郎 [00:00:20]: ありがとうございます。', '話者 3（00:00:31）：500円でどうでしょう。'],
			'notta_交流会打合せ.txt',
		);
		expect(turnsOf(result)).toEqual([
			['話者 1', '00:00:01 それでは打合せを始めます。'],
			['話者 2', '00:00:08 会場は公民館で予約済みです。'],
			['山田 太郎', '00:00:20 ありがとうございます。'],
			['話者 3', '00:00:31 500円でどうでしょう。'],
		]);
	});

	test('a schedule’s line with a time in brackets stays a line of the text', () => {
		const result = parseLines(['防災訓練 実施要領', '日時：2024年9月1日', '', '集合 (9:00): 公民館前に集まる。', '避難訓練 (9:30): 各自で避難する。'], 'a.txt');
		expect(turnsOf(result)).toEqual([]);
	});
});
