/**
 * A LINE WORKS talk room saved as text, its first line the room's name and `トーク履歴` with or without the app's mark, the
 * save time, the day and one message per row (`19:00<TAB>佐々木 恵<TAB>…`): read as LINE's export is, dated by the day of
 * the messages (the save time had dated it, and no message had been a turn).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const ROOM = ['{TITLE}', '保存日時：2025/07/02 07:45', '', '2025/07/01(火)', '20:00\t片山 洋平\t本日の運営会議を始めます。', '20:03\t松下 里美\t会場費の見積もりが届きました。', '20:05\t片山 洋平\t承認します。'];

describe('a LINE WORKS talk room saved as text', () => {
	test.each(['運営会議 トーク履歴', '[LINE WORKS] 運営会議のトーク履歴'])('%s: its messages are turns, dated by their day', (title) => {
		const result = parseLines(ROOM.map((line) => line.replace('{TITLE}', title)), 'room.txt');
		expect([result.meeting?.title, result.meeting?.date, result.meeting?.start, result.meeting?.end]).toEqual(['運営会議 トーク履歴', '2025-07-01', '20:00', '20:05']);
		expect(result.meeting?.participants.map((group) => group.members.map((member) => member.text))).toEqual([['片山 洋平', '松下 里美']]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['片山 洋平', '松下 里美', '片山 洋平']);
	});
});
