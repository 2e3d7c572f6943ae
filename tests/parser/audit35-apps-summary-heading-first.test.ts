/**
 * A transcription app's export that opens with its summary's heading (`AI要約`, as Notta writes it) over the points and then
 * the stamped turns has no title line: the meeting is titled from the file's name, the heading and its points kept as text.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseLines } from './unseen-helpers.ts';

const NOTTA = ['AI要約', '・来期の予算案を承認した。', '・広報計画は次回に継続審議とする。', '', '文字起こし', '話者1 00:00', 'それでは始めます。', '話者2 00:15', '予算案について説明します。', '話者1 01:02', 'ご質問はありますか。'];

describe('a summary’s heading first', () => {
	test('is no title: the file’s name titles the meeting', () => {
		const result = parseLines(NOTTA, 'notta_総務部会_2024-11-11.txt');
		expect([result.meeting?.title, result.meeting?.series, result.meeting?.date]).toEqual(['総務部会', '総務部会', '2024-11-11']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['話者1', '話者2', '話者1']);
		expect(bodyText(result)).toContain('来期の予算案を承認した。');
		expect(bodyText(result)).toContain('AI要約');
	});
});
