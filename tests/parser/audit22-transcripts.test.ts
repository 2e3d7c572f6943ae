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

describe("a transcription service's JSON (Whisper, WhisperX, Fireflies, AssemblyAI)", () => {
	test('WhisperX: its segments are the turns of the speakers it names, dated from the file’s name', () => {
		const result = parseFixture('transcripts', 'whisperx_まちづくり勉強会_2024-09-10.json');
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(turnsOf(result)).toEqual([
			['SPEAKER_00', '[0:00:00] それでは第4回まちづくり勉強会を始めます。'],
			['SPEAKER_01', '[0:00:04] 空き家バンクの登録は現在38件です。登録を増やすための説明会を検討しています。'],
			['SPEAKER_00', '[0:00:14] ありがとうございます。質問はありますか。'],
		]);
		expect(result.meeting?.date).toBe('2024-09-10');
		expect(result.meeting?.series).toBe('まちづくり勉強会');
	});

	test('Fireflies: sentences under data.transcript, its title and speakers’ names', () => {
		const result = parseFixture('transcripts', 'fireflies_営業会議_2024-10-22.json');
		expect(result.meeting?.title).toBe('営業会議');
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['小川 直樹', '山下 彩', '小川 直樹']);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['小川 直樹', '山下 彩']);
	});

	test('Whisper without speakers: every segment kept as the text, none a speaker', () => {
		const result = parseFixture('transcripts', 'whisper_まちづくり勉強会_2024-09-03.json');
		expect(result.meeting?.remarks).toEqual([]);
		const text = result.body.flatMap((section) => section.children.map((block) => ('text' in block ? block.text : ''))).join('\n');
		expect(text).toContain('市内の空き家は約1200戸で、5年前から2割増えています。');
	});

	test('AssemblyAI: utterances in milliseconds, pretty-printed, each turn at its own line', () => {
		const json = JSON.stringify({ utterances: [{ speaker: 'A', start: 1200, end: 5000, text: '本日の議題は予算です。' }, { speaker: 'B', start: 65_500, end: 70_000, text: '資料を説明します。' }] }, null, 2);
		const result = parseText(json, '理事会_2024-04-10.json');
		expect(turnsOf(result)).toEqual([
			['A', '[0:00:01] 本日の議題は予算です。'],
			['B', '[0:01:05] 資料を説明します。'],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.line)).toEqual([json.split('\n').findIndex((line) => line.includes('本日の議題')) + 1, json.split('\n').findIndex((line) => line.includes('資料を説明')) + 1]);
	});

	test('without a date in its name it is one clear error, naming the fix', () => {
		const result = parseText(JSON.stringify({ segments: [{ start: 0, end: 2, text: '始めます。' }] }), 'whisper.json');
		expect(result.meeting).toBeNull();
		expect(result.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/transcription service's JSON\) holds no date: put the meeting's date in the file's name/u)]);
	});

	test('the NDL API’s JSON and other JSON are not taken for a transcript', () => {
		expect(parseText('{"title": "議事録", "items": []}', 'x_2024-01-01.json').diagnostics[0]?.code).toBe('not-ndl-json');
	});
});

describe('a schedule’s line is no turn of Word’s transcription', () => {
	test('`19:00 受付` and a rota of surnames (`19:30 鈴木`) stay text: the time first speaks only for a numbered speaker, a full name or a label', () => {
		const text = '第3回 夏祭り実行委員会 議事録\n令和6年7月6日\n\n当日の当番\n19:00 受付\n会場の鍵を開けて机を並べます。\n19:30 鈴木\n来場者に資料を配ります。\n\n○山田委員長　それでは始めます。\n';
		expect(parseText(text, 'schedule.txt').meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山田委員長']);
	});
});

describe("Google Meet's transcript in English and Teams' recording saved from Word", () => {
	test('Meet: `Attendees` and `Transcript` read as in Japanese; the series without the date and `- Transcript`; the five-minute marks no one’s words', () => {
		const result = parseFixture('transcripts', 'meet-english_PTA広報委員会_2024-08-30.txt');
		expect(result.meeting?.series).toBe('PTA広報委員会');
		expect(result.meeting?.kind).toBe('minutes');
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['Aiko Ueda', '上田 愛子', '西田 修']);
		expect(turnsOf(result)).toEqual([
			['上田 愛子', '広報誌の秋号の締め切りを確認します。'],
			['西田 修', '原稿は9月15日までにお願いします。'],
			['上田 愛子', '写真の掲載許可はどうしますか。'],
			['西田 修', '保護者に同意書を配ります。'],
		]);
	});

	test('Teams: the series without the recording’s stamp (`-20240710_190012-会議の録音`)', () => {
		const result = parseFixture('transcripts', '商店会総会-20240710_190012-会議の録音.txt');
		expect(result.meeting?.series).toBe('商店会総会');
		expect(result.meeting?.date).toBe('2024-07-10');
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['森田 健', '原 由美子', '森田 健']);
	});
});

describe("Whisper's text export: sentences without speakers, no title line", () => {
	test('titled from the file’s name; the first sentence stays the text’s first', () => {
		const result = parseFixture('transcripts', 'whisper_まちづくり勉強会_2024-09-03.txt');
		expect(result.meeting?.title).toBe('まちづくり勉強会');
		expect(result.meeting?.series).toBe('まちづくり勉強会');
		expect(result.meeting?.session).toBeNull();
		const text = result.body.flatMap((section) => section.children.map((block) => ('text' in block ? block.text : ''))).join('\n');
		expect(text.startsWith('それでは第3回まちづくり勉強会を始めます。')).toBe(true);
	});

	test('a file whose name names no meeting keeps its first line as before', () => {
		const text = 'それでは第3回まちづくり勉強会を始めます。\n本日は空き家の利活用についてです。\n';
		expect(parseText(text, 'audio_2024-09-03.txt').meeting?.title).toBe('それでは第3回まちづくり勉強会を始めます。');
	});
});
