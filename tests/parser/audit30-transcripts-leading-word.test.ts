/**
 * Minutes typed or written by an AI that open with the document's word before the meeting's name (`【議事録】第3回 商店街振興会
 * 役員会`, `議事録：…`, `＜議事要旨＞…`) over the header's fields: the line is the title, never the body's label, and the word is
 * none of the series.
 */
import { describe, expect, test } from 'vitest';
import { readTitle } from '../../src/parser/title.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const REST = [
	'日時：2024年9月12日（木）19:00〜20:30',
	'場所：商店街会館 2階',
	'出席者：会長 高木、副会長 森、会計 原田',
	'',
	'■議事要旨',
	'1. 秋祭りについて',
	'・高木：今年は10月19日に開催したい。',
	'・森：露店の数を昨年より増やしたい。',
	'',
	'■決定事項',
	'・秋祭りは10月19日（土）開催。',
];

describe('the document’s word before the meeting’s name on the first line', () => {
	test.each(['【議事録】第3回 商店街振興会 役員会', '議事録：第3回 商店街振興会 役員会', '＜議事録＞第3回 商店街振興会 役員会', '■議事録 第3回 商店街振興会 役員会'])('%s: the title over a header, its turns and roll read', (title) => {
		const result = parseLines([title, ...REST], 'a.txt');
		expect([result.meeting?.series, result.meeting?.session, result.meeting?.date, result.meeting?.location]).toEqual(['商店街振興会 役員会', 3, '2024-09-12', '商店街会館 2階']);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['高木', '森', '原田']);
		expect(turnsOf(result)).toEqual([
			['高木', '今年は10月19日に開催したい。'],
			['森', '露店の数を昨年より増やしたい。'],
		]);
		expect(result.diagnostics).toEqual([]);
	});

	test('the series is the name after the word; the word alone before a session still names it', () => {
		expect(readTitle('【議事要旨】商店街振興会 役員会', null).series).toBe('商店街振興会 役員会');
		expect(readTitle('議事録　令和6年度第2回理事会', null).series).toBe('理事会');
		expect(readTitle('議事録 第3回', null).series).toBe('議事録');
	});
});
