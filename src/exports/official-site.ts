/** The official site of a series for its page: the per-series default of `SEEDS_DIR/sources.yml` (read once per build). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readOfficialLinks, seriesOfficialLink, SOURCES_FILE, type OfficialLink, type OfficialLinks } from '../converter/official-links.ts';
import { seedsDir } from '../site/config.ts';

let links: Pick<OfficialLinks, 'series'> | undefined;

/** The series defaults of the sources file (its problems are reported by `npm run convert`); none when it is absent or unreadable. */
function seriesLinks(): Pick<OfficialLinks, 'series'> {
	if (links) return links;
	let text = '';
	try {
		text = readFileSync(join(seedsDir, SOURCES_FILE), 'utf8');
	} catch {
		// No sources file: no series defaults.
	}
	links = { series: readOfficialLinks(text, []).series };
	return links;
}

/** The official page and/or PDF given for a series in `seeds/sources.yml`, if any. */
export function seriesOfficialSite(name: string, slug: string): OfficialLink | undefined {
	return seriesOfficialLink(seriesLinks(), name, slug);
}
