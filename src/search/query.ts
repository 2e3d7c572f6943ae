/**
 * One normalization for the search index, the search box, the early Pagefind start and the
 * highlighter: NFKC (全角英数 → 半角, 半角カナ → 全角), so that ＮＩＣＴ and NICT are the same word for
 * Pagefind and for the phrase check. The index side (src/search/index/indexable-html.ts) uses `normalizeText`.
 */
import { RADICALS_SUPPLEMENT } from '../converter/cjk-radicals.ts';
import { OLD_FORM, TODAY_FORM } from '../format/old-forms.ts';

/** The width normalization every side applies: NFKC. */
export function normalizeText(text: string): string {
	return text.normalize('NFKC');
}

/** Normalize a query as typed: NFKC, spaces collapsed, trimmed. */
export function normalizeQuery(query: string): string {
	// Self-contained (NFKC written out rather than `normalizeText`): the search page's head runs its source (`earlyStartScript`).
	return query.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The words of a query (after normalization, quotes dropped); each must occur in a result. */
export function queryWords(query: string): string[] {
	return normalizeQuery(query.replace(/"/g, ' '))
		.split(' ')
		.filter(Boolean);
}

/** The comparison form of text: NFKC, ASCII letters lower-cased (other scripts untouched), no whitespace. */
export function matchKey(text: string): string {
	return normalizeText(text)
		.replace(/[A-Z]/g, (letter) => letter.toLowerCase())
		.replace(/\s+/g, '');
}

/**
 * Spelling variants (表記ゆれ) folded to one form, on the query and on the remark text alike:
 * honorific 御/ご, okurigana (取り組み/取組), a long-vowel mark ending a katakana word of three or more
 * letters (サーバー/サーバ), 子ども/子供, ヴ forms (ヴァ → バ), old character forms (德川/徳川, 髙橋/高橋), and the radicals PDF text carries (⻑ → 長; the Kangxi
 * radicals such as ⾏ are mapped by NFKC already). Each rule is a pattern and what a match becomes.
 */

/** The anchor of the folded-spellings block the index adds at the end of a page (src/search/index/search-data.ts); never shown as a hit. */
export const VARIANTS_ANCHOR = 'search-variants';

/** Nouns written with the honorific 御 or ご (御指摘/ご指摘): folded to ご. */
const HONORIFIC_NOUNS = [
	'指摘', '意見', '説明', '質問', '議論', '確認', '紹介', '協力', '報告', '発言', '検討', '理解', '提案', '承知', '参加', '出席', '支援', '助言',
	'発表', '回答', '連絡', '案内', '要望', '懸念', '指導', '尽力', '対応', '配慮', '教示', '審議', '賛同', '心配', '相談', '議決', '了承', '依頼',
];

/** Okurigana variants: every spelling → the short one (取り組み, 取組み → 取組). */
const OKURIGANA: readonly [RegExp, string][] = [
	[/取り?組み?/g, '取組'],
	[/取り?扱い?/g, '取扱'],
	[/申し?込み?/g, '申込'],
	[/打ち?合わ?せ/g, '打合せ'],
	[/問い?合わ?せ/g, '問合せ'],
	[/引き?続き/g, '引続き'],
	[/手続き/g, '手続'],
	[/受け?付け?/g, '受付'],
	[/子ども/g, '子供'],
];

/** ヴ and its small-vowel forms → the バ row. */
const VU: Readonly<Record<string, string>> = { ヴァ: 'バ', ヴィ: 'ビ', ヴェ: 'ベ', ヴォ: 'ボ', ヴュ: 'ビュ', ヴ: 'ブ' };

/** The folding rules, applied in order to the NFKC form. */
const VARIANT_RULES: readonly [RegExp, string | ((match: string) => string)][] = [
	[new RegExp(`御(?=${HONORIFIC_NOUNS.join('|')})`, 'g'), 'ご'],
	...OKURIGANA,
	[/ヴ[ァィェォュ]?/g, (match) => VU[match] ?? match],
	// Old character forms (旧字体: 國會, 德川, 髙橋) → today's, so that either form finds the other.
	[OLD_FORM, (match) => TODAY_FORM.get(match) ?? match],
	// A long-vowel mark ending a katakana word of three or more letters (JIS Z 8301: サーバー/サーバ).
	[/(?<=[\u30a1-\u30fa\u30fc]{2}[\u30a1-\u30fa])ー(?![\u30a1-\u30fc])/g, ''],
];

/** Matches where a folding rule or a radical mapping may change NFKC text (a quick test before `foldVariants`). */
const MAY_FOLD = new RegExp(`${VARIANT_RULES.map(([pattern]) => pattern.source).join('|')}|[\\u2e80-\\u2eff]`);

/** False when `foldVariants` leaves NFKC text as `matchKey` does (no rule and no radical applies): most clauses, checked cheaply. */
export function mayFold(text: string): boolean {
	return MAY_FOLD.test(text);
}

/** Map the CJK Radicals Supplement characters to their ideographs (NFKC leaves them). */
function foldRadicals(text: string): string {
	return text.replace(/[\u2e80-\u2eff]/g, (char) => RADICALS_SUPPLEMENT.get(char) ?? char);
}

/** The comparison form with spelling variants folded: `matchKey`, radicals mapped, variant rules applied (the key of `foldKey`, without tracking offsets). */
export function foldVariants(text: string): string {
	let key = matchKey(foldRadicals(text));
	for (const [pattern, replacement] of VARIANT_RULES) key = key.replace(pattern, (match) => (typeof replacement === 'string' ? replacement : replacement(match)));
	return key;
}

/** A folded comparison form and, for each of its characters, the offset in the original text it came from. */
export interface FoldedText {
	key: string;
	origin: number[];
}

/**
 * Each character's comparison form (`matchKey(foldRadicals(char))`), kept once made: `foldKey` folds every
 * character of the remarks it marks, and a page holds a few thousand distinct ones.
 */
const charKeys = new Map<string, string>();

/** One character's comparison form, as `foldKey` folds it. */
function charKey(char: string): string {
	let key = charKeys.get(char);
	if (key === undefined) {
		key = matchKey(foldRadicals(char));
		charKeys.set(char, key);
	}
	return key;
}

/** Fold `text` as `foldVariants` does, keeping the offset in `text` each character of the result came from. */
export function foldKey(text: string): FoldedText {
	let folded: FoldedText = { key: '', origin: [] };
	let offset = 0;
	for (const char of text) {
		for (const normalized of charKey(char)) {
			folded.key += normalized;
			folded.origin.push(offset);
		}
		offset += char.length;
	}
	for (const [pattern, replacement] of VARIANT_RULES) folded = replaceTracked(folded, pattern, replacement);
	return folded;
}

/** Replace the matches of `pattern` in a folded text; each new character keeps the origin of the match's first character. */
function replaceTracked(folded: FoldedText, pattern: RegExp, replacement: string | ((match: string) => string)): FoldedText {
	let key = '';
	const origin: number[] = [];
	let last = 0;
	for (const match of folded.key.matchAll(pattern)) {
		key += folded.key.slice(last, match.index);
		origin.push(...folded.origin.slice(last, match.index));
		const by = typeof replacement === 'string' ? replacement : replacement(match[0]);
		key += by;
		for (let i = 0; i < by.length; i++) origin.push(folded.origin[match.index + Math.min(i, match[0].length - 1)] ?? 0);
		last = match.index + match[0].length;
	}
	if (origin.length === 0 && last === 0) return folded;
	key += folded.key.slice(last);
	origin.push(...folded.origin.slice(last));
	return { key, origin };
}
