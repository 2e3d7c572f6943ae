/**
 * A transcription app's export whose first turn is cut mid-sentence (`参加者 2 00:19` / `三社から見積もりが出ておりまして、`, as
 * CLOVA Note and Notta cut their cues): the turns start there, each its speaker's (the first turns had been read as a group
 * of the roll, `参加者（参加者 2 00）` with members `19` and the words, down to the first turn that ended a sentence).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const CUT = (first: string, second: string): string[] => [
	'管理組合理事会',
	'2024.11.16 Sat PM 7:00 ・ 38分 21秒',
	'',
	`${first} 00:19`,
	'三社から見積もりが出ておりまして、',
	'',
	`${first} 00:31`,
	'最も安いのは北斗建設です。',
	'',
	`${second} 00:52`,
	'ありがとうございます。工期はどうですか',
	'',
	`${first} 01:05`,
	'半年ほどです。',
];

describe('a transcript whose first turn is cut mid-sentence', () => {
	test.each([
		['参加者 2', '参加者 1'],
		['話者 2', '話者 1'],
		['小松 亮', '岩田 恵'],
	])('%s speaks first, %s next, no roll taken from the turns', (first, second) => {
		const result = parseLines(CUT(first, second), 'clova.txt');
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([['参加者', [first, second]]]);
		expect(turnsOf(result).map(([speaker, text]) => `${speaker}|${text.split('\n')[1]}`)).toEqual([`${first}|三社から見積もりが出ておりまして、`, `${second}|ありがとうございます。工期はどうですか`, `${first}|半年ほどです。`]);
	});
});
