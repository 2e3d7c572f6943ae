import { describe, expect, test } from 'vitest';
import { foldKey, foldVariants, matchKey, mayFold } from '../../src/search/query.ts';

/** Spelling variants that must fold to the same form, both ways. */
const PAIRS: readonly [string, string][] = [
	['御指摘', 'ご指摘'],
	['御意見をいただいた', 'ご意見をいただいた'],
	['取組', '取り組み'],
	['取組み', '取り組み'],
	['取り組む', '取組む'],
	['サーバ', 'サーバー'],
	['コンピュータの', 'コンピューターの'],
	['子供', '子ども'],
	['ヴァイオリン', 'バイオリン'],
	['ヴィジョン', 'ビジョン'],
	['ヴェンダー', 'ベンダ'],
	['ネットワーク', 'ネットワーク'],
	['⾏政', '行政'],
	['⻑官', '長官'],
	['ＮＩＣＴ', 'nict'],
	['德川委員', '徳川委員'],
	['髙橋　﨑山', '高橋　崎山'],
	['第七十四回帝國議會', '第七十四回帝国議会'],
];

/** Different words that must stay apart. */
const APART: readonly [string, string][] = [
	['防御', '防ご'],
	['制御システム', '制ごシステム'],
	['カー', 'カ'],
	['データ', 'デタ'],
	['サーバーセキュリティ', 'サーバセキュリティ'],
];

describe('foldVariants', () => {
	test.each(PAIRS)('%s and %s fold to one form', (a, b) => {
		expect(foldVariants(a)).toBe(foldVariants(b));
		expect(foldVariants(b)).toBe(foldVariants(a));
	});

	test.each(APART)('%s and %s stay apart', (a, b) => {
		expect(foldVariants(a)).not.toBe(foldVariants(b));
	});

	test.each(PAIRS)('a text with %s contains the folded %s', (a, b) => {
		expect(foldVariants(`本日は${a}について`)).toContain(foldVariants(b));
		expect(foldVariants(`本日は${b}について`)).toContain(foldVariants(a));
	});
});

describe('foldKey', () => {
	test.each([
		['ご意見の取り組み', '取組', 4],
		['ＮＩＣＴの サーバー', 'サーバ', 6],
		['⻑官', '長官', 0],
		['○德川國務大臣', '徳川国務大臣', 1],
	])('maps each folded character of %s back to the original (%s at %i)', (text, word, start) => {
		const { key, origin } = foldKey(text);
		const at = key.indexOf(word);
		expect(at).toBeGreaterThanOrEqual(0);
		expect(origin[at]).toBe(start);
		expect(origin).toHaveLength(key.length);
	});
});

describe('foldVariants and foldKey agree', () => {
	test.each([
		'御指摘のとおり取り組みを進めるサーバーの子どもヴァイオリン',
		'ＮＩＣＴ　の Ｃyder と⻑期の取組み',
		'打ち合わせ・問い合わせ・申し込み・引き続き・手続き・受け付け',
		'ユーザー、サーバ、コンピューター。',
	])('%s', (text) => {
		const normalized = text.normalize('NFKC');
		expect(foldVariants(normalized)).toBe(foldKey(normalized).key);
	});

	test('mayFold is true wherever folding changes a clause', () => {
		for (const clause of ['御指摘', '取り組み', 'サーバー', '子ども', 'ヴァ', '⻑期', '帝國議會', '髙橋']) {
			expect(mayFold(clause)).toBe(true);
			expect(foldVariants(clause)).not.toBe(matchKey(clause));
		}
		expect(mayFold('能動的サイバー防御の導入')).toBe(true);
		expect(mayFold('情報共有の体制')).toBe(false);
	});
});
