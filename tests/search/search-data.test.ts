import { describe, expect, test } from 'vitest';
import { agendaByRemark, foldedClauses, htmlText, withSearchData } from '../../src/search/index/search-data.ts';
import { indexableHtml } from '../../src/search/index/indexable-html.ts';

/** A built meeting page as src/pages/meetings/[id].astro writes it (the parts the index reads). */
const page = `<!doctype html><html lang="ja"><body><main data-pagefind-body>
<h1 data-pagefind-meta="title">表記ゆれ検証会議（<span class="keep-whole">第1回</span>）議事要旨</h1>
<nav id="agenda" class="toc" data-pagefind-ignore="all"><h2 id="agenda-heading">議題</h2><ol><li><a href="#s2">議題（1）検証の進め方</a></li><li>議題（2）その他</li></ol></nav>
<div class="minutes-body">
<section id="s1" class="minutes-section" aria-labelledby="s1-h"><h2 id="s1-h">開会</h2>
<article class="remark" data-remark-id="r1"><h3 id="r1">森川座長</h3><p>開会します。</p></article></section>
<section id="s2" class="minutes-section" aria-labelledby="s2-h"><h2 id="s2-h">（2）議事</h2>
<article class="remark" data-remark-id="r2"><h3 id="r2">田辺構成員</h3><p>前回いただいたご指摘を踏まえ、地域の取り組みを整理した。</p></article>
<article class="remark" data-remark-id="r3"><h3 id="r3">森川座長</h3><p>次回までに検討する。</p></article></section>
</div></main></body></html>`;

describe('agendaByRemark', () => {
	test('gives each remark the agenda item of its section, else the section title', () => {
		expect(agendaByRemark(page)).toEqual({ r1: '開会', r2: '議題（1）検証の進め方', r3: '議題（1）検証の進め方' });
	});
});

describe('htmlText', () => {
	test('a heading’s <wbr> (where a long katakana word meets kanji) is no word boundary, other tags are', () => {
		expect(htmlText('ICT サイバーセキュリティ<wbr>政策分科会（<span class="keep-whole">第4回</span>）')).toBe('ICT サイバーセキュリティ政策分科会（ 第4回 ）');
		expect(htmlText('<p>開会</p><p>閉会</p>')).toBe('開会 閉会');
	});
});

describe('foldedClauses', () => {
	test('keeps only the clauses a variant rule changes, folded', () => {
		expect(foldedClauses('前回いただいたご指摘を踏まえ、地域の取り組みを整理した。次回までに検討する。')).toEqual(['地域の取組を整理した']);
		expect(foldedClauses('サーバーの更新。防御の体制。')).toEqual(['サーバの更新']);
	});
});

describe('withSearchData', () => {
	const html = withSearchData(page, indexableHtml(page));
	test('puts the agenda and the title as written (a span keeping its 第1回 on one line no word boundary) in attribute metadata inside the searchable element', () => {
		const body = html.slice(html.indexOf('data-pagefind-body'), html.lastIndexOf('</main>'));
		expect(body).toContain('data-pagefind-meta="agenda[data-search-agenda], heading[data-search-heading]"');
		expect(body).toContain('data-search-heading="表記ゆれ検証会議（第1回）議事要旨"');
		expect(body).toContain('&quot;r2&quot;:&quot;議題（1）検証の進め方&quot;');
	});
	test('adds the folded spellings under their own anchor after the last remark', () => {
		expect(html).toMatch(/<\/article><\/section>\s*<\/div><span [^>]*><\/span><h6 id="search-variants"><\/h6><p>地域の取組を整理した<\/p><\/main>/);
	});
	test('leaves a page without a searchable element as it is', () => {
		const plain = '<html><body><p>ご指摘</p></body></html>';
		expect(withSearchData(plain, plain)).toBe(plain);
	});
});
