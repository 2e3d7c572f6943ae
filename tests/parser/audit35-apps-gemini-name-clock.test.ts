/**
 * Gemini's notes of a Google Meet meeting name it with its day and time (`運営会議 - 2024/11/19 15:00 JST - Gemini によるメモ`):
 * the clock's colon is no speaker's, so the notes are read as Meet's (the series the meeting's name, those invited the roll).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const NOTES = [
	'📝 メモ',
	'2024年11月19日',
	'運営会議 - 2024/11/19 15:00 JST - Gemini によるメモ',
	'招待済み 小林 誠 石田 花 上田 健',
	'添付ファイル 運営会議',
	'会議の録画',
	'',
	'要約',
	'小林 誠、石田 花、上田 健が参加し、年末イベントの準備について話し合いました。',
	'',
	'推奨される次のステップ',
	'[ ] 小林 誠: 会場の備品リストを作成する。',
];

describe('Gemini’s notes named with a clock', () => {
	test('the series is the meeting’s name and those invited are the roll', () => {
		const result = parseLines(NOTES, 'Gemini メモ.txt');
		expect([result.meeting?.series, result.meeting?.date]).toEqual(['運営会議', '2024-11-19']);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['小林 誠', '石田 花', '上田 健']);
	});

	test('the name alone titles the notes, its time the start', () => {
		const result = parseLines(NOTES, 'Gemini メモ.txt');
		expect([result.meeting?.title, result.meeting?.start]).toEqual(['運営会議', '15:00']);
	});
});
