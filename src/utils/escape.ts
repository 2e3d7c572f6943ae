/** Escapes text for HTML/XML/SVG character data and attribute values (`&`, `<`, `>`, `"`, `'`). */
export function escapeMarkup(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);
}
