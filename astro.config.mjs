// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useProjectFonts } from './src/cards/fontconfig.ts';
import { keptOutput } from './src/site/kept-output.ts';
import { basePath as base, contentDir, editorialDir, siteUrl as site } from './src/site/config.ts';

// fontconfig knows the Japanese font the project ships, for what draws text through it: the browser
// tests' Chromium inherits this (tests/e2e/global-setup.ts). Social cards read the font files themselves.
useProjectFonts();

/**
 * One cache folder per base, site and content folder: the incremental build copies pages from it,
 * so builds for another base path (the browser tests' fixture) must never share it.
 */
const cacheDir = `./node_modules/.astro/build-${createHash('sha256')
	.update(JSON.stringify([base, site ?? '', path.resolve(contentDir)]))
	.digest('hex')
	.slice(0, 12)}/`;

/**
 * Dev server only: with `trailingSlash: 'always'` the dev server routes the `/sources/<file>` endpoint only
 * with a trailing slash, so the link the pages use (no slash) is passed on with one. The endpoint then
 * answers as in the build: only seeds a meeting records as its `source`, never through a link.
 * @returns {import('astro').AstroIntegration}
 */
function devSources() {
	return {
		name: 'dev-sources',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, _res, next) => {
					const [pathname = '', query] = (req.url ?? '').split('?');
					// Vite may or may not have stripped the base from the URL by now.
					const local = pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
					if (/^\/sources\/[^/]+$/.test(local)) req.url = `${pathname}/${query === undefined ? '' : `?${query}`}`;
					next();
				});
			},
		},
	};
}

export default defineConfig({
	...(site ? { site } : {}),
	base,
	trailingSlash: 'always',
	cacheDir,
	// Pages whose getStaticPaths() gives a cacheKey are copied from the previous build when the key and the code are unchanged.
	experimental: { incrementalBuild: true },
	// One cached stylesheet instead of CSS inlined into every page; pages rendered four at a time, so
	// social cards (sharp, off the main thread) and file writes overlap with rendering on two cores.
	build: { inlineStylesheets: 'never', concurrency: 4 },
	vite: {
		// The meeting page's script is bundled as one ES module whose URL the page imports on first use (`?worker&url`).
		worker: { format: 'es' },
		resolve: {
			alias: {
				// Hand-written MDX anywhere under CONTENT_DIR imports the project's components as `@components/RemarkLink.astro`.
				'@components': fileURLToPath(new URL('./src/components', import.meta.url)),
				// The hand-written MDX folders, for the modules that show them (src/archive/editorial-content.ts).
				'@editorial-pages': path.resolve(editorialDir('pages')),
				'@editorial-notes': path.resolve(editorialDir('notes')),
				'@editorial-series': path.resolve(editorialDir('series')),
			},
		},
		build: {
			// dist/ is kept between builds: unchanged pages stay where they are instead of being deleted and
			// copied back from the cache; keptOutput() deletes the files of pages that are gone (src/site/kept-output.ts).
			emptyOutDir: false,
			rolldownOptions: {
				// Each compiled MDX module carries Astro's head-injection directive; the bundler's note about it is noise.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
					handler(level, log);
				},
			},
		},
	},
	// @astrojs/mdx compiles the hand-written MDX (content/pages, notes, series); the generated meetings
	// are not compiled by it (their loader stores frontmatter only; src/archive/minutes-body.ts renders them).
	// Only add the sitemap when absolute URLs can be made.
	integrations: [devSources(), keptOutput(), mdx(), ...(site ? [sitemap()] : [])],
});
