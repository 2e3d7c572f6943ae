import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

/** Folder holding the Japanese font the project ships as a dependency (Noto Sans JP). */
export function fontDir(): string {
	return dirname(require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'));
}

/**
 * Writes a private fontconfig file that knows only the project's Noto Sans JP, and points
 * `FONTCONFIG_FILE` at it, for the processes that lay text out through fontconfig (the browser tests'
 * Chromium inherits it). fontconfig reads it once per process.
 */
export function useProjectFonts(cacheDir = '.cache'): string {
	const dir = resolve(cacheDir, 'fontconfig');
	mkdirSync(dir, { recursive: true });
	const fontsRoot = dirname(fontDir());
	const file = join(dir, 'fonts.conf');
	writeFileSync(
		file,
		`<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(fontsRoot, '400Regular')}</dir>
  <dir>${join(fontsRoot, '700Bold')}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
  <alias><family>sans-serif</family><prefer><family>Noto Sans JP</family></prefer></alias>
</fontconfig>
`,
	);
	process.env['FONTCONFIG_FILE'] = file;
	return file;
}
