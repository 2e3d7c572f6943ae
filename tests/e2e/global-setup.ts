import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { EDITORIAL_FOLDERS, meetingsDir } from '../../src/site/config.ts';
import { chromiumPath } from './browser.ts';
import { run } from './run.ts';

/** The sub-path the fixture site is built for and served under. */
export const basePath = '/minutes/';

/** Seeds written for the browser tests (hostile text), copied next to the real seeds. */
const fixtureSeedsDir = 'tests/fixtures/e2e-seeds';
/** Hand-written MDX of the fixture site (pages, notes, series introductions). */
const fixtureContentDir = 'tests/fixtures/e2e-content';

/**
 * Seeds with names that break naive URL and path handling, written at setup (not every filesystem or
 * git checkout can hold them): copies of the hostile seed as other sessions of its series.
 */
export const hostileNames: readonly { name: string; session: number }[] = [
	{ name: '第43回#議事要旨 ?%.txt', session: 2 },
	// Decomposed kana, as macOS writes file names (か + combining dakuten), a backslash and an apostrophe.
	// (Names with control characters such as a tab are refused by the converter with one line.)
	{ name: "か\u3099議事要旨\\'第3回'.txt", session: 3 },
];

/** Write the hostile-named copies of the hostile seed into a seeds folder. */
async function writeHostileNames(seedsDir: string): Promise<void> {
	const text = await readFile(join(fixtureSeedsDir, '900_e2e_hostile.txt'), 'utf8');
	for (const { name, session } of hostileNames) await writeFile(join(seedsDir, name), text.replace('（第1回）', `（第${session}回）`));
}

/** Seeds kept as UTF-8 text in the repository and written into the fixture in another encoding at setup. */
export const encodedSeeds: readonly { name: string; encoding: 'shift_jis' }[] = [{ name: '903_e2e_shift_jis.txt', encoding: 'shift_jis' }];
const encodedSeedsDir = 'tests/fixtures/e2e-encoded';

/** The fixture's `seeds/sources.yml`: official links for one seed (page and PDF) and a series default. */
export const officialLinks = {
	seed: { name: '903_e2e_shift_jis.txt', url: 'https://www.example.go.jp/denpa/05/minutes.html', pdf: 'https://www.example.go.jp/denpa/05/minutes.pdf' },
	series: { name: 'テスト研究会', url: 'https://www.example.go.jp/test-kenkyukai/' },
} as const;

/** Write the encoded seeds and the official links file into a seeds folder. */
async function writeEncodedSeedsAndLinks(seedsDir: string): Promise<void> {
	for (const { name, encoding } of encodedSeeds) {
		const text = await readFile(join(encodedSeedsDir, name), 'utf8');
		await writeFile(join(seedsDir, name), iconv.encode(text, encoding));
	}
	const { seed, series } = officialLinks;
	const yaml = ['# Official originals of the fixture', `${seed.name}: { url: "${seed.url}", pdf: "${seed.pdf}" }`, 'series:', `  ${series.name}: ${series.url}`, ''];
	await writeFile(join(seedsDir, 'sources.yml'), yaml.join('\n'));
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** `http://127.0.0.1:PORT/minutes/` */
		baseUrl: string;
		/** Absolute paths of the fixture build: seeds copied in, converted MDX, built site. */
		seedsDir: string;
		contentDir: string;
		distDir: string;
		/** File names of the seeds from tests/fixtures/e2e-seeds. */
		fixtureSeeds: string[];
	}
}

/** Time one build step and print a line about it. */
async function step<T>(label: string, action: () => Promise<T>): Promise<T> {
	const started = Date.now();
	const result = await action();
	console.log(`[e2e] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return result;
}

/**
 * Install Debian's Chromium when it is missing and we may (root), as the README promises. Chromium lays
 * Japanese out with the project's Noto Sans JP: this process loads astro.config.mjs, which points
 * `FONTCONFIG_FILE` at the project's fontconfig file (src/cards/fontconfig.ts), and Chromium
 * inherits it, so the tests need no system font.
 */
async function ensureChromium(): Promise<void> {
	if (existsSync(chromiumPath)) return;
	if (process.getuid?.() !== 0) {
		throw new Error(`${chromiumPath} is missing: install it with \`apt-get install chromium\` (as root) and run the tests again.`);
	}
	const env = { DEBIAN_FRONTEND: 'noninteractive' };
	await step('apt-get install chromium', async () => {
		await run('apt-get', ['update'], env);
		await run('apt-get', ['install', '-y', 'chromium'], env);
	});
}

/** Convert real + hostile seeds, build the site under /minutes/, index it with Pagefind. */
async function buildFixtureSite(root: string): Promise<{ seedsDir: string; contentDir: string; distDir: string }> {
	const seedsDir = join(root, 'seeds');
	const contentDir = join(root, 'content');
	const distDir = join(root, 'dist');
	await mkdir(seedsDir, { recursive: true });
	await cp('seeds', seedsDir, { recursive: true });
	await cp(fixtureSeedsDir, seedsDir, { recursive: true });
	// The project's own hand-written MDX (about page, series introductions), then the fixture's on top.
	for (const folder of Object.values(EDITORIAL_FOLDERS)) {
		if (existsSync(join('content', folder))) await cp(join('content', folder), join(contentDir, folder), { recursive: true });
	}
	await cp(fixtureContentDir, contentDir, { recursive: true });
	await writeHostileNames(seedsDir);
	await writeEncodedSeedsAndLinks(seedsDir);
	await step('convert', () => run('npm', ['run', 'convert', '--', '--seeds', seedsDir, '--out', meetingsDir(contentDir)]));
	const buildEnv = { SEEDS_DIR: seedsDir, CONTENT_DIR: contentDir, BASE_PATH: basePath, SITE_URL: 'http://127.0.0.1' };
	await step('astro build', () => run('npx', ['astro', 'build', '--force', '--outDir', distDir], buildEnv));
	await step('pagefind index', () => run('npx', ['node', 'scripts/index.ts', '--site', distDir], buildEnv));
	return { seedsDir, contentDir, distDir };
}

/** Serve `distDir` at `basePath` on 127.0.0.1 and a free port; anything else is a 404. */
async function serve(distDir: string): Promise<Server> {
	const files = sirv(distDir, { dev: true, etag: false, extensions: ['html'] });
	const server = createServer((request, response) => {
		const url = request.url ?? '/';
		if (url === basePath.slice(0, -1)) {
			response.writeHead(301, { location: basePath }).end();
			return;
		}
		if (!url.startsWith(basePath)) {
			response.writeHead(404).end('outside base path');
			return;
		}
		request.url = url.slice(basePath.length - 1);
		files(request, response, () => {
			// Static hosts answer unknown paths with the site's 404 page.
			readFile(join(distDir, '404.html'))
				.then((page) => response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page))
				.catch(() => response.writeHead(404).end('not found'));
		});
	});
	await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
	return server;
}

/** Vitest global setup for tests/e2e: one fixture build, one server, URLs provided to the tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	await ensureChromium();
	// E2E_REUSE=<dir> reuses a previous fixture build (kept with E2E_KEEP=1) while iterating on tests.
	const reuse = process.env['E2E_REUSE'];
	const root = reuse ? resolve(reuse) : await mkdtemp(join(tmpdir(), 'minutes-e2e-'));
	const paths = reuse
		? { seedsDir: join(root, 'seeds'), contentDir: join(root, 'content'), distDir: join(root, 'dist') }
		: await buildFixtureSite(root);
	const server = await serve(paths.distDir);
	const { port } = server.address() as AddressInfo;
	project.provide('baseUrl', `http://127.0.0.1:${port}${basePath}`);
	project.provide('seedsDir', paths.seedsDir);
	project.provide('contentDir', paths.contentDir);
	project.provide('distDir', paths.distDir);
	project.provide('fixtureSeeds', await readdir(fixtureSeedsDir));
	console.log(`[e2e] serving ${paths.distDir} at http://127.0.0.1:${port}${basePath}`);
	return async () => {
		server.closeAllConnections();
		await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
		if (reuse || process.env['E2E_KEEP']) console.log(`[e2e] fixture build kept in ${root}`);
		else await rm(root, { recursive: true, force: true });
	};
}
