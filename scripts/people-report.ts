/**
 * `node scripts/people-report.ts [--seeds DIR --content DIR]`: resolve the people of the converted
 * archive (content/meetings/*.mdx frontmatter + seeds/people.yml) and print every unresolved or ambiguous
 * speaker as `seeds/<file>:<line>: warning: …`. Never fails the build (exit 0) unless the content is unreadable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readEntries } from '../src/converter/content.ts';
import { parseAliasFile } from '../src/people/aliases.ts';
import { resolvePeople } from '../src/people/resolve.ts';
import { contentDir, meetingsDir, seedsDir as defaultSeeds } from '../src/site/config.ts';

const { values } = parseArgs({
	options: {
		seeds: { type: 'string', default: defaultSeeds },
		content: { type: 'string', default: contentDir },
	},
});
const seedsDir = values.seeds.replace(/\/+$/, '');

const meetings = meetingsDir(values.content);
const records = existsSync(meetings) ? (await readEntries(meetings)).map(({ id, meeting }) => ({ id, data: meeting })) : [];
const aliasPath = join(seedsDir, 'people.yml');
const alias = existsSync(aliasPath) ? parseAliasFile(readFileSync(aliasPath, 'utf8')) : { aliases: [], diagnostics: [] };
const index = resolvePeople(records, alias.aliases);
const problems = [...alias.diagnostics, ...index.diagnostics];
for (const problem of problems) {
	console.warn(`${seedsDir}/${problem.file}${problem.line ? `:${problem.line}` : ''}: warning: ${problem.message}`);
}
const remarks = index.persons.reduce((sum, person) => sum + person.remarks.length, 0);
console.log(`people: ${index.persons.length} persons, ${remarks} remarks attributed, ${problems.length} warning${problems.length === 1 ? '' : 's'}`);
