/**
 * `node scripts/bench/search-sites.ts --site DIST [--site DIST2 …] [--rounds N] [--query Q …]`: the bench's
 * search-page measurement (scripts/bench/search-page.ts: cold in a fresh Chromium profile, then warm in the
 * same profile) over sites already built, e.g. kept by `npm run bench -- --keep`. With several sites each
 * query is searched on every site in turn, the order turning with every query (site-pairs.ts), so a busy
 * machine weighs on each alike. Prints per query and site the cold and warm times (ms to the first result) and
 * the Pagefind bytes of the cold load, then medians and maxima, and each site against the first search by search.
 */
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { installTimingProbe, QUERIES, searchOnce, type SearchOutcome } from './search-page.ts';
import { serveDist, type StaticServer } from './serve.ts';
import { inTurns, median, pairedAgainstFirst } from './site-pairs.ts';

const { values } = parseArgs({ options: { site: { type: 'string', multiple: true }, rounds: { type: 'string', default: '1' }, query: { type: 'string', multiple: true } } });
const sites = values.site ?? [];
if (sites.length === 0) {
	console.error('usage: node scripts/bench/search-sites.ts --site DIST [--site DIST2 …] [--rounds N] [--query Q …]');
	process.exit(2);
}
const queries = values.query ?? QUERIES;
const rounds = Number(values.rounds);

/** One cold and one warm search in a fresh profile. */
async function measure(server: StaticServer, query: string): Promise<{ cold: SearchOutcome; warm: SearchOutcome }> {
	const session = await launchBrowser();
	try {
		await installTimingProbe(session.context);
		const cold = await searchOnce(session.context, server.url, query);
		const warm = await searchOnce(session.context, server.url, query);
		return { cold, warm };
	} finally {
		await session.close();
	}
}

const servers = await Promise.all(sites.map((site) => serveDist(site)));
const outcomes = sites.map(() => [] as { cold: SearchOutcome; warm: SearchOutcome }[]);
try {
	let turn = 0;
	for (let round = 0; round < rounds; round++) {
		for (const query of queries) {
			const measured = await inTurns(servers.map((server) => () => measure(server, query)), turn++);
			for (const [index, outcome] of measured.entries()) {
				outcomes[index]?.push(outcome);
				const ms = (search: SearchOutcome) => (search.firstResultMs === null ? `(${Math.round(search.answerMs)})` : String(Math.round(search.firstResultMs)));
				console.log(`${String(round + 1).padStart(2)} ${query.padEnd(10)} site ${index + 1}: ${String(outcome.cold.hrefs.length).padStart(3)} results, cold ${ms(outcome.cold).padStart(6)} ms ${String(Math.round(outcome.cold.pagefindBytes / 1024)).padStart(5)} KB (${String(Math.round(outcome.cold.pagefindBytesFirst / 1024)).padStart(4)} KB by the first), warm ${ms(outcome.warm).padStart(6)} ms  ${outcome.cold.status}`);
			}
		}
	}
} finally {
	await Promise.all(servers.map((server) => server.close()));
}
for (const [index, site] of sites.entries()) {
	const answered = (outcomes[index] ?? []).filter((outcome) => outcome.cold.firstResultMs !== null);
	const cold = answered.map((outcome) => outcome.cold.firstResultMs as number);
	const warm = answered.map((outcome) => outcome.warm.firstResultMs as number);
	const bytes = answered.map((outcome) => outcome.cold.pagefindBytes / 1024);
	const first = answered.map((outcome) => outcome.cold.pagefindBytesFirst / 1024);
	console.log(`site ${index + 1} (${site}), ${answered.length} searches with results: cold median ${Math.round(median(cold))} ms (max ${Math.round(Math.max(...cold))}), warm median ${Math.round(median(warm))} ms (max ${Math.round(Math.max(...warm))}), Pagefind ${Math.round(median(bytes))} KB median (max ${Math.round(Math.max(...bytes))}), by the first result ${Math.round(median(first))} KB median`);
}
// Search by search against the first site (the same query and round), where both found a result.
const paired = pairedAgainstFirst(outcomes.map((site) => site.map((outcome) => outcome.cold.firstResultMs)));
for (const [index, comparison] of paired.entries()) {
	const sign = comparison.medianDifference > 0 ? '+' : '';
	console.log(`site ${index + 2} against site 1, ${comparison.turns} searches: cold ${sign}${Math.round(comparison.medianDifference)} ms median difference, faster in ${comparison.faster} of ${comparison.turns}`);
}
