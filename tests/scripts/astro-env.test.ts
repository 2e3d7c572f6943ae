import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroBuildEnv } from '../../scripts/astro-env.ts';
import { pipelineEnv } from '../../scripts/bench/pipeline.ts';

describe('the environment astro build runs with', () => {
	test('leaves out `_` (how the build was launched) and keeps every other variable', () => {
		const env = { _: '/usr/bin/time', PATH: '/usr/bin', SEEDS_DIR: 'seeds', BASE_PATH: '/minutes/' };
		expect(astroBuildEnv(env)).toEqual({ PATH: '/usr/bin', SEEDS_DIR: 'seeds', BASE_PATH: '/minutes/' });
		expect(env._).toBe('/usr/bin/time');
	});

	test('builds launched two ways get the same environment', () => {
		expect(astroBuildEnv({ _: '/usr/bin/env', HOME: '/root' })).toEqual(astroBuildEnv({ _: '/usr/bin/time', HOME: '/root' }));
	});

	test("the bench's stages get it too", () => {
		const saved = process.env['_'];
		process.env['_'] = '/usr/bin/time';
		try {
			const env = pipelineEnv({ seedsDir: 's', contentDir: 'c', distDir: 'd', cacheDir: 'a' });
			expect(env['_']).toBeUndefined();
			expect(env['SEEDS_DIR']).toBe('s');
			// A cold bench build renders every social card: the run keeps them in its own cache folder.
			expect(env['CARD_CACHE_DIR']).toBe(join('a', 'cards'));
		} finally {
			if (saved === undefined) delete process.env['_'];
			else process.env['_'] = saved;
		}
	});
});
