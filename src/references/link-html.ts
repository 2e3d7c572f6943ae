/**
 * Linking references inside already rendered HTML (a remark's paragraphs and lists):
 * only text outside tags and outside existing links is touched; it is decoded, split into
 * segments and escaped again, so the seed text stays text and reads exactly as before.
 */
import type { Segment } from './resolve.ts';
import { escapeMarkup } from '../format/escape.ts';


/** Decode the character references a renderer writes into text (named basics and numeric ones). */
export function decodeHtml(text: string): string {
	return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|#39|nbsp));/gi, (match, dec: string, hex: string, name: string) => {
		if (dec) return String.fromCodePoint(Number(dec));
		if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
		return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[name.toLowerCase()] ?? match;
	});
}

/** HTML of one segment; `href` turns a link target into a URL. */
export function segmentHtml(segment: Segment, href: (segment: Extract<Segment, { kind: 'link' }>) => string): string {
	const text = escapeMarkup(segment.text);
	if (segment.kind === 'text') return text;
	if (segment.kind === 'missing') return `<span class="ref ref--missing" title="${escapeMarkup(segment.title)}">${text}</span>`;
	return `<a class="ref ref--${segment.reference}" href="${escapeMarkup(href(segment))}" title="${escapeMarkup(segment.title)}">${text}</a>`;
}

/** Link the references in the text nodes of an HTML fragment; tags, attributes and existing links stay as they are. */
export function linkHtml(html: string, segment: (text: string) => Segment[], href: (segment: Extract<Segment, { kind: 'link' }>) => string): string {
	let skip = 0;
	return html.replace(/(<[^>]*>)|([^<]+)/g, (_match, tag: string | undefined, text: string | undefined) => {
		if (tag) {
			const name = /^<\/?\s*([a-z0-9-]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
			if (['a', 'script', 'style', 'code', 'pre', 'button', 'textarea'].includes(name)) {
				const closing = tag.startsWith('</');
				if (closing) skip = Math.max(0, skip - 1);
				else if (!tag.endsWith('/>')) skip++;
			}
			return tag;
		}
		if (!text || skip > 0) return text ?? '';
		const decoded = decodeHtml(text);
		const parts = segment(decoded);
		if (parts.every((part) => part.kind === 'text')) return text;
		return parts.map((part) => segmentHtml(part, href)).join('');
	});
}
