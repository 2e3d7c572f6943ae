/** Reading `SEEDS_DIR/people.yml` from disk: absent is no aliases, a folder or an unreadable file is one error line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALIAS_FILE, parseAliasFile, type Alias } from './aliases.ts';
import type { PeopleDiagnostic } from './types.ts';

/** The aliases of a seeds folder's `people.yml` and the problems found in it. */
export function readAliasFile(seedsDir: string): { aliases: Alias[]; diagnostics: PeopleDiagnostic[] } {
	let text: string;
	try {
		text = readFileSync(join(seedsDir, ALIAS_FILE), 'utf8');
	} catch (cause) {
		const code = (cause as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return { aliases: [], diagnostics: [] };
		const reason = code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? (cause as Error).message})`;
		const message = `${reason}: make it a text file starting with "persons:", or remove it`;
		return { aliases: [], diagnostics: [{ severity: 'error', file: ALIAS_FILE, line: null, code: 'alias-file', message }] };
	}
	return parseAliasFile(text);
}
