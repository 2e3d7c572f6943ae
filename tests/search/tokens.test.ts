import { describe, expect, test } from 'vitest';
import { segmentHtml } from '../../src/search/index/indexable-html.ts';
import { joinTokens, pagefindQuery, queryTokens, runTokens, segmentText } from '../../src/search/tokens.ts';

/** Pagefind's words of indexed text: whitespace-separated. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('runTokens', () => {
	test.each([
		[['能'], ['能_']],
		[['能', '動'], ['能動', '動_']],
		[['能', '動', '的'], ['能動', '動的', '的_']],
		[['𠮷', '野'], ['𠮷野', '野_']],
	])('%j → %j', (letters, tokens) => expect(runTokens(letters)).toEqual(tokens));
});

describe('segmentText', () => {
	test.each([
		['能動的サイバー防御', ['能動', '動的', '的サ', 'サイ', 'イバ', 'バー', 'ー防', '防御', '御_']],
		['NICTの演習', ['NICT', 'の演', '演習', '習_']],
		['第29回会合', ['第_', '29', '回会', '会合', '合_']],
		['「三層分離」の見直し、', ['「', '三層', '層分', '分離', '離_', '」', 'の見', '見直', '直し', 'し_', '、']],
		['Active Cyber Defense', ['Active', 'Cyber', 'Defense']],
		['佐々木〆切', ['佐々', '々木', '木〆', '〆切', '切_']],
	])('%s', (text, tokens) => expect(words(segmentText(text))).toEqual(tokens));

	test.each([
		'能動的サイバー防御について、NICTの演習（CYDER）を第29回会合で議論した。',
		'「三層分離」の見直し、Active Cyber Defense の議論',
		'𠮷野家と髙橋さん',
	])('reads back to the text (whitespace next to Japanese aside): %s', (text) => {
		expect(joinTokens(words(segmentText(text)))).toBe(text.replace(/\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+/g, ''));
	});
});

describe('queryTokens', () => {
	test.each([
		['能動的サイバー防御', ['能動', '的サ', 'イバ', 'ー防', '防御']],
		['能動的', ['能動', '動的']],
		['サイバー', ['サイ', 'バー']],
		['新幹線', ['新幹', '幹線']],
		['防御', ['防御']],
		['防', ['防']],
		['nict', ['nict']],
		['iot機器', ['iot', '機器']],
		['第29回', ['第', '29', '回']],
	])('%s → %j', (word, tokens) => expect(queryTokens(word)).toEqual(tokens));

	test('every query token is an index token or the start of one, for a word found in the text', () => {
		const text = '政府としては能動的サイバー防御の導入に向けて、IoT機器の脆弱性対策を進める。';
		const index = words(segmentText(text));
		for (const word of ['サイバー防御', '防御の導入', '脆弱性', 'iot機器', '御', 'IoT機器'.toLowerCase()]) {
			for (const token of queryTokens(word)) expect(index.some((indexed) => indexed.toLowerCase().startsWith(token))).toBe(true);
		}
	});

	test('no token of the text is a prefix of a bigram it lacks (a lone letter is marked)', () => {
		const index = words(segmentText('新井構成員が新たな基幹の説明をした。'));
		for (const token of queryTokens('新幹線')) expect(index.some((indexed) => token.startsWith(indexed) || indexed.startsWith(token))).toBe(false);
	});

	test('a word absent from the text has a token the text lacks', () => {
		const index = words(segmentText('能動的サイバー防御の導入'));
		expect(queryTokens('サイバー攻撃').some((token) => !index.includes(token))).toBe(true);
	});

	test('pagefindQuery joins the tokens of every word', () => {
		expect(pagefindQuery(['能動的', 'nict'])).toBe('能動 動的 nict');
		expect(pagefindQuery(['サイバー防御'])).toBe('サイ バー 防御');
	});
});

describe('segmentHtml', () => {
	test('writes text as tokens and leaves tags and attributes alone', () => {
		const html = '<h3 id="r1" data-speaker="小山委員">○小山委員</h3><p>防御&amp;攻撃</p>';
		const out = segmentHtml(html);
		expect(out).toContain('<h3 id="r1" data-speaker="小山委員">');
		expect(words(out.replace(/<[^>]*>/g, ' '))).toEqual(['○', '小山', '山委', '委員', '員_', '防御', '御_', '&amp;', '攻撃', '撃_']);
	});

	test('a run goes on through inline tags, not through block tags', () => {
		expect(words(segmentHtml('<p>能<a href="#x">動</a>的</p>').replace(/<[^>]*>/g, ' '))).toEqual(['能動', '動的', '的_']);
		expect(words(segmentHtml('<p>能動</p><p>的</p>').replace(/<[^>]*>/g, ' '))).toEqual(['能動', '動_', '的_']);
	});

	test('script and style content is left as it is', () => {
		expect(segmentHtml('<script>const a = "能動";</script>')).toBe('<script>const a = "能動";</script>');
	});
});
