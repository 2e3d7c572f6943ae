import { afterEach, describe, expect, test, vi } from 'vitest';

/** The config module read afresh with `env` set (it reads the environment once, when loaded). */
async function configWith(env: Record<string, string | undefined>) {
	vi.resetModules();
	for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
	return import('../../src/site/config.ts');
}

afterEach(() => vi.unstubAllEnvs());

describe('the card cache folder', () => {
	test('is .cache/cards unless CARD_CACHE_DIR names another', async () => {
		expect((await configWith({ CARD_CACHE_DIR: undefined })).cardCacheDir).toBe('.cache/cards');
		expect((await configWith({ CARD_CACHE_DIR: '' })).cardCacheDir).toBe('.cache/cards');
		expect((await configWith({ CARD_CACHE_DIR: '/tmp/run/cards' })).cardCacheDir).toBe('/tmp/run/cards');
	});
});
