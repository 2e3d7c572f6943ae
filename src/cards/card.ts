import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeMarkup } from '../format/escape.ts';
import { cardDrawnAhead } from './ahead.ts';

/** Social card size (OpenGraph / Twitter large image). */
export const cardSize = { width: 1200, height: 630 } as const;

/** What a meeting's card shows. */
export interface CardText {
	series: string;
	/** `第42回` or '' */
	session: string;
	title: string;
	/** Display date, e.g. `2023年2月1日（令和5年2月1日）` */
	date: string;
	/** Small footer line, e.g. the archive's name. */
	footer: string;
}

/** Visual width of a character in ems: full-width 1, half-width about 0.55. */
function charWidth(char: string): number {
	return /[\u0000-\u00ff\uff61-\uff9f]/.test(char) ? 0.55 : 1;
}

/** Breaks text into at most `maxLines` lines of `maxEms` ems, ending with … when cut. */
export function wrapText(text: string, maxEms: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	let width = 0;
	for (const char of text) {
		const w = charWidth(char);
		if (width + w > maxEms) {
			lines.push(line);
			line = '';
			width = 0;
			if (lines.length === maxLines) break;
		}
		line += char;
		width += w;
	}
	if (lines.length < maxLines && line) lines.push(line);
	else if (line || lines.join('').length < [...text].length) {
		const last = lines[maxLines - 1] ?? '';
		lines[maxLines - 1] = `${[...last].slice(0, -1).join('')}…`;
	}
	return lines;
}

/** The card as SVG: every text is escaped, nothing from the minutes becomes markup. */
export function cardSvg(card: CardText): string {
	const { width, height } = cardSize;
	const titleLines = wrapText(card.title, 18, 3);
	const head = [card.series, card.session].filter(Boolean).join(' ');
	const title = titleLines
		.map((line, i) => `<text x="80" y="${250 + i * 76}" font-size="58" font-weight="700" fill="#10233f">${escapeMarkup(line)}</text>`)
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="#f6f7fb"/>
<rect x="0" y="0" width="24" height="${height}" fill="#1f4e8c"/>
<g font-family="Noto Sans JP, sans-serif">
<text x="80" y="130" font-size="36" fill="#1f4e8c">${escapeMarkup(wrapText(head, 28, 1)[0] ?? '')}</text>
${title}
<text x="80" y="540" font-size="34" fill="#333">${escapeMarkup(card.date)}</text>
<text x="80" y="590" font-size="24" fill="#666">${escapeMarkup(card.footer)}</text>
</g>
</svg>`;
}

/**
 * Renders SVG to PNG with sharp; the project fonts must be configured first (`useProjectFonts`). The SVG
 * is drawn at its own size (cardSize at 72 dpi), so there is nothing to resize (a resize pass cost a
 * quarter of a card's time).
 */
export async function renderPng(svg: string): Promise<Buffer> {
	const { default: sharp } = await import('sharp');
	return sharp(Buffer.from(svg), { density: cardPng.density }).png({ compressionLevel: cardPng.compressionLevel }).toBuffer();
}

/** How a card is drawn: here and by the thread that draws cards ahead (src/cards/ahead.ts), so both write the same bytes. */
export const cardPng = { density: 72, compressionLevel: 6 } as const;

/** The card's file in the cache: `<cacheDir>/<hash of the SVG>.png`. */
export function cardFile(svg: string, cacheDir: string): string {
	return join(cacheDir, `${createHash('sha256').update(svg).digest('hex')}.png`);
}

/** Renders a card, reusing `<cacheDir>/<hash of the SVG>.png` so unchanged cards are not re-rendered. */
export async function renderCardCached(card: CardText, cacheDir: string): Promise<{ png: Buffer; cached: boolean }> {
	const svg = cardSvg(card);
	const file = cardFile(svg, cacheDir);
	await cardDrawnAhead(file);
	try {
		return { png: await readFile(file), cached: true };
	} catch {
		const png = await renderPng(svg);
		await mkdir(cacheDir, { recursive: true });
		await writeFile(`${file}.tmp`, png);
		await rename(`${file}.tmp`, file);
		return { png, cached: false };
	}
}
