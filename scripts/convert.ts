/**
 * `npm run convert`: the entry of the converter (scripts/convert-run.ts). It turns on Node's module compile
 * cache before loading anything else, so the parser's TypeScript modules are stripped and compiled once per
 * change rather than at every run (a run over unchanged seeds is mostly module loading otherwise). The cache
 * lives in the system temp folder (`NODE_COMPILE_CACHE` chooses another, `NODE_DISABLE_COMPILE_CACHE=1` turns it off).
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./convert-run.ts');
