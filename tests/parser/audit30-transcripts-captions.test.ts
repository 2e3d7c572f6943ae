/**
 * An assembly's video captions saved as SubRip: who speaks is written in round brackets where the speaker changes
 * (`（議長）ただいまから…`), and the cues after it, up to the next label, are that speaker's words.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const CAPTIONS = [
	'1',
	'00:00:01,000 --> 00:00:04,500',
	'（議長）ただいまから',
	'本日の会議を開きます。',
	'',
	'2',
	'00:00:04,500 --> 00:00:08,000',
	'日程第1、一般質問を行います。',
	'',
	'3',
	'00:00:08,000 --> 00:00:12,300',
	'（議長）順次発言を許します。',
	'3番、木村議員。',
	'',
	'4',
	'00:00:12,300 --> 00:00:18,000',
	'（木村議員）はい、3番木村です。',
	'通告に従い質問します。',
	'',
	'5',
	'00:00:18,000 --> 00:00:21,000',
	'（拍手）',
	'',
	'6',
	'00:00:21,000 --> 00:00:24,000',
	'まず、防災行政無線についてです。',
	'',
	'7',
	'00:00:24,000 --> 00:00:26,000',
	'（市長）お答えいたします。',
	'',
	'8',
	'00:00:26,000 --> 00:00:29,000',
	'(笑)それでは次に移ります。',
];

describe('captions naming the speaker in round brackets', () => {
	const result = parseLines(CAPTIONS, '本会議_2024-06-14_字幕.srt');

	test('each label speaks, its words without the brackets, the cues up to the next label its own', () => {
		expect(turnsOf(result)).toEqual([
			['議長', '[0:00:01] ただいまから本日の会議を開きます。日程第1、一般質問を行います。順次発言を許します。3番、木村議員。'],
			// (The applause is a note inside the turn, which goes on after it.)
			['木村議員', '[0:00:12] はい、3番木村です。通告に従い質問します。\n（拍手）\n[0:00:21] まず、防災行政無線についてです。'],
			// (A sound in brackets before the words names no one.)
			['市長', '[0:00:24] お答えいたします。(笑)それでは次に移ります。'],
		]);
	});

	test('the labels are the participants; the stage direction stays a note', () => {
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['議長', '木村議員', '市長']);
		expect(result.meeting?.date).toBe('2024-06-14');
	});
});
