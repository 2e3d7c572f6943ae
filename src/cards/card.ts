import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cardDrawnAhead } from './ahead.ts';
import drawSource from './draw.cjs?raw';
import { fontDir } from './fontconfig.ts';

const require = createRequire(import.meta.url);

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

/** One line of a card: its text, where it starts (`x`) and its baseline (`y`) in pixels, size, weight and colour. */
export interface CardLine {
	text: string;
	x: number;
	y: number;
	size: number;
	weight: 400 | 700;
	fill: string;
}

/** What is drawn on a card (src/cards/draw.cjs): size, background, the bar on the left, the lines. */
export interface CardSpec {
	width: number;
	height: number;
	background: string;
	bar: { width: number; fill: string };
	lines: CardLine[];
}

/** The card's drawing: series and session, the title in up to three lines, the date, the footer. Text stays text: nothing of it is read as markup. */
export function cardSpec(card: CardText): CardSpec {
	const head = [card.series, card.session].filter(Boolean).join(' ');
	const lines: CardLine[] = [
		{ text: wrapText(head, 28, 1)[0] ?? '', x: 80, y: 130, size: 36, weight: 400, fill: '#1f4e8c' },
		...wrapText(card.title, 18, 3).map((text, i): CardLine => ({ text, x: 80, y: 250 + i * 76, size: 58, weight: 700, fill: '#10233f' })),
		{ text: card.date, x: 80, y: 540, size: 34, weight: 400, fill: '#333333' },
		{ text: card.footer, x: 80, y: 590, size: 24, weight: 400, fill: '#666666' },
	];
	return { ...cardSize, background: '#f6f7fb', bar: { width: 24, fill: '#1f4e8c' }, lines: lines.filter((line) => line.text !== '') };
}

/** How a card is drawn, here and by the thread that draws cards ahead (src/cards/ahead.ts), so both write the same bytes. */
export const cardDrawing = {
	/** The drawing's source, run by both. */
	source: drawSource,
	/** Where the thread loads sharp and fontkit from. */
	modules: { sharp: require.resolve('sharp'), fontkit: require.resolve('fontkit') },
	fontFiles: {
		400: join(fontDir(), 'NotoSansJP_400Regular.ttf'),
		700: join(dirname(fontDir()), '700Bold', 'NotoSansJP_700Bold.ttf'),
	},
	/** A fast zlib level: a card of about 60 KB, as large as the cards librsvg drew at level 6, in about 5 ms (level 6 here: 50 KB in 7 ms). */
	compressionLevel: 2,
} as const;

/** The drawer made from the drawing's source (`createCardDrawer` of src/cards/draw.cjs) with this thread's libraries. */
export function loadCardDrawer(drawing: typeof cardDrawing, load: (id: string) => unknown): { draw(spec: CardSpec): Promise<Buffer> } {
	const module = { exports: {} as { createCardDrawer?: (options: object) => { draw(spec: CardSpec): Promise<Buffer> } } };
	new Function('module', 'exports', 'require', drawing.source)(module, module.exports, load);
	if (!module.exports.createCardDrawer) throw new Error('src/cards/draw.cjs exports no createCardDrawer');
	return module.exports.createCardDrawer({ sharp: load(drawing.modules.sharp), fontkit: load(drawing.modules.fontkit), fontFiles: drawing.fontFiles, compressionLevel: drawing.compressionLevel });
}

let drawer: ReturnType<typeof loadCardDrawer> | undefined;

/** Draws a card to PNG on this thread. */
export async function renderPng(spec: CardSpec): Promise<Buffer> {
	drawer ??= loadCardDrawer(cardDrawing, require);
	return drawer.draw(spec);
}

/** The card's key: its drawing and the drawing's code, so that a change to either draws it anew. */
export function cardKey(spec: CardSpec): string {
	return createHash('sha256').update(drawKey).update(JSON.stringify(spec)).digest('hex');
}

const drawKey = createHash('sha256').update(drawSource).update(String(cardDrawing.compressionLevel)).digest('hex');

/** The card's file in the cache: `<cacheDir>/<key>.png`. */
export function cardFile(spec: CardSpec, cacheDir: string): string {
	return join(cacheDir, `${cardKey(spec)}.png`);
}

/** Renders a card, reusing `<cacheDir>/<key>.png` so unchanged cards are not re-rendered. */
export async function renderCardCached(card: CardText, cacheDir: string): Promise<{ png: Buffer; cached: boolean }> {
	const spec = cardSpec(card);
	const file = cardFile(spec, cacheDir);
	await cardDrawnAhead(file);
	try {
		return { png: await readFile(file), cached: true };
	} catch {
		const png = await renderPng(spec);
		await mkdir(cacheDir, { recursive: true });
		await writeFile(`${file}.tmp`, png);
		await rename(`${file}.tmp`, file);
		return { png, cached: false };
	}
}
