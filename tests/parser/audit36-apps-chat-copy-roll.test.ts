/**
 * A meeting chat copied from Teams, each message under its time in square brackets and its author (`[10:02] 山崎 隆` over the
 * words), under the title and the date: the authors are the participants, as a recording's stamped speakers are (such a
 * copy had had none, its clock times taken for a schedule's).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, rollsOf, turnsOf } from './unseen-helpers.ts';

const CHAT = [
	'営業部会　チャット記録',
	'2024年10月3日',
	'',
	'[10:02] 山崎 隆',
	'おはようございます。本日の営業部会を始めます。',
	'',
	'[10:05] 本田 彩花',
	'先月は目標の百二パーセントでした。',
	'',
	'[10:08] 木下 翔',
	'東地区は少し落ちています。',
	'',
	'[10:12] 山崎 隆',
	'次回は10月17日です。',
];

describe('a chat copied with the time in square brackets over each message', () => {
	test('its authors are the roll and each message their turn', () => {
		const result = parseLines(CHAT, 'teams_chat_営業部会.txt');
		expect(rollsOf(result)).toEqual([['参加者', ['null 山崎 隆', 'null 本田 彩花', 'null 木下 翔']]]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['山崎 隆', '本田 彩花', '木下 翔', '山崎 隆']);
	});

	test('a clock time without brackets after a name gives no roll', () => {
		const lines = CHAT.map((line) => line.replace(/^\[(\d\d:\d\d)\] (.+)$/u, '$2   $1'));
		expect(rollsOf(parseLines(lines, 'teams_chat_営業部会.txt'))).toEqual([]);
	});
});
