/**
 * Subtitle files as other tools write them (tests/fixtures/subtitles/): captions whose cues name no speaker, YouTube's
 * automatic captions, SubRip with the speaker in square brackets, Teams' "Last, First" display names, Zoom's one-word names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Block, ParseResult } from '../../src/parser/index.ts';
import { parseText, turnsOf } from './unseen-helpers.ts';

/** A fixture of tests/fixtures/subtitles/ parsed as the seed of that name. */
function parseCaptions(file: string): ParseResult {
	return parseText(readFileSync(join(import.meta.dirname, '../fixtures/subtitles', file), 'utf8'), file);
}

/** The body's blocks in order as [kind, speaker or '', text]: paragraphs and notes, a remark's own under its speaker. */
function blocksOf(result: ParseResult): [string, string, string][] {
	const walk = (blocks: readonly Block[], speaker: string): [string, string, string][] =>
		blocks.flatMap((block): [string, string, string][] => {
			if (block.type === 'remark') return walk(block.children, block.speaker);
			if (block.type === 'paragraph' || block.type === 'note') return [[block.type, speaker, block.text]];
			return [];
		});
	return result.body.flatMap((section) => walk(section.children, ''));
}

/** The participants' entries as [text, name, affiliation]. */
function membersOf(result: ParseResult): [string, string | null, string | null][] {
	return (result.meeting?.participants ?? []).flatMap((group) => group.members.map((member): [string, string | null, string | null] => [member.text, member.name, member.affiliation]));
}

describe('cues that name no speaker', () => {
	test.each([
		['改修説明会_2024-10-20.srt', ['[0:00:00] 皆さん、おはようございます。', '[0:00:04] 本日は集会所の改修工事についてご説明いたします。', '[0:00:09] 工期はいつまでですか。']],
		['防犯打ち合わせ_2024-11-09.vtt', ['[0:00:01] ただいまから防犯パトロールの打ち合わせを始めます。', '[0:00:04] 今月の担当は北地区です。']],
	])('%s keeps every cue as text, in order, stamped with its time (the first had been lost)', (file, texts) => {
		const result = parseCaptions(file);
		expect(blocksOf(result)).toEqual(texts.map((text) => ['paragraph', '', text]));
		expect(result.meeting?.participants).toEqual([]);
		// (No advice to add a council's body label: the file is read as it is.)
		expect(result.diagnostics).toEqual([]);
	});
});

describe('YouTube’s automatic captions', () => {
	const result = parseCaptions('子ども会説明会_2024-11-16_youtube.ja.vtt');

	test('each spoken line is kept once, without the timing tags, the rolling repeats and the header’s Kind and Language', () => {
		expect(blocksOf(result)).toEqual([
			['paragraph', '', '[0:00:00] えーそれでは子ども会の説明会を始めます'],
			['paragraph', '', '[0:00:02] 今年の夏祭りは7月20日です'],
			['paragraph', '', '[0:00:05] 受付は公民館で行います'],
		]);
	});

	test('the meeting is named by the file’s name without the site and the language', () => {
		expect([result.meeting?.title, result.meeting?.date]).toEqual(['子ども会説明会', '2024-11-16']);
	});
});

describe('captions that happen to say a line twice', () => {
	test('are kept as said when the captions do not roll', () => {
		const text = ['WEBVTT', '', '00:00:01.000 --> 00:00:02.000', 'はい。', '', '00:00:02.500 --> 00:00:03.000', 'はい。', ''].join('\n');
		expect(blocksOf(parseText(text, '点検_2024-11-16.vtt')).map(([, , words]) => words)).toEqual(['[0:00:01] はい。', '[0:00:02] はい。']);
	});
});

describe('SubRip with the speaker in square brackets', () => {
	const result = parseCaptions('交通安全講習会_2024-09-28.srt');

	test('the name in the brackets speaks, stamped with its time; a cue all in brackets is a note', () => {
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['司会', '川村', '質問者B']);
		expect(blocksOf(result)).toEqual([
			['paragraph', '司会', '[0:00:02] これより交通安全講習会を始めます。講師は警察署の川村さんです。'],
			['paragraph', '川村', '[0:00:09] はい、川村です。今日は自転車の乗り方についてお話しします。'],
			['note', '川村', '（拍手）'],
			['note', '川村', '〔音楽〕'],
			['paragraph', '質問者B', '[0:00:19] ヘルメットは義務ですか。'],
		]);
	});

	test('the speakers are its participants', () => {
		expect(membersOf(result).map(([text]) => text)).toEqual(['司会', '川村', '質問者B']);
		// (`質問者B` is someone kept anonymous, no organisation.)
		expect(membersOf(result).at(-1)).toEqual(['質問者B', null, null]);
	});
});

describe('Teams’ display names written surname first with a comma', () => {
	const result = parseCaptions('理事会_2024-06-15.vtt');

	test('each is one speaker and one participant, the name in Latin letters after a Japanese one left out', () => {
		expect(turnsOf(result)).toEqual([
			['中村 美咲', '[0:00:02] それでは理事会を始めます。'],
			['小西 浩', '[0:00:06] 監査の報告をします。'],
			['Emily Brown', '[0:00:09] I have a question.'],
			['中村 美咲', '[0:00:12] どうぞ。'],
		]);
		expect(membersOf(result)).toEqual([
			['中村 美咲', '中村 美咲', null],
			['小西 浩', '小西 浩', null],
			['Emily Brown', 'Emily Brown', null],
		]);
	});
});

describe('a Zoom transcript with a speaker named in one Latin word', () => {
	test('the word names a person who speaks, no organisation', () => {
		const result = parseCaptions('GMT20241114-100012_Recording.transcript.vtt');
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['石田 由紀', 'Maria', '石田 由紀']);
		expect(membersOf(result)).toEqual([
			['石田 由紀', '石田 由紀', null],
			['Maria', 'Maria', null],
		]);
	});
});

describe('the tool’s words in a transcript’s file name', () => {
	test.each([
		['総会_teams_2024-06-15.vtt', '総会'],
		['理事会_zoom_GMT20241114-100012_Recording.transcript.vtt', '理事会'],
		['説明会字幕_2024-10-20.srt', '説明会'],
	])('%s names the meeting %s', (file, title) => {
		const text = file.endsWith('.srt') ? '1\n00:00:01,000 --> 00:00:03,000\n[司会] 始めます。\n' : 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v 森 智子>始めます。</v>\n';
		expect(parseText(text, file).meeting?.title).toBe(title);
	});
});
