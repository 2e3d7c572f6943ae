/**
 * One normalization for the search index, the search box, the early Pagefind start and the
 * highlighter: NFKC (全角英数 → 半角, 半角カナ → 全角), so that ＮＩＣＴ and NICT are the same word for
 * Pagefind and for the phrase check. The index side (src/search/index/indexable-html.ts) uses `normalizeText`.
 */

/** The width normalization every side applies: NFKC. */
export function normalizeText(text: string): string {
	return text.normalize('NFKC');
}

/** Normalize a query as typed: NFKC, spaces collapsed, trimmed. */
export function normalizeQuery(query: string): string {
	return normalizeText(query).replace(/\s+/g, ' ').trim();
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
