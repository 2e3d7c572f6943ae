/** Escaping text into markup, and decoding the entities HTML leaves in text. */
/** Escapes text for HTML/XML/SVG character data and attribute values (`&`, `<`, `>`, `"`, `'`). */
export function escapeMarkup(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);
}

/** Named entities by name (a Map: `&constructor;` in an excerpt is not a lookup of Object's prototype). */
const entities: ReadonlyMap<string, string> = new Map([
	['amp', '&'],
	['lt', '<'],
	['gt', '>'],
	['quot', '"'],
	['apos', "'"],
	['nbsp', '\u00a0'],
]);

/** Decode the HTML entities Pagefind leaves in excerpts (`&amp;`, `&#39;`, `&#x3C;`). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return entities.get(name.toLowerCase()) ?? whole;
	});
}
