/**
 * WhisperX's diarized subtitles write each cue's speaker in square brackets before a colon (`[SPEAKER_00]: …`): the
 * label is the speaker, without its brackets, and a speaker the tool could not name is an anonymous participant.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SRT = [
	'1',
	'00:00:00,500 --> 00:00:04,100',
	'[SPEAKER_00]: それでは輪読会を始めます。',
	'',
	'2',
	'00:00:04,100 --> 00:00:09,300',
	'[SPEAKER_00]: 今日は第三章の後半です。',
	'',
	'3',
	'00:00:10,000 --> 00:00:16,800',
	'[SPEAKER_01]: はい、担当の原です。要点を三つにまとめました。',
	'',
	'4',
	'00:00:17,500 --> 00:00:21,000',
	'[SPEAKER_00]: お願いします。',
	'',
].join('\n');

const VTT = ['WEBVTT', '', '00:00:01.000 --> 00:00:04.000', '[SPEAKER_02]: 議題は二つです。', '', '00:00:04.500 --> 00:00:08.000', '[SPEAKER_03]: 了解しました。', ''].join('\n');

describe('WhisperX’s bracketed speakers', () => {
	test('each cue’s label before the colon speaks, without its brackets, one turn per run', () => {
		const { meeting } = parseText(SRT, '輪読会_2024-12-02.srt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['SPEAKER_00', '[0:00:00] それでは輪読会を始めます。今日は第三章の後半です。'],
			['SPEAKER_01', '[0:00:10] はい、担当の原です。要点を三つにまとめました。'],
			['SPEAKER_00', '[0:00:17] お願いします。'],
		]);
	});

	test('the speakers are anonymous participants, neither a group nor a body', () => {
		const { meeting } = parseText(SRT, '輪読会_2024-12-02.srt');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.text, member.name, member.title, member.affiliation])])).toEqual([
			[
				'参加者',
				[
					['SPEAKER_00', null, null, null],
					['SPEAKER_01', null, null, null],
				],
			],
		]);
	});

	test('so in WebVTT', () => {
		const { meeting } = parseText(VTT, '輪読会_2024-12-09.vtt');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['SPEAKER_02', 'SPEAKER_03']);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.affiliation))).toEqual([null, null]);
	});
});
