/**
 * A site's name set in words at the top of a saved page, as a heading linking home (`<h1><a href="/">かわせみ町</a></h1>`) or
 * in a template's logo block (`site-title`, `site-logo`): the site's, never the minutes' title, so the meeting is titled
 * and its series named by the page's own heading (the town had been the series). A heading linking to another page
 * (the minutes' own title linked, as old pages set it) stays.
 */
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseDocuments } from '../../src/parser/index.ts';

function read(html: string) {
	const decoded = decodeSeed(new TextEncoder().encode(html), { html: true });
	if (!decoded.ok) throw new Error(decoded.message);
	return { text: decoded.text, meeting: parseDocuments(decoded.text, { source: 'a.html', sourceHash: '0'.repeat(64) })[0]?.meeting };
}

const page = (top: string) => `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>かわせみ町 | 令和6年第1回総合教育会議 会議録</title></head>
<body><div class="container">
${top}
<div class="text">
<h2>令和6年第1回総合教育会議 会議録</h2>
<p>日時　令和6年5月21日（火）午後3時～4時20分</p>
<p>場所　役場3階　第1会議室</p>
<p>町長　皆さんお疲れさまです。本日はいじめ防止基本方針の改定について協議します。</p>
<p>教育長　改定案の概要を学校教育課長から説明させます。</p>
<p>町長　それでは、改定案のとおり進めてください。</p>
</div></div></body></html>`;

describe("the site's name over the minutes", () => {
	for (const top of [
		'<h1><a href="/">かわせみ町</a></h1>',
		'<h1><a href="https://www.town.kawasemi.example.jp/index.html">かわせみ町</a></h1>',
		'<div class="site-title"><a href="https://www.town.kawasemi.example.jp/">かわせみ町</a></div>',
		'<p id="logo">かわせみ町</p>',
	]) {
		test(top, () => {
			const { text, meeting } = read(page(top));
			expect(text.split('\n')[0]).toBe('令和6年第1回総合教育会議 会議録');
			expect(meeting?.title).toBe('令和6年第1回総合教育会議 会議録');
			expect(meeting?.series).toBe('総合教育会議');
			expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['町長', '教育長', '町長']);
		});
	}

	test("a heading linking to another page is the page's text", () => {
		const { text } = read(page('<h1><a href="/kyouiku/sougou.html">総合教育会議</a></h1>'));
		expect(text.split('\n')[0]).toBe('総合教育会議');
	});
});
