/**
 * Webex's WebVTT transcript names each cue's speaker in the cue's id above its timing (`1 "山田 太郎" (2918342912)`): that
 * speaker speaks the cue's words, one turn per run of one speaker's cues.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const VTT = [
	'WEBVTT',
	'',
	'1 "田村 聡" (1234567890)',
	'00:00:02.000 --> 00:00:06.000',
	'それでは打合せを始めます。',
	'',
	'2 "田村 聡" (1234567890)',
	'00:00:06.000 --> 00:00:09.000',
	'本日は二件です。',
	'',
	'3 "Mary-Anne O\'Neil" (2234567890)',
	'00:00:09.500 --> 00:00:12.000',
	'Thank you. I have one update.',
	'',
	'4 "田村 聡" (1234567890)',
	'00:00:12.500 --> 00:00:14.000',
	'どうぞお願いします。',
	'',
].join('\n');

describe('Webex’s cue ids', () => {
	test('the name in the cue’s id speaks its words', () => {
		const { meeting } = parseText(VTT, '打合せ_2024-05-01.vtt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['田村 聡', '[0:00:02] それでは打合せを始めます。本日は二件です。'],
			["Mary-Anne O'Neil", '[0:00:09] Thank you. I have one update.'],
			['田村 聡', '[0:00:12] どうぞお願いします。'],
		]);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['田村 聡', "Mary-Anne O'Neil"]);
	});
});
