/**
 * `node scripts/people-report.ts [--seeds DIR --content DIR]`: resolve the people of the converted
 * archive (content/meetings/*.mdx frontmatter + seeds/people.yml) and print every unresolved or ambiguous
 * speaker as `seeds/<file>:<line>: warning: …`, and every pair of persons likely one person misread
 * (surnames differing by one look-alike character, see src/people/misread.ts) with a suggested entry. Problems of seeds/people.yml are errors
 * (`seeds/people.yml:4: …`) and make it exit 1, so `npm run build` stops; warnings never do.
 */
import { existsSync } from 'node:fs';
import { readStoredEntries } from '../src/converter/content.ts';
import { readAliasFile } from '../src/people/alias-file.ts';
import { diagnosticPath, formatDiagnostic } from '../src/schemas/diagnostic.ts';
import { findMisreadPersons } from '../src/people/misread.ts';
import { resolvePeople } from '../src/people/resolve.ts';
import { contentDir, meetingsDir, seedsDir as defaultSeeds } from '../src/site/config.ts';
import { cliArgs } from './cli-args.ts';

const values = cliArgs('people', `usage: node scripts/people-report.ts [--seeds DIR (default ${defaultSeeds})] [--content DIR (default ${contentDir})]`, {
	seeds: { type: 'string', default: defaultSeeds },
	content: { type: 'string', default: contentDir },
});
const seedsDir = values.seeds.replace(/\/+$/, '');

const meetings = meetingsDir(values.content);
// Without the remarks' texts (people need speakers and lines only), so memory stays small for long 会議録.
const records = existsSync(meetings) ? await readStoredEntries(meetings) : [];
const alias = readAliasFile(seedsDir);
const index = resolvePeople(records, alias.aliases);
const problems = [...alias.diagnostics, ...index.diagnostics];
for (const problem of problems) {
	const line = formatDiagnostic(diagnosticPath(seedsDir, problem), problem);
	if (problem.severity === 'error') console.error(line);
	else console.warn(line);
}
// Likely misreadings (鵜飼/鶴飼): warnings with the people.yml entry to paste; never merged without it.
const sources = new Map(records.map((record) => [record.id, record.data.source]));
const misread = findMisreadPersons(index.persons, sources);
for (const { diagnostic, suggestion } of misread) console.warn(`${formatDiagnostic(diagnosticPath(seedsDir, diagnostic), diagnostic)}\n${suggestion}`);
problems.push(...misread.map((report) => report.diagnostic));
const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;
const remarks = index.persons.reduce((sum, person) => sum + person.remarks.length, 0);
console.log(
	`people: ${index.persons.length} persons, ${remarks} remarks attributed, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
);
if (errors > 0) process.exitCode = 1;
