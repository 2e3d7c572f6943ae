// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
	integrations: [mdx()],
	markdown: {
		// Minutes are verbatim: no smart quotes or dashes.
		processor: satteri({ features: { smartPunctuation: false } }),
	},
});
