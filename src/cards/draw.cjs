// Draws a social card to PNG: the text laid out with fontkit from the project's font files, each glyph
// drawn once (by librsvg, through sharp, from its outline) and kept as an alpha mask, and the card put
// together from those masks over its background in memory, then encoded once by sharp. This is plain
// CommonJS with its libraries passed in, because the same source runs on the site build's main thread
// (src/cards/card.ts) and in the thread that draws cards ahead (src/cards/ahead.ts), so both write the
// same bytes. Drawing a card from SVG text cost librsvg about 10 ms a card to lay out the Japanese text;
// here a card costs its layout, copying its masks and the PNG encoding.
//
// A card (`spec`): { width, height, background, bar: { width, fill }, lines: [{ text, x, y, size, weight, fill }] },
// colours as `#rrggbb`, `x` the line's start and `y` its baseline in pixels, `weight` a key of `fontFiles`.

/** Width of the sheet the missing glyphs of a card are drawn on at once. */
const SHEET_WIDTH = 2048;

function rgb(hex) {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!match) throw new Error(`card colour ${hex} is not #rrggbb`);
	return [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)];
}

/**
 * @param {{ sharp: any, fontkit: any, fontFiles: Record<string, string>, compressionLevel: number }} options
 * @returns {{ draw(spec: any): Promise<Buffer> }}
 */
function createCardDrawer({ sharp, fontkit, fontFiles, compressionLevel }) {
	const fonts = new Map();
	/** `weight:glyph id:size` → its mask ({ width, height, left, top, alpha }) or null for a glyph with no ink. */
	const masks = new Map();
	/** Backgrounds drawn once, by their colours and size. */
	const backgrounds = new Map();
	/**
	 * Pixel buffers of cards already encoded, by size, to draw the next cards in: a fresh buffer of a card's
	 * 2.2 MB cost more (the memory's first touch) than drawing the text into it.
	 */
	const spare = new Map();

	function font(weight) {
		let loaded = fonts.get(weight);
		if (!loaded) {
			const file = fontFiles[weight];
			if (!file) throw new Error(`no font file for weight ${weight}`);
			loaded = fontkit.openSync(file);
			fonts.set(weight, loaded);
		}
		return loaded;
	}

	/** Draws the glyphs on one sheet (one librsvg call) and cuts each one's alpha mask out of it. */
	async function drawGlyphs(glyphs) {
		const paths = [];
		const cells = [];
		let x = 0;
		let y = 0;
		let rowHeight = 0;
		for (const item of glyphs) {
			const scale = item.size / item.font.unitsPerEm;
			const box = item.glyph.bbox;
			if (!(box.maxX > box.minX && box.maxY > box.minY)) {
				masks.set(item.key, null);
				continue;
			}
			// The glyph's origin sits on whole pixels inside its cell, one pixel clear of its box on each side.
			const left = Math.ceil(-box.minX * scale) + 1;
			const top = Math.ceil(box.maxY * scale) + 1;
			const width = left + Math.ceil(box.maxX * scale) + 2;
			const height = top + Math.ceil(-box.minY * scale) + 2;
			if (x + width > SHEET_WIDTH) {
				x = 0;
				y += rowHeight;
				rowHeight = 0;
			}
			cells.push({ key: item.key, x, y, width, height, left, top });
			paths.push(`<path transform="translate(${x + left} ${y + top}) scale(${scale} ${-scale})" d="${item.glyph.path.toSVG()}"/>`);
			x += width;
			rowHeight = Math.max(rowHeight, height);
		}
		if (cells.length === 0) return;
		const sheetHeight = y + rowHeight;
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SHEET_WIDTH}" height="${sheetHeight}">${paths.join('')}</svg>`;
		const alpha = await sharp(Buffer.from(svg), { density: 72 }).extractChannel(3).raw().toBuffer();
		for (const cell of cells) {
			const mask = new Uint8Array(cell.width * cell.height);
			for (let row = 0; row < cell.height; row++) {
				const start = (cell.y + row) * SHEET_WIDTH + cell.x;
				mask.set(alpha.subarray(start, start + cell.width), row * cell.width);
			}
			masks.set(cell.key, { width: cell.width, height: cell.height, left: cell.left, top: cell.top, alpha: mask });
		}
	}

	function background(spec) {
		const key = `${spec.width}x${spec.height}${spec.background}${spec.bar.width}${spec.bar.fill}`;
		let pixels = backgrounds.get(key);
		if (!pixels) {
			pixels = Buffer.alloc(spec.width * spec.height * 3);
			const page = rgb(spec.background);
			const bar = rgb(spec.bar.fill);
			for (let y = 0; y < spec.height; y++) {
				for (let x = 0; x < spec.width; x++) {
					const colour = x < spec.bar.width ? bar : page;
					pixels.set(colour, (y * spec.width + x) * 3);
				}
			}
			backgrounds.set(key, pixels);
		}
		const buffer = spare.get(pixels.length)?.pop() ?? Buffer.allocUnsafe(pixels.length);
		pixels.copy(buffer);
		return buffer;
	}

	/** Lays out each line (fontkit's shaping: kerning, ligatures) into glyphs on whole pixels. */
	function layout(spec) {
		const placed = [];
		const missing = new Map();
		for (const line of spec.lines) {
			const face = font(line.weight);
			const scale = line.size / face.unitsPerEm;
			const colour = rgb(line.fill);
			const run = face.layout(line.text);
			let pen = line.x;
			for (let i = 0; i < run.glyphs.length; i++) {
				const glyph = run.glyphs[i];
				const position = run.positions[i];
				const key = `${line.weight}:${glyph.id}:${line.size}`;
				if (!masks.has(key) && !missing.has(key)) missing.set(key, { key, glyph, size: line.size, font: face });
				placed.push({ key, x: Math.round(pen + position.xOffset * scale), y: Math.round(line.y - position.yOffset * scale), colour });
				pen += position.xAdvance * scale;
			}
		}
		return { placed, missing: [...missing.values()] };
	}

	async function draw(spec) {
		const { placed, missing } = layout(spec);
		if (missing.length) await drawGlyphs(missing);
		const { width, height } = spec;
		const pixels = background(spec);
		for (const glyph of placed) {
			const mask = masks.get(glyph.key);
			if (!mask) continue;
			const [red, green, blue] = glyph.colour;
			const x0 = glyph.x - mask.left;
			const y0 = glyph.y - mask.top;
			for (let row = 0; row < mask.height; row++) {
				const y = y0 + row;
				if (y < 0 || y >= height) continue;
				for (let column = 0; column < mask.width; column++) {
					const a = mask.alpha[row * mask.width + column];
					const x = x0 + column;
					if (a === 0 || x < 0 || x >= width) continue;
					const at = (y * width + x) * 3;
					if (a === 255) {
						pixels[at] = red;
						pixels[at + 1] = green;
						pixels[at + 2] = blue;
						continue;
					}
					// (value × (255 − a) + colour × a) / 255, rounded, in integers.
					const rest = 255 - a;
					pixels[at] = ((pixels[at] * rest + red * a) * 257 + 32896) >>> 16;
					pixels[at + 1] = ((pixels[at + 1] * rest + green * a) * 257 + 32896) >>> 16;
					pixels[at + 2] = ((pixels[at + 2] * rest + blue * a) * 257 + 32896) >>> 16;
				}
			}
		}
		const png = await sharp(pixels, { raw: { width, height, channels: 3 } }).png({ compressionLevel }).toBuffer();
		// sharp has read the pixels once the PNG is made.
		const free = spare.get(pixels.length) ?? [];
		free.push(pixels);
		spare.set(pixels.length, free);
		return png;
	}

	return { draw };
}

module.exports = { createCardDrawer };
