/**
 * One normalization for the search index and the search box: NFKC (全角英数 → 半角, 半角カナ → 全角),
 * so that ＮＩＣＴ and NICT are the same word for Pagefind and for the phrase check.
 */

/** Normalize a query as typed: NFKC, spaces collapsed, trimmed. */
export function normalizeQuery(query: string): string {
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
	return text
		.normalize('NFKC')
		.replace(/[A-Z]/g, (letter) => letter.toLowerCase())
		.replace(/\s+/g, '');
}

const escapes: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/** A tag (quoted attribute values may hold `>`), a comment, or a script/style element with its content. */
const MARKUP = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** NFKC-normalize the text of an HTML document for indexing, leaving tags untouched; characters that become `<`, `>`, `&` or `"` stay escaped. */
export function normalizeHtmlText(html: string): string {
	let out = '';
	let last = 0;
	const text = (segment: string) => segment.replace(/[^\x00-\x7f]+/g, (run) => run.normalize('NFKC').replace(/[<>&"]/g, (c) => escapes[c] ?? c));
	for (const match of html.matchAll(MARKUP)) {
		out += text(html.slice(last, match.index)) + match[0];
		last = match.index + match[0].length;
	}
	return out + text(html.slice(last));
}
