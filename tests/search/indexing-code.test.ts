import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INDEXING_CODE } from '../../src/search/index/build.ts';
import { sourceFiles } from '../../src/site/code-version.ts';

const buildModule = new URL('../../src/search/index/build.ts', import.meta.url);

/** The project's modules `entry` imports, itself included, followed through their own relative imports. */
async function importClosure(entry: URL): Promise<Set<string>> {
	const seen = new Set<string>();
	const pending = [entry];
	while (pending.length > 0) {
		const module = pending.pop()!;
		const file = fileURLToPath(module);
		if (seen.has(file)) continue;
		seen.add(file);
		const source = await readFile(file, 'utf8');
		for (const match of source.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm)) {
			pending.push(new URL(match[1] ?? match[2]!, module));
		}
	}
	return seen;
}

describe('the code that keys index parts (INDEXING_CODE)', () => {
	it('holds every module the part indexing imports, and not the reading and cutting of pages', async () => {
		const keyed = new Set((await sourceFiles(buildModule, INDEXING_CODE)).map((file) => fileURLToPath(new URL(file, buildModule))));
		const needed = await importClosure(new URL('../../src/search/index/index-part.ts', import.meta.url));
		expect(needed.size).toBeGreaterThan(3);
		for (const file of needed) expect(keyed, file).toContain(file);
		for (const other of ['build.ts', 'parts.ts', 'pagefind-script.ts']) {
			expect(keyed).not.toContain(fileURLToPath(new URL(other, buildModule)));
		}
	});
});
