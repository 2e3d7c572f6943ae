/**
 * A LINE WORKS talk room saved with its rows apart by spaces rather than tabs (`20:00 村上 浩二 本文`): each message is a
 * turn of its author, whose name is the words that open the author's other rows too, the app's notice of a member who
 * joins is a note, and the day of the messages dates the record (no message had been read, and the save time had dated it).
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseLines, turnsOf } from './unseen-helpers.ts';

const ROOM = [
	'防犯部会 トーク履歴',
	'保存日時：2025/04/13 09:10',
	'',
	'2025/04/12(土)',
	'20:00 村上 浩二 今月の部会を始めます。',
	'20:03 石井 早苗 見回りの当番表を作りました。',
	'20:05 Ken 当番は隔週でよいと思います。',
	'20:06 村上 浩二 では隔週にします。',
	'20:07 中野 翼がトークルームに参加しました。',
	'20:08 Ken 了解 です。',
	'20:09 石井 早苗 表を直して送ります。',
];

describe('a LINE WORKS talk room with rows apart by spaces', () => {
	test('reads each row as its author’s turn, dated by the day of the messages', () => {
		const result = parseLines(ROOM, 'room.txt');
		expect([result.meeting?.date, result.meeting?.start, result.meeting?.end]).toEqual(['2025-04-12', '20:00', '20:09']);
		expect(turnsOf(result).map(([speaker, text]) => `${speaker}|${text.split('\n')[0]?.replace(/^\[[0-9:]+\] /u, '')}`)).toEqual([
			'村上 浩二|今月の部会を始めます。',
			'石井 早苗|見回りの当番表を作りました。',
			'Ken|当番は隔週でよいと思います。',
			'村上 浩二|では隔週にします。',
			'Ken|了解 です。',
			'石井 早苗|表を直して送ります。',
		]);
		expect(notesOf(result).some((note) => note.includes('中野 翼がトークルームに参加しました。'))).toBe(true);
	});
});
