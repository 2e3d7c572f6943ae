/**
 * A transcript whose every turn is a transcription app's numbered speaker without a time (WhisperX's `SPEAKER_00: …`,
 * `話者1：…`): its speakers are the participants, as a stamped transcript's are (such transcripts had had no roll at all).
 */
import { describe, expect, test } from 'vitest';
import type { ParseResult } from '../../src/parser/index.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

/** Each participant group as [its name, its members as written]. */
function rollsOf(result: ParseResult): [string, string[]][] {
	return (result.meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => member.text)]);
}

const WHISPERX = ['SPEAKER_00: では勉強会を始めます。', 'SPEAKER_01: 資料の三ページをご覧ください。', 'SPEAKER_02: 図の出典はどこですか。', 'SPEAKER_01: 県の統計です。', 'SPEAKER_00: ありがとうございました。'];

describe('numbered speakers without a time', () => {
	test('are the roll of a transcript that opens with them', () => {
		const result = parseLines(WHISPERX, 'whisperx_勉強会_2025-05-20.txt');
		expect(rollsOf(result)).toEqual([['参加者', ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_02']]]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_02', 'SPEAKER_01', 'SPEAKER_00']);
	});

	test('are the roll under a title and its date', () => {
		const result = parseLines(['勉強会', '2025年5月20日', '', '話者1：では始めます。', '話者2：資料をご覧ください。', '話者1：ありがとうございました。'], 'a.txt');
		expect(rollsOf(result)).toEqual([['参加者', ['話者1', '話者2']]]);
		expect(turnsOf(result).length).toBe(3);
	});

	test('a named speaker among them leaves the roll unmade', () => {
		const result = parseLines(['勉強会', '2025年5月20日', '', '話者1：では始めます。', '山田：資料をご覧ください。', '話者1：ありがとうございました。'], 'a.txt');
		expect(rollsOf(result).flatMap(([, members]) => members)).not.toContain('話者1');
	});
});
