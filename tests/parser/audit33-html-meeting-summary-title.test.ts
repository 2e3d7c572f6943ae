/**
 * A city's page titled `…会議要旨` (`環境審議会（令和6年2月15日開催）会議要旨`, `第3回環境審議会会議要旨`): the summary's word is
 * the document's, as `議事要旨` and `会議概要` are, so the series is the body's name alone (it had been `環境審議会会議要旨`,
 * apart from the body's other meetings) and the record is minutes.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { readTitle } from '../../src/parser/title.ts';

describe('会議要旨 in the title', () => {
	for (const [title, session] of [
		['環境審議会（令和6年2月15日開催）会議要旨', null],
		['第3回環境審議会会議要旨', 3],
		['環境審議会 会議要旨', null],
	] as const) {
		test(title, () => {
			expect(readTitle(title, null)).toMatchObject({ series: '環境審議会', session, kind: 'minutes' });
		});
	}

	test('a saved page of the summary', () => {
		const result = parseDocuments(
			[
				'環境審議会（令和6年2月15日開催）会議要旨',
				'出席者',
				'委員：土屋会長、林副会長、水野委員',
				'事務局：環境政策課長',
				'会議要旨',
				'【土屋会長】中間評価の進め方について事務局から説明をお願いします。',
				'【環境政策課長】資料1に基づき説明。',
				'【水野委員】目標達成は難しいのではないか。',
			].join('\n'),
			{ source: 'a.html', sourceHash: '0'.repeat(64) },
		)[0];
		expect(result?.meeting?.series).toBe('環境審議会');
		expect(result?.meeting?.date).toBe('2024-02-15');
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['土屋会長', '環境政策課長', '水野委員']);
	});
});
