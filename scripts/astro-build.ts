/**
 * `astro build` with its progress kept out of the way: Astro prints one line per page (10,000+ lines
 * at scale); this runs it, counts those lines into a progress display (a line rewritten in place on a
 * terminal, a plain line every few seconds in a log) and prints every other line as Astro wrote it.
 * Extra arguments are passed to `astro build`; `--verbose-pages` prints the page lines too.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { astroBuildEnv } from './astro-env.ts';
import { startProgress } from './progress.ts';

/** Astro's line for one rendered page or file: `12:27:35   ├─ /people/p-31ee150e/index.html (+4ms)`. */
const PAGE_LINE = /^(?:\S+\s+)?[├└]─ \S/u;
/** The timing end of a page line that a warning printed in between pushed onto a line of its own. */
const TIMING_LINE = /^\s*\(\+\d+m?s\)\s*$/u;

const args = process.argv.slice(2);
const verbosePages = args.includes('--verbose-pages');
const astroArgs = args.filter((arg) => arg !== '--verbose-pages');
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, 'build', ...astroArgs], { stdio: ['ignore', 'pipe', 'inherit'], env: astroBuildEnv(process.env) });
const progress = startProgress('astro build', 'pages', null);
let pages = 0;
const lines = createInterface({ input: child.stdout });
lines.on('line', (line) => {
	// ANSI colours around the tree marks do not change what the line is.
	const plain = line.replace(/\u001b\[[0-9;]*m/gu, '');
	if (TIMING_LINE.test(plain) && !verbosePages) return;
	if (PAGE_LINE.test(plain)) {
		pages++;
		progress.update(pages);
		if (!verbosePages) return;
	}
	progress.stop();
	console.log(line);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => {
	progress.stop();
	console.log(`astro build: ${pages} pages and files written`);
	process.exitCode = code ?? (signal ? 1 : 0);
});
