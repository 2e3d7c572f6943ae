/**
 * The twenty-second audit's transcripts, written here after the tools' exports: Zoom's saved captions (`[田中 一郎] 19:02:11`
 * over the words), Word's transcription (`00:00:12 話者 2` over the words, the recording's file name first), Otter's text
 * export with no title line (`Speaker 1  0:02` first), and captions without speakers that hold a clock time or a sentence
 * with a colon (`当日の集合は15:30で…`, `次回の理事会は7月20日：…`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ParseResult } from '../../src/parser/index.ts';
import { parseText, turnsOf } from './unseen-helpers.ts';

/** A fixture of tests/fixtures/<folder>/ parsed as the seed of that name. */
function parseFixture(folder: string, file: string): ParseResult {
	return parseText(readFileSync(join(import.meta.dirname, '../fixtures', folder, file), 'utf8'), file);
}

describe("Zoom's saved captions: `[name] time` over the words", () => {
	const result = parseFixture('transcripts', '管理組合理事会_2024-06-15_meeting_saved_closed_caption.txt');

	test('each name speaks, the time first in the words', () => {
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['田中 一郎', '佐藤 花子', '田中 一郎', '鈴木 健太', '佐藤 花子']);
		expect(turnsOf(result)[0]).toEqual(['田中 一郎', '19:02:11\n皆さんお集まりいただきありがとうございます。理事会を始めます。']);
	});

	test('the title and series come from the file’s name without the tool’s words; the date too', () => {
		expect(result.meeting?.title).toBe('管理組合理事会');
		expect(result.meeting?.series).toBe('管理組合理事会');
		expect(result.meeting?.date).toBe('2024-06-15');
	});
});

describe("Word's transcription export: `time speaker` over the words", () => {
	const result = parseFixture('transcripts', 'word_防災訓練打合せ_2024-09-14.txt');

	test('each numbered speaker speaks', () => {
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['話者 1', '話者 2', '話者 1', '話者 3', '話者 1']);
		expect(turnsOf(result)[3]).toEqual(['話者 3', '00:00:40\nはい、先週依頼しました。10時から来てもらえます。']);
	});

	test('the recording’s file name titles the meeting without its extension', () => {
		expect(result.meeting?.title).toBe('防災訓練打合せ');
		expect(result.meeting?.series).toBe('防災訓練打合せ');
	});
});

describe("Otter's text export as Otter writes it, with no title line", () => {
	const result = parseFixture('transcripts', 'otter-untitled_自治会役員会_2024-05-18.txt');

	test('the first turn is a turn, not the title', () => {
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['Speaker 1', 'Kenta Ono', 'Speaker 1']);
		expect(turnsOf(result)[0]?.[1]).toContain('それでは役員会を始めます。');
		expect(result.meeting?.title).toBe('自治会役員会');
	});

	test('one line of a name and a time alone does not make the file name its title', () => {
		const text = '第1回 防災委員会 議事録\n令和6年5月18日\n\n山田委員長　10:00\n開会します。\n';
		expect(parseText(text, 'notes_2024-05-18.txt').meeting?.title).toBe('第1回 防災委員会 議事録');
	});
});

describe('captions without speakers that hold a clock time or a sentence with a colon', () => {
	test('Whisper’s SubRip: every cue whole, no speaker made of the words before a time', () => {
		const result = parseFixture('subtitles', 'whisper_夏祭り実行委員会_2024-07-06.srt');
		expect(result.meeting?.remarks).toEqual([]);
		expect(result.meeting?.participants).toEqual([]);
		const text = result.body.flatMap((section) => section.children.map((block) => ('text' in block ? block.text : ''))).join('\n');
		expect(text).toContain('当日の集合は15:30で、場所は公園の東口です。');
		expect(text).toContain('盆踊りは18:00から20:30までの予定です。');
	});

	test('Zoom’s VTT: a cue without a name is no speaker named by its sentence', () => {
		const result = parseFixture('subtitles', 'zoom-unnamed-cue_管理組合理事会_2024-06-15.vtt');
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['田中 一郎', '佐藤 花子', '田中 一郎']);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['田中 一郎', '佐藤 花子']);
		expect(turnsOf(result)[1]?.[1]).toContain('次回の理事会は7月20日：場所は集会所です。');
	});
});
