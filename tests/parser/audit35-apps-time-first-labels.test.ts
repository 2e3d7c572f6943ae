/**
 * Recorders' and note takers' apps write the time into the recording first over the speaker's words, in brackets
 * (`[00:00:00] Speaker 1`) or with a dash before the name (`00:00:04 - 川村 翼`): each such line opens that speaker's turn,
 * the time kept at the start of the words.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

describe('the time first over the words', () => {
	test('a bracketed time, then a numbered speaker', () => {
		const result = parseLines(
			['顧客打合せ 2024-09-30', '', '[00:00:00] Speaker 1', '本日はシステム更新のご提案に伺いました。', '', '[00:00:12] Speaker 2', 'よろしくお願いします。検討を急いでいます。', '', '[00:00:40] Speaker 1', '移行は三か月程度で可能です。'],
			'PLAUD_NOTE_顧客打合せ.txt',
		);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['Speaker 1', '00:00:00\n本日はシステム更新のご提案に伺いました。'],
			['Speaker 2', '00:00:12\nよろしくお願いします。検討を急いでいます。'],
			['Speaker 1', '00:00:40\n移行は三か月程度で可能です。'],
		]);
	});

	test('the time, a dash, then a full name', () => {
		const result = parseLines(
			['開発定例ミーティング', '2024年10月22日', '', '00:00:04 - 川村 翼', 'では開発定例を始めます。', '00:00:20 - 遠藤 彩', 'テストは来週中に終わる見込みです。', '00:02:15 - 川村 翼', 'では十一月五日リリースで確定します。'],
			'tldv_開発定例.txt',
		);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['川村 翼', '00:00:04\nでは開発定例を始めます。'],
			['遠藤 彩', '00:00:20\nテストは来週中に終わる見込みです。'],
			['川村 翼', '00:02:15\nでは十一月五日リリースで確定します。'],
		]);
	});
});
