/**
 * A transcription app's turn in which it heard no words, the speaker and time over a note in brackets (`話者2 00:55` /
 * `[音声なし]`): the turn of that speaker, in its place (the speaker's line and the note had run into the turn before).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const TRANSCRIPT = [
	'朝会',
	'2025-06-18 09:30:05',
	'',
	'話者1 00:00',
	'では朝会を始めます。',
	'',
	'話者2 00:12',
	'昨日は資料の修正をしました。',
	'',
	'話者3 00:40',
	'今日は外出します。',
	'',
	'話者2 00:55',
	'{NOTE}',
	'',
	'話者1 01:05',
	'では以上です。',
];

describe('a stamped turn with no words heard', () => {
	test.each(['[音声なし]', '（聴取不能）'])('%s is the turn of its speaker', (note) => {
		const result = parseLines(TRANSCRIPT.map((line) => line.replace('{NOTE}', note)), 'notta.txt');
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['話者1', '話者2', '話者3', '話者2', '話者1']);
		expect(turnsOf(result)[2]?.[1]).toBe('00:40\n今日は外出します。');
		expect(turnsOf(result)[3]?.[1]).toContain(note);
	});
});
