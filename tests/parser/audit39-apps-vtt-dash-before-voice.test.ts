/**
 * Voices over each other in one WebVTT cue, each line opened by a dash before its voice tag (`- <v 上田 拓海>よろしいですか。`
 * over `- <v 近藤 葵>はい。`, as WebVTT's own examples set them): each voice speaks its words without the dash (the second
 * voice's words had gone to the first, both dashes kept).
 */
import { describe, expect, test } from 'vitest';
import { parseText, turnsOf } from './unseen-helpers.ts';

const VTT = [
	'WEBVTT',
	'',
	'00:00:00.000 --> 00:00:04.000',
	'<v 上田 拓海>では採決に入ります。</v>',
	'',
	'00:00:04.000 --> 00:00:07.000',
	'- <v 上田 拓海>よろしいですか。</v>',
	'- <v 近藤 葵>はい、異議ありません。</v>',
	'',
	'00:00:07.000 --> 00:00:09.000',
	'- <v 岩崎 茂>賛成です。',
	'',
	'00:00:09.000 --> 00:00:12.000',
	'<v 上田 拓海>では承認とします。</v>',
	'',
].join('\n');

describe('a dash before each voice in one cue', () => {
	test('each voice speaks its own words', () => {
		expect(turnsOf(parseText(VTT, '役員会_2025-02-14.vtt'))).toEqual([
			['上田 拓海', '[0:00:00] では採決に入ります。よろしいですか。'],
			['近藤 葵', '[0:00:04] はい、異議ありません。'],
			['岩崎 茂', '[0:00:07] 賛成です。'],
			['上田 拓海', '[0:00:09] では承認とします。'],
		]);
	});
});
