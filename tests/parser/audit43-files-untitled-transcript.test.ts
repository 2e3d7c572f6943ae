/**
 * A Zoom cloud recording's transcript downloads as `GMT20241003-050000_Recording.transcript.vtt`: WebVTT cues of `名前: 言葉`,
 * the file's name only the recording's start in UTC, no meeting named in it nor in the text. The transcript is titled by the
 * tool's word, `文字起こし`, so every such file, whatever body met, falls in one series `文字起こし`. The record is kept, dated
 * and started from the name; a warning now says why it is so titled and how to name the file (it had been read without a word).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const cues = ['WEBVTT', '', '1', '00:00:02.000 --> 00:00:08.500', '小野寺 直樹: 時間になりましたので、理事会を始めます。', '', '2', '00:00:09.300 --> 00:00:15.100', '武藤 さやか: 事務局の武藤です。秋祭りについてご報告します。', '', '3', '00:00:15.900 --> 00:00:19.000', '小野寺 直樹: それでは今日はここまでにします。', ''].join('\n');

const untitled = (source: string) => parseText(cues, source).diagnostics.filter((diagnostic) => diagnostic.code === 'untitled-transcript');

describe('a transcript whose file’s name names no meeting', () => {
	test('Zoom’s cloud recording: titled 文字起こし, dated from the name, with a warning naming the file', () => {
		const result = parseText(cues, 'GMT20241003-050000_Recording.transcript.vtt');
		expect([result.meeting?.title, result.meeting?.series, result.meeting?.date, result.meeting?.start, result.meeting?.remarks.length]).toEqual(['文字起こし', '文字起こし', '2024-10-03', '14:00', 3]);
		const warnings = untitled('GMT20241003-050000_Recording.transcript.vtt');
		expect(warnings.map((diagnostic) => diagnostic.severity)).toEqual(['warning']);
		expect(warnings[0]?.message).toContain('GMT20241003-050000_Recording.transcript.vtt');
	});

	test('a file named after the meeting: its title, no warning', () => {
		expect(parseText(cues, '商店街理事会_GMT20241003-050000_Recording.transcript.vtt').meeting?.title).toBe('商店街理事会');
		expect(untitled('商店街理事会_GMT20241003-050000_Recording.transcript.vtt')).toEqual([]);
	});
});
