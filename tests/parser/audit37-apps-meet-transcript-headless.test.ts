/**
 * Google Meet's transcript saved without its head (`📖 文字起こし`): the day over the meeting's name for it
 * (`採用面談振り返り - 文字起こし`), then the time marks and `名前: …` lines. Read as the transcript with its head is: those
 * who speak are the participants and one speaker's lines in a row one turn (it had had no roll and a turn per line).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const TRANSCRIPT = ['2025年9月2日', '', '設備更新検討 - 文字起こし', '', '00:00:00', '', '青木 進: 更新の候補を三つに絞りました。', '青木 進: 費用は資料のとおりです。', '平田 愛: 工期はどれくらいですか。', '', '00:05:00', '', '青木 進: 二か月ほどです。'];

describe('Meet’s transcript without its head', () => {
	test('lists its speakers and joins one speaker’s lines', () => {
		const result = parseLines(TRANSCRIPT, 'transcript.txt');
		expect([result.meeting?.series, result.meeting?.date]).toEqual(['設備更新検討', '2025-09-02']);
		expect(result.meeting?.participants.map((group) => group.members.map((member) => member.text))).toEqual([['青木 進', '平田 愛']]);
		expect(turnsOf(result).map(([, text]) => text)).toEqual(['更新の候補を三つに絞りました。\n費用は資料のとおりです。', '工期はどれくらいですか。', '二か月ほどです。']);
	});
});
