import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

/**
 * Two projects, both run by `npm test`:
 * - `unit`: everything under tests/ except the browser tests; fast, parallel.
 * - `e2e`: tests/e2e/, against one fixture site built by tests/e2e/global-setup.ts
 *   (convert → astro build → Pagefind) and driven by Debian's Chromium, one file at a time.
 * Run one side with `npx vitest run --project unit` (or `e2e`).
 */
export default getViteConfig({
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts'],
					exclude: [...configDefaults.exclude, 'tests/e2e/**'],
					testTimeout: 60_000,
					// (A setup that converts a folder of seeds, as the CLI's tests do, had outrun the default 10 s on a busy machine.)
					hookTimeout: 60_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					// One browser at a time: the files share the machine's two cores with nothing else.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
