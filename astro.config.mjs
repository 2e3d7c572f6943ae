// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';

/** `BASE_PATH` normalised to a leading and trailing slash (`/`, `/minutes/`). */
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const site = process.env.SITE_URL || undefined;

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// One cached stylesheet instead of CSS inlined into every page.
	build: { inlineStylesheets: 'never' },
	// Only add the sitemap when absolute URLs can be made.
	integrations: [mdx(), ...(site ? [sitemap()] : [])],
	markdown: {
		// Minutes are verbatim: no smart quotes or dashes.
		processor: satteri({ features: { smartPunctuation: false } }),
	},
	vite: {
		build: {
			rolldownOptions: {
				/** Drop the per-file MODULE_LEVEL_DIRECTIVE warning MDX output triggers. */
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
					handler(level, log);
				},
			},
		},
	},
});
