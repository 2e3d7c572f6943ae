/**
 * A town's page of a council's record, saved as HTML (the standard form of 附属機関等の会議録: each field's label a heading, its
 * value a paragraph below it), titles the page with the document's word in brackets after the body's name:
 * `令和6年度第2回地域福祉推進会議（会議録）`, `…推進会議(会議録)`, `…協議会（会議要旨）`, `…審議会【会議録】`. The word names the
 * document, not the body: the series is the body's name alone, as it is for `…審議会 会議録` and `…会議（議事録）` (it had kept
 * the bracket, a series of its own apart from the same body's other records).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const page = (title: string): string =>
	[
		title,
		'',
		'開催日時',
		'',
		'令和6年11月21日(木) 14時00分～15時40分',
		'',
		'開催場所',
		'',
		'かえで町役場3階 301会議室',
		'',
		'出席委員の氏名',
		'',
		'森下雅人、宮本京子、野沢英樹',
		'',
		'会議概要',
		'',
		'(委員)サロンの参加者数が減っている理由は何ですか。',
		'(事務局)会場の改修で二か所のサロンが休止していたためです。',
	].join('\n');

describe('the document’s word in brackets after the body’s name', () => {
	test.each([
		['令和6年度第2回地域福祉推進会議（会議録）', '地域福祉推進会議', 2],
		['令和3年度第1回男女共同参画社会推進会議(会議録)', '男女共同参画社会推進会議', 1],
		['令和6年度第1回介護保険運営協議会（会議要旨）', '介護保険運営協議会', 1],
		['第2回かえで町環境審議会【会議録】', 'かえで町環境審議会', 2],
		['第5回まちづくり懇談会（会議概要）', 'まちづくり懇談会', 5],
	])('%s: series %s', (title, series, session) => {
		const { meeting } = parseText(page(title), 'page.html');
		expect(meeting?.title).toBe(title);
		expect(meeting?.series).toBe(series);
		expect(meeting?.session).toBe(session);
	});
});
