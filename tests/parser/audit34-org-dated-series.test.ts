/**
 * A title that names the day in the Western year (`みなと協会 2024年10月5日 理事会議事録`) or as a wiki names its pages
 * (`みなと協会 : 2024-10-05 理事会議事録`): the body meets under one name every time, so the series leaves the day out, and the
 * colon a wiki sets between its space and the page (the series had been `みなと協会 : 2024-10-05 理事会`, one per meeting).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const seriesOf = (title: string): string | null | undefined =>
	parseLines([title, '', '日時：2024年10月5日（土）10:00〜11:30', '場所：協会事務所', '出席者：理事長 坂口、理事 宮本', '', '議事', '坂口理事長：会費を改定したい。', '宮本理事：賛成です。']).meeting?.series;

describe('the series of a title with its day', () => {
	test.each([
		['みなと協会 2024年10月5日 理事会議事録', 'みなと協会 理事会'],
		['みなと協会 : 2024-10-05 理事会議事録', 'みなと協会 理事会'],
		['2024-10-05 理事会議事録', '理事会'],
		['みなと協会 : 第3回理事会議事録', 'みなと協会 理事会'],
		['みなと協会　令和6年10月5日　理事会議事録', 'みなと協会　理事会'],
		// (In brackets, the day goes whole with the time after it, as a meeting app names its notes.)
		['理事会 (2024年10月5日 19:30 JST) の議事録', '理事会'],
		['PTA広報委員会 (2024-10-08 19:30 GMT+9) の文字起こし', 'PTA広報委員会'],
	])('%s is of the series %s', (title, series) => {
		expect(seriesOf(title)).toBe(series);
	});
});
