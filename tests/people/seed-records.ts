/** The real seeds run through the parser, as `{ id, data }` records like the content collection's. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryId } from '../../src/converter/entry-id.ts';
import { toMdx } from '../../src/converter/mdx.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { parseAliasFile, type Alias } from '../../src/people/aliases.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';

/** A seed's record with its remark texts, shaped like a collection entry (`MeetingRecord`, which has no texts, accepts it). */
export interface SeedRecord {
	id: string;
	data: Meeting;
}

const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

/** Parse every `.txt` seed of a folder into meeting records. */
export function seedRecords(dir = SEEDS_DIR): SeedRecord[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => {
			const { meeting } = parseMinutes(readFileSync(join(dir, name), 'utf8'), { source: name, sourceHash: '0'.repeat(64) });
			if (!meeting) throw new Error(`seed ${name} did not parse`);
			return { id: entryId(meeting), data: meeting };
		});
}

/** The aliases of seeds/people.yml. */
export function seedAliases(): Alias[] {
	const { aliases, diagnostics } = parseAliasFile(readFileSync(join(SEEDS_DIR, 'people.yml'), 'utf8'));
	if (diagnostics.length > 0) throw new Error(diagnostics.map((d) => d.message).join('\n'));
	return aliases;
}

/** The converter's output for every real seed (hashed as the converter hashes it): entry id → MDX. */
export function seedMdx(dir = SEEDS_DIR): Map<string, string> {
	return new Map(
		readdirSync(dir)
			.filter((name) => name.endsWith('.txt'))
			.map((name) => {
				const bytes = readFileSync(join(dir, name));
				const result = parseMinutes(bytes.toString('utf8'), { source: name, sourceHash: createHash('sha256').update(bytes).digest('hex') });
				const id = entryId(result.meeting!);
				return [id, toMdx(result, id)] as const;
			}),
	);
}
