import { describe, expect, test } from 'vitest';
import { matchKey, normalizeQuery, queryWords } from '../../src/search/query.ts';
import { indexableHtml, normalizeHtmlText } from '../../src/search/index/indexable-html.ts';
import { containsAllWords, containsExactWords, fragmentRegions, fragmentWords, markWords, shownLabel, sortByDate, stripLabel, wordRanges } from '../../src/search/client/verify.ts';

/** A fragment shaped like Pagefind's for a Japanese page: words joined by zero-width spaces, headings followed by `. `. */
function fragment(blocks: { id?: string; element?: string; heading?: string; words: string[] }[]) {
	const words: string[] = [];
	const anchors: { element: string; id: string; text: string; location: number }[] = [];
	for (const block of blocks) {
		if (block.id) anchors.push({ element: block.element ?? 'h3', id: block.id, text: block.heading ?? '', location: words.length });
		if (block.heading) words.push(block.heading, '. ');
		words.push(...block.words);
	}
	return { content: words.join('\u200b'), anchors };
}

describe('normalizeQuery / queryWords / matchKey', () => {
	test.each([
		['ＮＩＣＴ', 'NICT'],
		['  能動的サイバー防御　 演習 ', '能動的サイバー防御 演習'],
		['ｻｲﾊﾞｰ', 'サイバー'],
		['５Ｇ', '5G'],
	])('normalizeQuery(%s) is %s', (input, expected) => {
		expect(normalizeQuery(input)).toBe(expected);
	});

	test('queryWords splits on any space and drops quotes', () => {
		expect(queryWords('"能動的サイバー防御"　ＣＹＤＥＲ')).toEqual(['能動的サイバー防御', 'CYDER']);
		expect(queryWords('   ')).toEqual([]);
	});

	test('matchKey lower-cases ASCII only and drops whitespace', () => {
		expect(matchKey('ＮＩＣＴ の Ｃyder')).toBe('nictのcyder');
		expect(matchKey('ΑΒΓ')).toBe('ΑΒΓ');
	});
});

describe('normalizeHtmlText', () => {
	test('normalizes text but not tags or attributes', () => {
		const html = '<h3 id="r1" data-speaker="ＮＩＣＴ担当">ＮＩＣＴ担当</h3><p>５Ｇと<a href="/x?q=ＡＢ">ＣＹＤＥＲ</a></p>';
		expect(normalizeHtmlText(html)).toBe('<h3 id="r1" data-speaker="ＮＩＣＴ担当">NICT担当</h3><p>5Gと<a href="/x?q=ＡＢ">CYDER</a></p>');
	});

	test('full-width brackets become escaped text, never markup', () => {
		expect(normalizeHtmlText('<p>＜script＞alert(1)＜/script＞ ＆ ＂</p>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;</p>');
	});

	test('leaves scripts, comments and attributes holding > alone', () => {
		const html = '<script>const a = "ＡＢ";</script><!-- ＡＢ --><p title="a > ＡＢ">ＡＢ</p>';
		expect(normalizeHtmlText(html)).toBe('<script>const a = "ＡＢ";</script><!-- ＡＢ --><p title="a > ＡＢ">AB</p>');
	});
});

describe('fragmentRegions', () => {
	const page = fragment([
		{ words: ['会議', '要旨'] },
		{ id: 's1-h', element: 'h2', heading: '議題', words: ['能動', '的', 'な', '対応', 'を', '説明'] },
		{ id: 'r1', heading: '松原構成員', words: ['能動', '的', 'サイバー', '防御', 'が', '重要'] },
		{ id: 'r2', heading: '小山構成員', words: ['サイバー', '防御', 'の', '能動', '的', 'な', '運用', '。', '松原', '構成', '員', 'に', '同意'] },
	]);

	test('cuts the page into opening, section and remark texts at the anchors, headings left out', () => {
		expect(fragmentRegions(page)).toEqual([
			{ kind: 'page', anchor: null, label: '', text: '会議要旨' },
			{ kind: 'section', anchor: 's1-h', label: '議題', text: '能動的な対応を説明' },
			{ kind: 'remark', anchor: 'r1', label: '松原構成員', text: '能動的サイバー防御が重要' },
			{ kind: 'remark', anchor: 'r2', label: '小山構成員', text: 'サイバー防御の能動的な運用。松原構成員に同意' },
		]);
	});

	test('a phrase whose segments are scattered is not in the remark; one that is whole is', () => {
		const regions = fragmentRegions(page);
		const phrase = ['能動的サイバー防御'];
		expect(regions.filter((region) => containsAllWords(region.text, phrase)).map((region) => region.anchor)).toEqual(['r1']);
	});

	test('a speaker label is no hit for the name; the remark text is', () => {
		const regions = fragmentRegions(page);
		expect(regions.filter((region) => containsAllWords(region.text, ['松原'])).map((region) => region.anchor)).toEqual(['r2']);
	});

	test('a section element anchor (no heading) ends the remark before it', () => {
		const withSection = fragment([
			{ id: 'r1', heading: 'A構成員', words: ['前', 'の', '発言'] },
			{ id: 's2', element: 'section', words: ['後', 'の', '地', '文'] },
		]);
		expect(fragmentRegions(withSection)).toEqual([{ kind: 'remark', anchor: 'r1', label: 'A構成員', text: '前の発言' }]);
	});

	test('splits content without zero-width spaces on whitespace, as Pagefind does', () => {
		expect(fragmentWords('alpha beta\ngamma')).toEqual({ words: ['alpha', 'beta', 'gamma'], joiner: ' ' });
	});
});

describe('containsAllWords', () => {
	test.each([
		['NICTとCYDERの演習', ['ＮＩＣＴ'], true],
		['ＮＩＣＴとＣＹＤＥＲ', ['nict', 'cyder'], true],
		['NICTの演習', ['NICT', 'CYDER'], false],
		['ブロック単位のチェーン', ['ブロックチェーン'], false],
		['何でも', [], false],
	])('%s contains %j: %s', (text, words, expected) => {
		expect(containsAllWords(text, words)).toBe(expected);
	});
});

describe('stripLabel', () => {
	test('drops the heading and the dot after it, even with spaces inside the heading', () => {
		expect(stripLabel('JPCERT/CC 佐々木氏. 本文', 'JPCERT/CC 佐々木氏')).toBe('本文');
		expect(stripLabel('JPCERT/CC佐々木氏. 本文', 'JPCERT/CC 佐々木氏')).toBe('本文');
		expect(stripLabel('別の書き出し', '松原構成員')).toBe('別の書き出し');
	});
});

describe('wordRanges / markWords', () => {
	test('marks each occurrence of each word in the original text', () => {
		expect(markWords('ＮＩＣＴとnictのCYDER', ['NICT', 'cyder'])).toEqual([
			{ text: 'ＮＩＣＴ', mark: true },
			{ text: 'と', mark: false },
			{ text: 'nict', mark: true },
			{ text: 'の', mark: false },
			{ text: 'CYDER', mark: true },
		]);
	});

	test('a match across a space covers the space', () => {
		expect(wordRanges('能動的サイバー 防御です', ['能動的サイバー防御'])).toEqual([[0, 10]]);
	});

	test('no words, no marks', () => {
		expect(markWords('本文', [])).toEqual([{ text: '本文', mark: false }]);
	});
});

describe('sortByDate', () => {
	const items = [
		{ date: '2023-05-01', id: 'a' },
		{ date: '2024-01-10', id: 'b' },
		{ date: '2023-05-01', id: 'c' },
		{ date: '2022-12-31', id: 'd' },
	];
	test('newest first, ties in their original order', () => {
		expect(sortByDate(items, false).map((item) => item.id)).toEqual(['b', 'a', 'c', 'd']);
	});
	test('oldest first', () => {
		expect(sortByDate(items, true).map((item) => item.id)).toEqual(['d', 'a', 'c', 'b']);
	});
	test('items from several index parts come out in one date order', () => {
		const partNew = [{ date: '2024-03-01' }, { date: '2021-01-01' }];
		const partOld = [{ date: '2022-06-01' }, { date: '2020-01-01' }];
		expect(sortByDate([...partNew, ...partOld], false).map((item) => item.date)).toEqual(['2024-03-01', '2022-06-01', '2021-01-01', '2020-01-01']);
	});
});

describe('fragmentRegions on data() output', () => {
	test('reads the zero-width-space words from raw_content (data() strips them from content) and unescapes < >', () => {
		const raw = fragment([{ id: 'r1', heading: 'A構成員', words: ['a', '<', 'b', 'の', '比較'] }]);
		const data = { content: raw.content.replace(/\u200b/g, ''), raw_content: raw.content.replace(/</g, '&lt;'), anchors: raw.anchors };
		expect(fragmentRegions(data)).toEqual([{ kind: 'remark', anchor: 'r1', label: 'A構成員', text: 'a<bの比較' }]);
	});
});

describe('indexableHtml', () => {
	const page = (inner: string) =>
		`<!DOCTYPE html><html lang="ja"><head><title>t</title><script>x</script></head><body><header>site</header><div class="meeting" data-pagefind-body data-pagefind-sort="date:2024-01-01"><div><nav class="series-nav" data-pagefind-ignore="all"><ul><li><a href="/p/">前の回</a><ul><li>入れ子</li></ul></li></ul></nav><article class="remark" data-remark-id="r1"><h3 id="r1">A<a class="permalink" href="#r1" data-pagefind-ignore="all"><span>#</span></a></h3><p>${inner}</p><p data-pagefind-ignore>見出しには残す</p><details class="cite" data-pagefind-ignore="all"><summary>引用</summary><p>長い引用</p></details></article></div></div><section id="provenance">SHA</section></body></html>`;

	test('keeps only the data-pagefind-body element (nested divs counted) and the lang, without elements ignored with "all"', () => {
		expect(indexableHtml(page('本文'))).toBe(
			'<!doctype html><html lang="ja"><head><meta charset="utf-8"></head><body><div class="meeting" data-pagefind-body data-pagefind-sort="date:2024-01-01"><div><article class="remark" data-remark-id="r1"><h3 id="r1">A</h3><p>本文</p><p data-pagefind-ignore>見出しには残す</p></article></div></div></body></html>',
		);
	});

	test('a change in an ignored element (a new neighbour in the series) leaves the indexed HTML as it was', () => {
		expect(indexableHtml(page('本文').replace('前の回', '第2回'))).toBe(indexableHtml(page('本文')));
		expect(indexableHtml(page('本文').replace('本文', '本文が変わった'))).not.toBe(indexableHtml(page('本文')));
	});

	test('returns the page unchanged when it has no body element or the cut would lose a remark', () => {
		const plain = '<html lang="ja"><body><p>x</p></body></html>';
		expect(indexableHtml(plain)).toBe(plain);
		const unbalanced = page('本文').replace('</div></div><section', '</div><section');
		const withRemarkAfter = unbalanced.replace('<section id="provenance">', '<article data-remark-id="r2"></article><section id="provenance">');
		expect(indexableHtml(withRemarkAfter)).toBe(withRemarkAfter);
	});
});

describe('spelling variants in the check', () => {
	test.each([
		['先ほどのご指摘について', '御指摘'],
		['先ほどの御指摘について', 'ご指摘'],
		['地域の取り組みを紹介', '取組'],
		['地域の取組を紹介', '取り組み'],
		['サーバの更新', 'サーバー'],
		['子どもの安全', '子供'],
		['⻑官の対応', '長官'],
	])('%s holds %s as a variant, not in the form asked', (text, word) => {
		expect(containsAllWords(text, [word])).toBe(true);
		expect(containsExactWords(text, [word])).toBe(false);
		expect(markWords(text, [word]).some((part) => part.mark)).toBe(true);
	});

	test('a text without the word or a variant of it is no hit', () => {
		expect(containsAllWords('防御の体制', ['ご指摘'])).toBe(false);
		expect(containsAllWords('組織の取りまとめ', ['取組'])).toBe(false);
	});
});

describe('shownLabel', () => {
	test('drops the person’s name in brackets that the page adds when the label does not hold it', () => {
		expect(shownLabel('安達構成員(安達(構成員))', ['後藤', '安達（構成員）'])).toBe('安達構成員');
		expect(shownLabel('JPCERT/CC 佐々木氏(佐々木勇人)', ['佐々木勇人'])).toBe('JPCERT/CC 佐々木氏');
	});

	test('keeps a bracket that is part of the label as written', () => {
		expect(shownLabel('議長(山田太郎君)', ['山田太郎'])).toBe('議長(山田太郎君)');
		expect(shownLabel('山田座長(東京大学)', ['山田'])).toBe('山田座長(東京大学)');
		expect(shownLabel('事務局', [])).toBe('事務局');
	});
});
