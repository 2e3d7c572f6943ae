import { describe, expect, test } from 'vitest';
import { segmentHtml } from '../../src/search/index/indexable-html.ts';
import { JOINER, readIndexedText, segmentText, wordBreaks } from '../../src/search/words.ts';

/** Pagefind's words of indexed text (an index of language `und`): whitespace-separated, the joiners shown as `~`. */
const words = (text: string) => text.split(/\s+/).filter(Boolean).map((word) => word.replaceAll(JOINER, '~'));
/** The words Pagefind indexes: the joiner is not a letter, so it is no part of the word. */
const indexed = (text: string) => words(text).map((word) => word.replaceAll('~', ''));
/** The text of HTML as Pagefind reads it: tags dropped, whitespace at block tags (as its parser does). */
const textOf = (html: string) => html.replace(/<\/?(p|h\d|li|div|br)\b[^>]*>/g, ' ').replace(/<[^>]*>/g, '');

describe('segmentText', () => {
	test.each([
		['能動的サイバー防御', ['能動~', '的~', 'サイ~', 'バー~', '防御']],
		['NICTの演習(CYDER)', ['NICT~', 'の~', '演習~', '(~', 'CYDER~', ')']],
		['第29回会合で議論した。', ['第~', '29~', '回~', '会合~', 'で~', '議論~', 'した~', '。']],
		['Active Cyber Defense の議論', ['Active', 'Cyber', 'Defense', 'の~', '議論']],
		['1,000件のIoT機器', ['1,000~', '件~', 'の~', 'IoT~', '機器']],
		['5G G7 DDoS', ['5G', 'G7', 'DDoS']],
		['○小山委員', ['○~', '小山~', '委員']],
		['ご指摘', ['ご~', '指摘']],
		['𠮷野家', ['𠮷~', '野家']],
		['', []],
	])('%s', (text, expected) => expect(words(segmentText(text))).toEqual(expected));

	test('the joiner is no letter of a word: the indexed words are the text\'s segments', () => {
		expect(indexed(segmentText('「三層分離」の見直し'))).toEqual(['「', '三層', '分離', '」', 'の', '見直し']);
	});

	test('a soft hyphen of the text itself is dropped, so every joiner in the index is a word break', () => {
		expect(segmentText('サイ\u00adバー')).toBe(segmentText('サイバー'));
	});

	test('breaks are written only between touching words, never at whitespace', () => {
		expect(wordBreaks('能動 的')).toEqual([]);
		expect(wordBreaks('能動的')).toEqual([2]);
		expect(wordBreaks('  ')).toEqual([]);
	});
});

describe('readIndexedText', () => {
	test.each([
		'能動的サイバー防御について、NICTの演習(CYDER)を第29回会合で議論した。',
		'「三層分離」の見直し、Active Cyber Defense の議論',
		'𠮷野家と髙橋さん、1,000件',
		'https://example.org/a_b?q=1',
	])('reads the text back from its words as Pagefind joins them (one space each): %s', (text) => {
		expect(readIndexedText(words(segmentText(text)).join(' ').replaceAll('~', JOINER))).toBe(text);
	});

	test('text without joiners is left as it is', () => {
		expect(readIndexedText('alpha  beta')).toBe('alpha  beta');
	});
});

describe('segmentHtml', () => {
	test('writes text as words and leaves tags and attributes alone', () => {
		const html = '<h3 id="r1" data-speaker="小山委員">○小山委員</h3><p>防御&amp;攻撃&lt;b&gt;</p>';
		const out = segmentHtml(html);
		expect(out).toContain('<h3 id="r1" data-speaker="小山委員">');
		expect(words(textOf(out))).toEqual(['○~', '小山~', '委員', '防御~', '&amp;~', '攻撃~', '&lt;~', 'b~', '&gt;']);
	});

	test.each([
		['a word goes on through inline tags', '<p>能<a href="#x">動</a>的</p>', ['能動~', '的']],
		['the break after a word ends its text piece, before the tag', '<p>能動<strong>的</strong>サイバー</p>', ['能動~', '的~', 'サイ~', 'バー']],
		['block tags end a run', '<p>能動</p><p>的</p>', ['能動', '的']],
		['so does a line break', '<p>能動<br>的</p>', ['能動', '的']],
		['list items', '<ul><li>演習</li><li>啓発</li></ul>', ['演習', '啓発']],
	])('%s', (_, html, expected) => {
		expect(words(textOf(segmentHtml(html)))).toEqual(expected);
		expect(readIndexedText(words(textOf(segmentHtml(html))).join(' ').replaceAll('~', JOINER))).toBe(words(textOf(html)).join(' '));
	});

	test('script and style content is left as it is', () => {
		expect(segmentHtml('<script>const a = "能動的";</script><style>p::before{content:"能動的"}</style>')).toBe('<script>const a = "能動的";</script><style>p::before{content:"能動的"}</style>');
	});

	test('markup-like text stays escaped text', () => {
		expect(segmentHtml('<p>&lt;script&gt;能動</p>')).not.toContain('<script>');
	});
});
