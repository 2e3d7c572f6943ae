// Renders SVG text to raw pixels in a fresh process (fontconfig is read once per process).
// argv: mode ("project" | "none"), cache dir, text; prints base64 of the raw greyscale pixels.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useProjectFonts } from '../../src/cards/fontconfig.ts';
import { escapeMarkup } from '../../src/format/escape.ts';

const [mode, cacheDir, text] = process.argv.slice(2) as [string, string, string];
if (mode === 'project') useProjectFonts(cacheDir);
else {
	// A configuration that knows no font at all: what a machine without Japanese fonts shows.
	const empty = join(cacheDir, 'empty');
	mkdirSync(join(empty, 'fonts'), { recursive: true });
	writeFileSync(join(empty, 'fonts.conf'), `<?xml version="1.0"?><fontconfig><dir>${join(empty, 'fonts')}</dir><cachedir>${join(empty, 'cache')}</cachedir></fontconfig>`);
	process.env['FONTCONFIG_FILE'] = join(empty, 'fonts.conf');
}
const { default: sharp } = await import('sharp');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="75" font-size="64" font-family="Noto Sans JP, sans-serif">${escapeMarkup(text)}</text></svg>`;
const pixels = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer();
process.stdout.write(pixels.toString('base64'));
