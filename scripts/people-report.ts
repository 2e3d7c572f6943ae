/**
 * `node scripts/people-report.ts [--seeds DIR --content DIR]`: resolve the people of the converted
 * archive (content/*.mdx frontmatter + seeds/people.yml) and print every unresolved or ambiguous
 * speaker as `seeds/<file>:<line>: warning: …`. Never fails the build (exit 0) unless the content is unreadable.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { parseAliasFile } from '../src/people/aliases.ts';
import { resolvePeople } from '../src/people/resolve.ts';
import type { MeetingRecord } from '../src/people/types.ts';
import { meetingSchema } from '../src/schemas/meeting.ts';

const { values } = parseArgs({
	options: {
		seeds: { type: 'string', default: process.env['SEEDS_DIR'] || 'seeds' },
		content: { type: 'string', default: process.env['CONTENT_DIR'] || 'content' },
	},
});
const seedsDir = values.seeds.replace(/\/+$/, '');

/** The frontmatter record of one converted MDX file. */
function readRecord(file: string): MeetingRecord {
	const text = readFileSync(join(values.content, file), 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
	return { id: file.replace(/\.mdx$/, ''), data: meetingSchema.parse(parseYaml(match?.[1] ?? '')) };
}

const records = existsSync(values.content) ? readdirSync(values.content).filter((file) => file.endsWith('.mdx')).sort().map(readRecord) : [];
const aliasPath = join(seedsDir, 'people.yml');
const alias = existsSync(aliasPath) ? parseAliasFile(readFileSync(aliasPath, 'utf8')) : { aliases: [], diagnostics: [] };
const index = resolvePeople(records, alias.aliases);
const problems = [...alias.diagnostics, ...index.diagnostics];
for (const problem of problems) {
	console.warn(`${seedsDir}/${problem.file}${problem.line ? `:${problem.line}` : ''}: warning: ${problem.message}`);
}
const remarks = index.persons.reduce((sum, person) => sum + person.remarks.length, 0);
console.log(`people: ${index.persons.length} persons, ${remarks} remarks attributed, ${problems.length} warning${problems.length === 1 ? '' : 's'}`);
