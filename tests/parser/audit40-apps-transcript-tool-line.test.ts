/**
 * Teams' transcript saved from Word without its `文字起こし` heading, the tool's line over the turns (`森本 拓也 が文字起こしを開始
 * しました`) and the meeting's length under the day (`42分 18秒`): those who speak are the participants, the tool's line a note
 * and the length text of the record (there had been no roll; with the roll under the day, the length and the tool's line
 * had been read as two more of its names).
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseLines, turnsOf } from './unseen-helpers.ts';

const TRANSCRIPT = [
	'販促定例-20250312_100012-会議の録音',
	'2025年3月12日, 午前 10:00',
	'42分 18秒',
	'',
	'森本 拓也 が文字起こしを開始しました',
	'',
	'森本 拓也   0:04',
	'では始めます。',
	'',
	'小西 明美   0:21',
	'資料の2ページ目をご覧ください。',
	'',
	'野口 健   1:26',
	'展示会の件で一点だけあります。',
	'',
	'森本 拓也 が文字起こしを停止しました',
];

describe('a transcript with the tool’s line over its turns', () => {
	test('lists those who speak as its participants, the tool’s lines notes', () => {
		const result = parseLines(TRANSCRIPT, 'transcript.txt');
		expect([result.meeting?.title, result.meeting?.date, result.meeting?.location]).toEqual(['販促定例', '2025-03-12', null]);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([['参加者', ['森本 拓也', '小西 明美', '野口 健']]]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['森本 拓也', '小西 明美', '野口 健']);
		expect(notesOf(result)).toEqual(['森本 拓也 が文字起こしを開始しました', '森本 拓也 が文字起こしを停止しました']);
	});
});
