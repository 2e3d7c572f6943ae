/**
 * Whisper's text output with each segment's timing before its words (`[00:00:00.000 --> 00:00:04.200]  それでは…`, as
 * whisper.cpp and the `whisper` command print it): the timing is the stamp of the words, never part of them.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

/** Every paragraph and note of the body, in order. */
function textsOf(result: ReturnType<typeof parseLines>): string[] {
	return result.body.flatMap((section) => section.children.flatMap((block) => ('text' in block ? [block.text] : [])));
}

describe('Whisper’s timed lines', () => {
	test('each segment is kept as the text, stamped with its start, without its timing and its arrow', () => {
		const result = parseLines(
			[
				'[00:00.000 --> 00:04.200]  それでは防災会議を始めます。',
				'[00:04.200 --> 00:09.800]  まず事務局から訓練の結果について報告をお願いします。',
				'[00:09.800 --> 00:15.000]  はい、事務局です。今年度は3回の訓練を実施しました。',
				'[01:02:15.000 --> 01:02:20.500]  参加者は延べ420名でした。',
			],
			'whisper_防災会議_2024-02-20.txt',
		);
		expect(result.meeting?.title).toBe('防災会議');
		expect(result.meeting?.date).toBe('2024-02-20');
		expect(textsOf(result)).toEqual([
			'[0:00:00] それでは防災会議を始めます。',
			'[0:00:04] まず事務局から訓練の結果について報告をお願いします。',
			'[0:00:09] はい、事務局です。今年度は3回の訓練を実施しました。',
			'[1:02:15] 参加者は延べ420名でした。',
		]);
		expect(JSON.stringify(result.body)).not.toContain('-->');
	});

	test('a date line above the segments dates them; without any date the file is refused on one line saying so', () => {
		const dated = parseLines(['防災会議 2024年2月20日', '', '[00:00:00.000 --> 00:00:04.200]  始めます。', '[00:00:04.200 --> 00:00:09.800]  お願いします。'], 'whisper.txt');
		expect(dated.meeting?.date).toBe('2024-02-20');
		expect(textsOf(dated)).toEqual(['[0:00:00] 始めます。', '[0:00:04] お願いします。']);
		const undated = parseLines(['[00:00:00.000 --> 00:00:04.200]  始めます。', '[00:00:04.200 --> 00:00:09.800]  お願いします。'], 'whisper.txt');
		expect(undated.meeting).toBeNull();
		expect(undated.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.line])).toEqual([['error', 1]]);
		expect(undated.diagnostics[0]?.message).toContain('企画会議_2024-10-07.txt');
	});
});
