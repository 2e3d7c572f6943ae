/**
 * A transcript titled as a recording app names its file, the day joined to the name by an underscore (`経営会議_2025.02.20`,
 * as CLOVA Note titles a note): the series is the name alone, one series for every day's meeting (each day had been a
 * series of its own).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const NOTE = ['{TITLE}', '{DAY} 木 09:30 ・ 12分 40秒', '大塚 正樹 木下 千夏', '', '大塚 正樹 00:00', 'おはようございます。', '木下 千夏 00:06', '資金繰りの報告です。'];

describe('a day joined to the name by an underscore', () => {
	test.each([
		['経営会議_2025.02.20', '2025.02.20', '2025-02-20'],
		['経営会議_2025.03.20', '2025.03.20', '2025-03-20'],
		['経営会議_20250417', '2025.04.17', '2025-04-17'],
	])('%s is a meeting of the series 経営会議', (title, day, iso) => {
		const result = parseLines(NOTE.map((line) => line.replace('{TITLE}', title).replace('{DAY}', day)), 'note.txt');
		expect([result.meeting?.series, result.meeting?.date]).toEqual(['経営会議', iso]);
	});
});
