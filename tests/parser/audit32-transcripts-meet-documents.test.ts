/**
 * Google Meet's documents saved as text since Gemini takes the notes: the transcript (`📖 文字起こし` / the day /
 * `部会 - 文字起こし` / `00:00:00` / `宮本 直子: …`) and the notes (`📝 メモ` / the day / the meeting's name / `招待済み …` /
 * `要約` / `詳細` / `推奨される次のステップ`), alone or the transcript after the notes. Such a transcript had been titled
 * `📖 文字起こし` in the series `📖` with no turn, and the notes titled `📝 メモ` with the meeting's name as the place.
 */
import { describe, expect, test } from 'vitest';
import type { ParseResult } from '../../src/parser/index.ts';
import { lostLines, notesOf, parseLines, turnsOf } from './unseen-helpers.ts';

/** Each group of participants as [group, names]. */
function rollsOf(result: ParseResult): [string, (string | null)[]][] {
	return (result.meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => member.name)]);
}

const TRANSCRIPT = ['📖 文字起こし', '2024年10月16日', '部会 - 文字起こし', '00:00:00', ' ', '宮本 直子: 部会を始めます。', 'Chris Evans: はい、出席です。', '00:01:30', ' ', '宮本 直子: 以上です。'];

const NOTES = [
	'📝 メモ',
	'2024年10月16日',
	'定例会議',
	'招待済み 田村 和也 今井 さくら Alex Chen',
	'添付ファイル 定例会議',
	'会議の録画 ',
	'',
	'要約',
	'田村 和也さんが開店準備の状況を報告しました。',
	'',
	'詳細',
	'* 開店準備: 内装工事は予定どおり進んでいます (00:01:10)。',
	'* 広告: チラシは10月末に配布します (00:05:32)。',
	'',
	'推奨される次のステップ',
	'* [ ] 田村 和也さん: 内装業者との最終確認を行う。',
];

describe('Google Meet’s transcript saved as text', () => {
	test('is titled by the meeting’s name and dated, its speakers the participants, each line a turn', () => {
		const result = parseLines(TRANSCRIPT, 'Meet 部会.txt');
		expect(result.meeting?.title).toBe('部会 - 文字起こし');
		expect(result.meeting?.series).toBe('部会');
		expect(result.meeting?.date).toBe('2024-10-16');
		expect(rollsOf(result)).toEqual([['参加者', ['宮本 直子', 'Chris Evans']]]);
		expect(turnsOf(result)).toEqual([
			['宮本 直子', '部会を始めます。'],
			['Chris Evans', 'はい、出席です。'],
			['宮本 直子', '以上です。'],
		]);
		expect(notesOf(result)).toEqual(['00:00:00', '00:01:30']);
	});
});

describe('Gemini’s notes saved as text', () => {
	test('are titled by the meeting’s name, those invited the participants, the headings sections', () => {
		const result = parseLines(NOTES, '定例会議 - 2024_10_16 14_00 JST - Gemini によるメモ.txt');
		expect(result.meeting?.title).toBe('定例会議');
		expect(result.meeting?.date).toBe('2024-10-16');
		expect(result.meeting?.location ?? null).toBeNull();
		expect(rollsOf(result)).toEqual([['参加者', ['田村 和也', '今井 さくら', 'Alex Chen']]]);
		expect(result.meeting?.remarks).toEqual([]);
		expect(result.body.map((section) => section.title).filter((title) => title !== '')).toEqual(['要約', '詳細', '推奨される次のステップ']);
		const details = result.body.find((section) => section.title === '詳細')?.children[0];
		expect(details?.type === 'list' ? details.items.map((item) => item.text) : details).toEqual(['開店準備: 内装工事は予定どおり進んでいます (00:01:10)。', '広告: チラシは10月末に配布します (00:05:32)。']);
		expect(lostLines(result, NOTES, 8)).toEqual([]);
		// The links to the invitation and the recording hold no text once saved: left out, with a warning naming their line.
		expect(result.diagnostics.find((d) => d.code === 'meet-links')?.line).toBe(5);
	});

	test('a transcript after them is a section of turns, its speakers among the participants', () => {
		const lines = [...NOTES, '', '📖 文字起こし', '2024年10月16日', '定例会議 - 文字起こし', '00:00:00', ' ', '田村 和也: では始めます。', '佐藤 一郎: 遅れて失礼しました。'];
		const result = parseLines(lines, 'Gemini 定例会議.txt');
		expect(rollsOf(result)).toEqual([['参加者', ['田村 和也', '今井 さくら', 'Alex Chen', '佐藤 一郎']]]);
		expect(result.body.at(-1)?.title).toBe('文字起こし');
		expect(turnsOf(result)).toEqual([
			['田村 和也', 'では始めます。'],
			['佐藤 一郎', '遅れて失礼しました。'],
		]);
	});

	test('those invited whose names do not pair up stay as written', () => {
		const lines = NOTES.map((line) => (line.startsWith('招待済み') ? '招待済み 田村和也 今井 さくら' : line));
		const result = parseLines(lines, 'Gemini 定例会議_2024-10-16.txt');
		expect(rollsOf(result)).toEqual([]);
		const opening = result.body[0]?.children.map((block) => ('text' in block ? block.text : ''));
		expect(opening).toEqual(['招待済み: 田村和也 今井 さくら']);
	});
});
