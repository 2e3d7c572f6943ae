/**
 * A title led by the day and the clock, as meeting tools and secretaries head their notes (`2024年10月3日 14:00 広報委員会 第5回`,
 * Notta's and CLOVA Note's exports, `令和6年5月8日（水）午後2時～ 役員会`): the clock is none of the body's name, so the meeting
 * joins its series (it had been the series `14:00 広報委員会`, apart from the committee's other meetings).
 */
import { describe, expect, test } from 'vitest';
import { readTitle } from '../../src/parser/title.ts';
import { parseText } from './unseen-helpers.ts';

describe('a clock after the title’s leading day', () => {
	test.each([
		['2024年10月3日 14:00 広報委員会 第5回', '広報委員会', 5],
		['令和6年5月8日（水）午後2時～ 役員会 第3回', '役員会', 3],
		['2024/10/03 14:00-15:30 定例会議 第2回', '定例会議', 2],
		['2024年10月3日 14時 まちづくり協議会 第1回', 'まちづくり協議会', 1],
		['令和6年5月8日（水）10時30分～12時 運営委員会', '運営委員会', null],
	])('%s → series %s', (title, series, session) => {
		expect(readTitle(title, null)).toMatchObject({ title, series, session });
	});

	test('a name that starts with a number is kept (`1番街商店会`)', () => {
		expect(readTitle('2024年10月3日 1番街商店会 第5回', null).series).toBe('1番街商店会');
	});

	test('a meeting tool’s transcript so titled is of the committee’s series', () => {
		const text = ['2024年10月3日 14:00 広報委員会 第5回', '', '話者1 00:00', 'それでは第5回広報委員会を始めます。', '', '話者2 00:15', '表紙の写真は秋祭りのものを使いたいと考えています。', ''].join('\n');
		const { meeting } = parseText(text, 'notta.txt');
		expect(meeting?.series).toBe('広報委員会');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['話者1', '話者2']);
	});
});
