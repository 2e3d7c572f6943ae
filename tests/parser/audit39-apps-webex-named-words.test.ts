/**
 * Webex's WebVTT transcript whose cues name their speaker in the cue's id and again before the words (`1 "吉村 大介" (1034567)`
 * over `吉村 大介: それでは…`): the turn holds the words only (the name had been kept before each cue's words), and words
 * that open with another name before a colon stay as they are.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const VTT = [
	'WEBVTT',
	'',
	'1 "吉村 大介" (1034567)',
	'00:00:01.200 --> 00:00:05.800',
	'吉村 大介: それでは設計レビューを始めます。',
	'',
	'2 "吉村 大介" (1034567)',
	'00:00:05.800 --> 00:00:09.100',
	'吉村 大介：今日は認証まわりの変更です。',
	'',
	'3 "Lisa Chen" (2245100)',
	'00:00:09.100 --> 00:00:13.400',
	'Lisa Chen: I have one question about the token expiry.',
	'',
	'4 "森 彩花" (3312009)',
	'00:00:13.400 --> 00:00:18.000',
	'森 彩花: 有効期限は一時間です。議事録: 後で共有します。',
	'',
].join('\n');

describe('Webex’s cues that name their speaker twice', () => {
	test('each turn holds its speaker’s words only', () => {
		const { meeting } = parseText(VTT, '設計レビュー_2025-11-25.vtt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['吉村 大介', '[0:00:01] それでは設計レビューを始めます。今日は認証まわりの変更です。'],
			['Lisa Chen', '[0:00:09] I have one question about the token expiry.'],
			['森 彩花', '[0:00:13] 有効期限は一時間です。議事録: 後で共有します。'],
		]);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['吉村 大介', 'Lisa Chen', '森 彩花']);
	});
});
