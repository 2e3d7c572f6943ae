/**
 * What a transcription tool writes about itself in a transcript saved as text (tests/fixtures/transcripts/): Otter's closing
 * `Transcribed by https://otter.ai`, Teams' `… が文字起こしを開始しました` / `… が文字起こしを停止しました`. Notes, no one's words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ParseResult } from '../../src/parser/index.ts';
import { notesOf, parseText, turnsOf } from './unseen-helpers.ts';

/** A fixture of tests/fixtures/transcripts/ parsed as the seed of that name. */
function parseTranscript(file: string): ParseResult {
	return parseText(readFileSync(join(import.meta.dirname, '../fixtures/transcripts', file), 'utf8'), file);
}

/** Each body block at the top of a section as [kind, speaker or text]. */
function outline(result: ParseResult): string[] {
	return result.body.flatMap((section) => section.children.map((block) => (block.type === 'remark' ? `remark ${block.speaker}` : `${block.type} ${'text' in block ? block.text : ''}`)));
}

describe('a transcription tool’s lines about itself', () => {
	test('Otter’s closing line is a note after the last turn, not its words', () => {
		const result = parseTranscript('otter_自治会役員会_2024-05-18.txt');
		expect(turnsOf(result).at(-1)).toEqual(['Speaker 1', '1:15\n承知しました。ほかに意見はありますか。']);
		expect(outline(result).at(-1)).toBe('note Transcribed by https://otter.ai');
	});

	test('Teams’ lines that the recording and the transcription started and stopped are notes', () => {
		const result = parseTranscript('teams_商店会総会_2024-07-10.txt');
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['森田 健', '原 由美子', '森田 健']);
		expect(turnsOf(result).at(-1)?.[1]).not.toContain('文字起こし');
		expect(notesOf(result)).toEqual(['会議の記録が開始されました', '森田 健 が文字起こしを開始しました', '森田 健 が文字起こしを停止しました']);
	});

	test('a turn that says so in its words stays a turn', () => {
		const result = parseText(['商店会総会 2024年7月10日', '', '森田 健   0:04', '係が記録を開始しました。', '', '原 由美子   0:51', 'ありがとうございます。'].join('\n'), 'teams_2024-07-10.txt');
		expect(turnsOf(result)[0]).toEqual(['森田 健', '0:04\n係が記録を開始しました。']);
	});
});
