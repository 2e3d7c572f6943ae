/**
 * Teams' transcript saved from Word as text: the recording's name with its stamp (`…-20250610_140011-会議の記録`), the day,
 * `文字起こし` over the turns (`岡 雅人   0:03` over the words). The meeting's name without the stamp titles it, and those
 * who speak are the participants (the stamp had stayed in the title, and the heading had kept the roll away).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const TRANSCRIPT = [
	'設備点検会議-20250610_140011-会議の記録',
	'',
	'2025年6月10日, 午後2:00:11',
	'',
	'文字起こし',
	'',
	'岡 雅人   0:03',
	'点検の結果を共有します。',
	'',
	'川口 瞳   0:25',
	'空調の一台に異音がありました。',
	'',
	'岡 雅人   0:40',
	'修理の見積もりを取ってください。',
];

describe('Teams’ transcript saved from Word', () => {
	test('is titled by the meeting’s name and lists its speakers', () => {
		const result = parseLines(TRANSCRIPT, 'transcript.txt');
		expect([result.meeting?.title, result.meeting?.date]).toEqual(['設備点検会議', '2025-06-10']);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([['参加者', ['岡 雅人', '川口 瞳']]]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['岡 雅人', '川口 瞳', '岡 雅人']);
	});
});
