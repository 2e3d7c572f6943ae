/**
 * The `verbatim` layout of the bench: Diet and local-assembly 会議録 (50–140 KB a meeting, many
 * speakers, attendance lists, 開議/散会 times, 議事日程) for a mix of bodies, each body with the same
 * fictional roster in all its meetings, speeches recombined from the real seeds' sentences (so the
 * bench's search queries still find remarks). Deterministic by seed; each seed carries what its
 * reader must find (`expected`).
 */
import { archiveCalendar, seedFileName } from './calendar.ts';
import type { GeneratedSeed, GenerateOptions, SeedPool } from './generate.ts';
import { createRandom, hashSeed } from './prng.ts';
import { assemblyRoster, assemblySession, writeAssemblyMeeting } from './verbatim-assembly.ts';
import { dietRoster, dietSession, writeDietMeeting } from './verbatim-diet.ts';
import { speechSentences } from './verbatim-text.ts';
import type { Roster, VerbatimBody, WrittenMeeting } from './verbatim-types.ts';

/** The bodies of the verbatim archive: Diet committees of both houses, the 衆議院 plenary, and four assemblies in two export layouts. */
export const VERBATIM_BODIES: readonly VerbatimBody[] = [
	{ family: 'diet', style: 'shugiin-committee', house: '衆議院', name: '総務委員会', minister: '総務大臣', vice: '総務大臣政務官', office: '総務省' },
	{ family: 'diet', style: 'shugiin-committee', house: '衆議院', name: '内閣委員会', minister: '国務大臣（科学技術政策担当）', vice: '内閣府大臣政務官', office: '内閣府' },
	{ family: 'diet', style: 'sangiin-committee', house: '参議院', name: '総務委員会', minister: '総務大臣', vice: '総務大臣政務官', office: '総務省' },
	{ family: 'diet', style: 'plenary', house: '衆議院', name: '本会議', minister: '総務大臣', vice: '総務大臣政務官', office: '総務省' },
	{ family: 'assembly', style: 'discussnet', name: 'みどり市議会', head: '市長' },
	{ family: 'assembly', style: 'discussnet', name: 'ひかり市議会', head: '市長' },
	{ family: 'assembly', style: 'ward', name: 'あおば区議会', head: '区長' },
	{ family: 'assembly', style: 'ward', name: 'さくら市議会', head: '市長' },
];

/** Bytes (UTF-8) a verbatim meeting aims at: a uniform draw in this range (the 会議録 run 50–140 KB). */
export const VERBATIM_BYTES = { min: 50_000, max: 140_000 } as const;

/** A body's series key (its name as the reader makes it). */
const bodyKey = (body: VerbatimBody): string => (body.family === 'diet' ? `${body.house} ${body.name}` : body.name);

/** The date, or the Monday after it when it falls on a weekend (bodies sit on weekdays; the order of dates is kept). */
export function weekday(iso: string): string {
	const day = new Date(`${iso}T00:00:00Z`);
	const shift = [1, 0, 0, 0, 0, 0, 2][day.getUTCDay()] ?? 0;
	return new Date(day.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
}

/** The roster of a body for a seed: drawn once, the same in every meeting of the body. */
function rosterOf(seed: number, body: VerbatimBody): Roster {
	const random = createRandom(hashSeed('bench-roster', seed, bodyKey(body)));
	return body.family === 'diet' ? dietRoster(random, body) : assemblyRoster(random, body);
}

/** Generate the verbatim archive: `meetings + extra` seeds; meeting `i` depends only on `seed`, `meetings` and `i`. */
export function verbatimSeeds(pool: SeedPool, options: GenerateOptions): GeneratedSeed[] {
	const { seed, meetings, extra = 0 } = options;
	const sentences = speechSentences(pool.paragraphs);
	const dateOf = archiveCalendar(pool.dates, meetings);
	const rosters = new Map(VERBATIM_BODIES.map((body) => [body, rosterOf(seed, body)]));
	// Sittings are numbered within a body's session (第N回国会 / 第N回定例会 of a year).
	const sittings = new Map<string, number>();
	const seeds: GeneratedSeed[] = [];
	for (let index = 0; index < meetings + extra; index++) {
		const random = createRandom(hashSeed('bench-verbatim', seed, index));
		const body = random.pick(VERBATIM_BODIES);
		const date = weekday(dateOf(random, index));
		const fileName = seedFileName(random, index);
		const session = body.family === 'diet' ? dietSession(date) : assemblySession(date);
		const key = `${bodyKey(body)}|${date.slice(0, 4)}|${session}`;
		const sitting = (sittings.get(key) ?? 0) + 1;
		sittings.set(key, sitting);
		const plan = { random, sentences, body, roster: rosters.get(body) as Roster, date, session, sitting, targetBytes: random.int(VERBATIM_BYTES.min, VERBATIM_BYTES.max) };
		const written: WrittenMeeting = body.family === 'diet' ? writeDietMeeting(plan, body) : writeAssemblyMeeting(plan, body);
		const { text, series, ...expected } = written;
		seeds.push({ fileName, text, series, session: sitting, date, expected: { family: body.family, ...expected } });
	}
	return seeds;
}
