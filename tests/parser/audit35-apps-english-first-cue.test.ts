/**
 * A subtitle file whose first cue is spoken in English (`<v Mary-Anne O'Neil>Welcome to the steering committee.</v>`): the cue
 * is that speaker's first turn, never a group of the roll of participants above it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const VTT = [
	'WEBVTT',
	'',
	'00:00:01.000 --> 00:00:04.500',
	'<v Emily Brown>Welcome to the steering committee.</v>',
	'',
	'00:00:04.500 --> 00:00:09.000',
	'<v 小野 健>小野です。本日は三件あります。</v>',
	'',
	'00:00:09.000 --> 00:00:12.000',
	'<v Emily Brown>Thank you, please go ahead.</v>',
	'',
].join('\n');

describe('a first cue in English', () => {
	test('is the speaker’s turn, the roll only the speakers', () => {
		const { meeting } = parseText(VTT, '運営委員会_2024-05-14.vtt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['Emily Brown', '[0:00:01] Welcome to the steering committee.'],
			['小野 健', '[0:00:04] 小野です。本日は三件あります。'],
			['Emily Brown', '[0:00:09] Thank you, please go ahead.'],
		]);
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([['参加者', ['Emily Brown', '小野 健']]]);
	});
});
