/**
 * Zoom's saved captions and transcription apps' text exports cut one speaker's talk into blocks, each under the name and the
 * time again (`[小林 正] 19:02:11` / … / `[小林 正] 19:02:20` / …): one turn, as a subtitle file's cues of one speaker are, each
 * later time kept before the words it stamps.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('a speaker’s name and time again over more of their words', () => {
	test('Zoom’s saved captions: each run of one speaker is one turn, stamped with its first time, the later ones before their words', () => {
		const result = parseLines(
			['[小林 正] 19:02:11', '皆さんこんばんは。理事会を始めます。', '', '[小林 正] 19:02:20', 'まず前回の議事録の確認です。', '', '[加藤 由美] 19:03:05', '一点修正があります。', '', '[加藤 由美] 19:03:15', '出席者に吉田さんが漏れていました。', '', '[小林 正] 19:03:40', '承知しました。'],
			'2024-07-03 理事会 meeting_saved_closed_caption.txt',
		);
		expect(turnsOf(result)).toEqual([
			['小林 正', '19:02:11\n皆さんこんばんは。理事会を始めます。\n19:02:20\nまず前回の議事録の確認です。'],
			['加藤 由美', '19:03:05\n一点修正があります。\n19:03:15\n出席者に吉田さんが漏れていました。'],
			['小林 正', '19:03:40\n承知しました。'],
		]);
	});

	test('a numbered speaker’s run is one turn; another number is another speaker', () => {
		const result = parseLines(['営業定例', '2024-05-16 10:00:12', '', '話者1 00:00:02', 'おはようございます。', '', '話者1 00:00:06', '営業定例を始めます。', '', '話者2 00:00:10', '先週の受注は3件でした。'], 'notta_営業定例.txt');
		expect(turnsOf(result)).toEqual([
			['話者1', '00:00:02\nおはようございます。\n00:00:06\n営業定例を始めます。'],
			['話者2', '00:00:10\n先週の受注は3件でした。'],
		]);
	});
});
