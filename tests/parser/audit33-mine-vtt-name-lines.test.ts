/**
 * Subtitle files that write who speaks alone in round brackets over each cue's words (`(山田 太郎)` / `本日は…`), a second
 * speaker's words in the same cue after a dash and a line of a space: each name is that cue's speaker, and the words after
 * the blank line stay where they stand (they had been moved above the first cue as the text's notes, and no turn had a speaker).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseLines, rollsOf, turnsOf } from './unseen-helpers.ts';

const VTT = [
	'WEBVTT',
	'',
	'00:00:08.000 --> 00:00:12.000',
	'(山田 太郎)',
	'本日はお集まりいただきありがとうございます。',
	'',
	'00:00:12.000 --> 00:00:16.000',
	'(山田 太郎)',
	'早速ですが議題に入ります。',
	'-',
	' ',
	'(佐藤 花子)',
	'はい、お願いします。',
	'',
	'00:00:16.000 --> 00:00:20.000',
	'(佐藤 花子)',
	'資料を共有します。',
	'',
	'00:00:20.000 --> 00:00:24.000',
	'(拍手)',
	'以上で説明を終わります。',
];

describe('names alone in round brackets over a cue', () => {
	test('each cue is its named speaker’s, the words after a dash in a cue the next speaker’s, in order', () => {
		const result = parseLines(VTT, '打合せ_2024-10-08.vtt');
		expect(turnsOf(result)).toEqual([
			['山田 太郎', '[0:00:08] 本日はお集まりいただきありがとうございます。早速ですが議題に入ります。'],
			// (A sound in brackets over words names no one: the cue stays unnamed words, which go on the turn before, as any.)
			['佐藤 花子', '[0:00:12] はい、お願いします。資料を共有します。\n[0:00:20] (拍手)以上で説明を終わります。'],
		]);
		expect(rollsOf(result)).toEqual([['参加者', ['null 山田 太郎', 'null 佐藤 花子']]]);
	});

	test('a name in brackets over one cue only, not a post, stays in the words', () => {
		const result = parseLines(['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', '(資料投影)', 'こちらをご覧ください。', '', '00:00:03.000 --> 00:00:05.000', '山田 太郎: 説明します。'], '打合せ_2024-10-09.vtt');
		expect(turnsOf(result)).toEqual([['山田 太郎', '[0:00:03] 説明します。']]);
		expect(bodyText(result)).toContain('資料投影');
	});
});
