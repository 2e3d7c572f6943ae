/**
 * A transcription app's text export, the name and the time over each utterance (Teams' transcript from Word, Otter,
 * Notta): a display name written surname first with a comma (`Brown, Emily   0:15`, as a company's directory gives it)
 * speaks, and the speakers are the participants, as a subtitle file's are (they had been none).
 */
import { describe, expect, test } from 'vitest';
import type { ParseResult } from '../../src/parser/index.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

/** Each group of participants as [group, names]. */
function rollsOf(result: ParseResult): [string, (string | null)[]][] {
	return (result.meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => member.name ?? member.text)]);
}

const TEAMS = ['週次ミーティング', '2024年10月16日, 2:00午後', '45分 12秒', '', '上田 涼子   0:03', 'では始めます。', '', 'Brown, Emily   0:15', 'The prototype is ready. デモは来週できます。', '', '田中, 一郎   0:31', '承知しました。', '', '上田 涼子   0:40', '以上です。'];

describe('a transcript exported as text', () => {
	test('a name written surname first with a comma speaks, in the order it is said', () => {
		const result = parseLines(TEAMS, 'Teams 週次ミーティング.txt');
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['上田 涼子', 'Emily Brown', '田中 一郎', '上田 涼子']);
		expect(turnsOf(result)[0]?.[1]).not.toContain('Brown');
	});

	test('its speakers are the participants, the meeting’s length no place', () => {
		const result = parseLines(TEAMS, 'Teams 週次ミーティング.txt');
		expect(rollsOf(result)).toEqual([['参加者', ['上田 涼子', 'Emily Brown', '田中 一郎']]]);
		expect(result.meeting?.location ?? null).toBeNull();
		expect(result.meeting?.start).toBe('14:00');
	});

	test('an export that opens with a turn (Otter’s) has its speakers as participants under the title from the file’s name', () => {
		const result = parseLines(['佐々木 亮  0:02', 'それでは理事会を始めます。', '', 'Speaker 2  0:10', '議事録の確認からお願いします。', '', 'Transcribed by https://otter.ai'], 'otter_理事会_2024-10-16.txt');
		expect(result.meeting?.title).toBe('理事会');
		expect(rollsOf(result)).toEqual([['参加者', ['佐々木 亮', 'Speaker 2']]]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['佐々木 亮', 'Speaker 2']);
	});

	test('a header with lines of its own over the turns is left as it is', () => {
		// (A line of the header's own, `会場：…`; the tool's line, `会議の記録が開始されました`, is no such line: under it the speakers are the roll.)
		const result = parseLines(['商店会総会 2024年7月10日', '', '会場：商店会事務所', '', '森田 健   0:04', '総会を始めます。', '', '原 由美子   0:51', '今年度は黒字でした。'], 'teams_2024-07-10.txt');
		expect(rollsOf(result)).toEqual([]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['森田 健', '原 由美子']);
	});
});
