/**
 * Transcripts saved as text with the time into the recording alone on its line: over the speaker's name (`00:00:03` /
 * `話者1` / the words, as some transcription apps export), or over each caption (a video site's transcript copied as text,
 * `0:05` / `本日は…`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

/** Every paragraph and note of the body, in order. */
function textsOf(result: ReturnType<typeof parseLines>): string[] {
	return result.body.flatMap((section) => section.children.flatMap((block) => ('text' in block ? [block.text] : [])));
}

describe('the time over the speaker', () => {
	const result = parseLines(
		['編集会議 2024年3月5日', '', '00:00:03', '話者1', 'それでは編集会議を始めます。', '', '00:00:15', '話者2', '特集記事の進捗ですが、取材は全て終わりました。', '', '00:00:40', '話者1', 'では原稿の締切は3月20日でお願いします。', '', '00:01:02', '岡田 真一', '承知しました。'],
		'rimo_編集会議.txt',
	);

	test('each speaker speaks with the time first in the words, as `00:00:03 話者1` reads; the numbered speakers are kept apart', () => {
		expect(turnsOf(result)).toEqual([
			['話者1', '00:00:03\nそれでは編集会議を始めます。'],
			['話者2', '00:00:15\n特集記事の進捗ですが、取材は全て終わりました。'],
			['話者1', '00:00:40\nでは原稿の締切は3月20日でお願いします。'],
			['岡田 真一', '00:01:02\n承知しました。'],
		]);
	});

	test('the title and the date are the first line’s, never the first time', () => {
		expect([result.meeting?.title, result.meeting?.series, result.meeting?.date]).toEqual(['編集会議 2024年3月5日', '編集会議', '2024-03-05']);
	});
});

describe('a video’s transcript copied as text', () => {
	test('each caption is kept, stamped with its time; the file’s name titles it', () => {
		const result = parseLines(['0:00', '皆さんこんにちは', '0:05', '本日はお集まりいただき', 'ありがとうございます', '1:02:12', 'それでは始めます'], '説明会_2024-05-01.txt');
		expect([result.meeting?.title, result.meeting?.date]).toEqual(['説明会', '2024-05-01']);
		expect(textsOf(result)).toEqual(['[0:00:00] 皆さんこんにちは', '[0:00:05] 本日はお集まりいただきありがとうございます', '[1:02:12] それでは始めます']);
	});

	test('a timetable’s lines stay as written: a time over an item is no caption', () => {
		const result = parseLines(['防災訓練 実施要領', '日時：2024年9月1日', '', '9:00', '集合', '9:30', '避難訓練', '10:30', '解散'], 'a.txt');
		expect(textsOf(result).join('\n')).not.toContain('[0:09:00]');
	});
});
