import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage, type BrowserSession } from './browser.ts';
import { listHtmlFiles, siteUrl } from './fixture.ts';

/** Every URL a page refers to, with where it was found, plus the ids the page defines. */
interface PageLinks {
	file: string;
	ids: string[];
	refs: { attribute: string; raw: string; url: string }[];
}

/** The origin the site was built for (SITE_URL): canonical and OpenGraph URLs point there. */
const builtOrigin = 'http://127.0.0.1';

let session: BrowserSession;
let pages: PageLinks[];

beforeAll(async () => {
	session = await launchBrowser();
	const { page } = await openPage(session);
	// Collect from the static HTML as shipped: no script runs, so only links in the files count.
	await page.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()));
	pages = [];
	for (const file of await listHtmlFiles()) {
		await page.goto(siteUrl(file));
		const found = await page.evaluate(() => {
			const refs: { attribute: string; raw: string; url: string }[] = [];
			for (const element of document.querySelectorAll('[href], [src], [srcset], meta[property="og:url"], meta[property="og:image"]')) {
				for (const attribute of ['href', 'src', 'content']) {
					const raw = element.getAttribute(attribute);
					if (raw === null || (attribute === 'content' && element.tagName !== 'META')) continue;
					refs.push({ attribute: `${element.tagName.toLowerCase()}[${attribute}]`, raw, url: new URL(raw, document.baseURI).href });
				}
				for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
					const raw = candidate.trim().split(/\s+/)[0];
					if (raw) refs.push({ attribute: `${element.tagName.toLowerCase()}[srcset]`, raw, url: new URL(raw, document.baseURI).href });
				}
			}
			return { refs, ids: [...document.querySelectorAll('[id]')].map((element) => element.id) };
		});
		pages.push({ file, ...found });
	}
	await page.close();
}, 120_000);

afterAll(async () => {
	await session?.close();
});

/** Map a URL path under the base to a file in dist: directories → index.html; null when nothing is there. */
function fileFor(pathname: string): string | null {
	const distDir = inject('distDir');
	const relative = decodeURIComponent(pathname.slice('/minutes/'.length));
	const candidate = join(distDir, relative);
	if (relative === '' || relative.endsWith('/')) return existsSync(join(candidate, 'index.html')) ? join(relative, 'index.html') : null;
	if (!existsSync(candidate)) return null;
	if (statSync(candidate).isDirectory()) return existsSync(join(candidate, 'index.html')) ? join(relative, 'index.html') : null;
	return relative;
}

describe('internal links in the built site', () => {
	test('the site has the pages of the contract', () => {
		const files = pages.map((page) => page.file);
		expect(files).toEqual(expect.arrayContaining(['index.html', 'timeline/index.html', 'search/index.html', '404.html']));
		expect(files.filter((file) => file.startsWith('meetings/')).length).toBeGreaterThanOrEqual(6);
		expect(files.filter((file) => file.startsWith('series/')).length).toBeGreaterThanOrEqual(2);
	});

	test('every internal href/src resolves to a file, and every #anchor to an id', () => {
		const localOrigin = new URL(siteUrl()).origin;
		const idsByFile = new Map(pages.map((page) => [page.file, new Set(page.ids)]));
		const problems: string[] = [];
		let checked = 0;
		for (const page of pages) {
			for (const ref of page.refs) {
				if (/^(javascript|vbscript):/i.test(ref.raw.trim())) {
					problems.push(`${page.file}: ${ref.attribute}="${ref.raw}" is a script URL`);
					continue;
				}
				const url = new URL(ref.url);
				if (!/^https?:$/.test(url.protocol)) continue;
				if (url.origin !== localOrigin && url.origin !== builtOrigin) continue; // external
				if (!url.pathname.startsWith('/minutes/')) {
					problems.push(`${page.file}: ${ref.attribute}="${ref.raw}" leaves the base path /minutes/`);
					continue;
				}
				checked++;
				const target = fileFor(url.pathname);
				if (!target) {
					problems.push(`${page.file}: ${ref.attribute}="${ref.raw}" → ${url.pathname} has no file in dist`);
					continue;
				}
				const anchor = decodeURIComponent(url.hash.slice(1));
				if (anchor && target.endsWith('.html') && ref.attribute.startsWith('a[')) {
					const ids = idsByFile.get(target);
					if (ids && !ids.has(anchor)) problems.push(`${page.file}: ${ref.attribute}="${ref.raw}" → no id="${anchor}" on ${target}`);
				}
			}
		}
		expect(problems).toEqual([]);
		expect(checked, 'internal references checked').toBeGreaterThan(pages.length * 3);
	});

	test('ids are unique on every page', () => {
		const duplicates = pages.flatMap((page) => {
			const seen = new Set<string>();
			return page.ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))).map((id) => `${page.file}#${id}`);
		});
		expect(duplicates).toEqual([]);
	});
});
