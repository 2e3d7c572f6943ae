// @ts-check
/**
 * The project's Astro config with the build cache moved to `BENCH_CACHE_DIR`, so benchmark
 * builds neither read nor clobber the cache of builds other people run in the same tree.
 */
import config from '../../astro.config.mjs';

export default {
	...config,
	...(process.env['BENCH_CACHE_DIR'] ? { cacheDir: process.env['BENCH_CACHE_DIR'] } : {}),
};
