/**
 * A deterministic synthetic archive for benchmarks: meetings assembled from the real seeds'
 * remarks, speakers, participants, handouts, agenda titles and dates, written as seed files in
 * the real layout (`NNNNN_<16 hex>.txt`, the header sections and speaker lines of a 議事要旨) so that
 * the real converter parses them. The `verbatim` layout (verbatim.ts) writes Diet and assembly
 * 会議録 instead, from the same pool's sentences.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { archiveCalendar, seedFileName } from './calendar.ts';
import { createRandom, hashSeed, type Random } from './prng.ts';
import { verbatimSeeds } from './verbatim.ts';

/** What the generator draws from: everything taken from the parsed real seeds. */
export interface SeedPool {
	/** Remark paragraphs (one remark's text split at line breaks). */
	paragraphs: string[];
	/** Speaker labels as written (小山構成員, NTT 松原氏). */
	speakers: string[];
	/** Participant group name → member entries as written. */
	groups: Record<string, string[]>;
	handouts: string[];
	agenda: string[];
	locations: string[];
	/** ISO dates of the seeds; generated dates fall between the first and the last. */
	dates: string[];
	/** Series names of the seeds. */
	series: string[];
}

/** Series that do not exist in the seeds, so the archive has more than two bodies (and hashed slugs). */
export const SYNTHETIC_SERIES = [
	'情報通信ネットワーク安全・信頼性検討会',
	'サイバーセキュリティ人材育成分科会',
	'IoT セキュリティ対策研究会',
	'電気通信事業者サイバー対策ワーキンググループ',
	'地域セキュリティコミュニティ推進会議',
	'重要インフラ情報共有タスクフォース',
] as const;

/** Bytes (UTF-8) a generated meeting aims at: a uniform draw in this range, like the 25 KB real minutes. */
export const MEETING_BYTES = { min: 22_000, max: 28_000 } as const;

/** Collect the pool from a folder of real seeds (parsed with the project's parser). */
export async function loadSeedPool(seedsDir: string): Promise<SeedPool> {
	const pool: SeedPool = { paragraphs: [], speakers: [], groups: {}, handouts: [], agenda: [], locations: [], dates: [], series: [] };
	const names = (await readdir(seedsDir)).filter((name) => /\.(txt|md)$/.test(name)).sort();
	for (const name of names) {
		const decoded = decodeSeed(new Uint8Array(await readFile(join(seedsDir, name))));
		if (!decoded.ok) continue;
		const { meeting } = parseMinutes(decoded.text, { source: name, sourceHash: '0'.repeat(64) });
		if (!meeting) continue;
		pool.dates.push(meeting.date);
		pool.series.push(meeting.series);
		if (meeting.location) pool.locations.push(meeting.location);
		for (const remark of meeting.remarks) {
			pool.speakers.push(remark.speaker);
			for (const paragraph of remark.text.split('\n')) if (paragraph.trim().length >= 20) pool.paragraphs.push(paragraph.trim());
		}
		for (const group of meeting.participants) {
			const key = group.group.replace(/[【】*\s]/g, '');
			(pool.groups[key] ??= []).push(...group.members.map((member) => member.text));
		}
		pool.handouts.push(...meeting.handouts.map((handout) => handout.title).filter((title) => title.length > 0));
		pool.agenda.push(...meeting.agenda.map((item) => item.title));
	}
	const unique = (items: string[]) => [...new Set(items)].sort();
	pool.speakers = unique(pool.speakers);
	pool.locations = unique(pool.locations);
	pool.series = unique(pool.series);
	pool.handouts = unique(pool.handouts);
	pool.agenda = unique(pool.agenda);
	pool.dates = unique(pool.dates);
	for (const key of Object.keys(pool.groups)) pool.groups[key] = unique(pool.groups[key] ?? []);
	if (pool.paragraphs.length === 0 || pool.speakers.length === 0 || pool.dates.length === 0) {
		throw new Error(`${seedsDir} has no parsable minutes with remarks to build a synthetic archive from`);
	}
	return pool;
}

/** The layouts the bench generates: 議事要旨 like the real seeds, or the Diet's and assemblies' verbatim 会議録. */
export const LAYOUTS = ['summary', 'verbatim'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** One generated seed file. */
export interface GeneratedSeed {
	fileName: string;
	text: string;
	series: string;
	/** The session number (summary) or the sitting's number within its session (verbatim: 第N号, 第N日). */
	session: number;
	date: string;
	/** Verbatim layout only: what the parser must read from the text. */
	expected?: ExpectedRecord;
}

/** What a verbatim seed's reader must find: its family, sitting, times, speakers in order and participant groups. */
export interface ExpectedRecord {
	family: 'diet' | 'assembly';
	sessionLabel: string;
	start: string;
	end: string;
	speakers: string[];
	participants: { group: string; count: number }[];
}

/** How to generate: the layout, the PRNG seed and the archive size the dates are spread over. */
export interface GenerateOptions {
	/** `summary` (default) or `verbatim`. */
	layout?: Layout;
	seed: number;
	meetings: number;
	/** Meetings generated after the archive (newer dates), e.g. the one added for the incremental build. */
	extra?: number;
}

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;
const REIWA_START = { year: 2019, date: '2019-05-01' } as const;

/** `令和5年2月1日（水）` for an ISO date (令和 only: generated dates are all after 2019-05-01). */
export function reiwaDate(iso: string): string {
	if (iso < REIWA_START.date) throw new Error(`${iso} is before 令和`);
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	const era = year - REIWA_START.year + 1;
	const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
	return `令和${era === 1 ? '元' : era}年${month}月${day}日（${weekday}）`;
}

/** Members of a participant group: `count` entries drawn from the pool, or a fallback list. */
function members(random: Random, pool: SeedPool, group: string, count: number, fallback: string): string {
	const entries = pool.groups[group] ?? [];
	return entries.length > 0 ? random.sample(entries, count).join('、') : fallback;
}

/** The text of meeting `index`: header sections, handouts, agenda items and remarks until the size target. */
function meetingText(random: Random, pool: SeedPool, series: string, session: number, date: string): string {
	const start = random.pick([10, 13, 14, 15, 16]);
	const lines: string[] = [
		'',
		`${series}（第${session}回）議事要旨`,
		`1. 日時) ${reiwaDate(date)}${start}:00～${start + 2}:00`,
		`2. 場所) ${pool.locations.length > 0 ? random.pick(pool.locations) : 'オンライン'}`,
		'3. 出席者)',
		'【構成員】',
		members(random, pool, '構成員', random.int(8, 14), '後藤座長、小山構成員'),
		'【オブザーバー】',
		members(random, pool, 'オブザーバー', random.int(2, 4), 'デジタル庁'),
		'【総務省】',
		members(random, pool, '総務省', random.int(3, 7), 'サイバーセキュリティ統括官'),
		'4. 配付資料',
	];
	const agenda = random.sample(pool.agenda.length > 0 ? pool.agenda : ['サイバーセキュリティ政策について'], random.int(1, 3));
	const handouts = random.sample(pool.handouts.length > 0 ? pool.handouts : ['説明資料'], random.int(2, 5));
	handouts.forEach((title, i) => lines.push(`資料 ${session}-${i + 1} ${title}${random.next() < 0.3 ? '（非公開資料）' : ''}`));
	lines.push('5. 議事概要', '(1) 開会', '(2) 説明');

	const target = random.int(MEETING_BYTES.min, MEETING_BYTES.max);
	const size = () => Buffer.byteLength(lines.join('\n\n'));
	// Remarks are spread over the agenda items; the last item takes whatever is left of the size target.
	agenda.forEach((title, item) => {
		lines.push(`◆議題（${item + 1}）「${title}」について、事務局より資料 ${session}-${Math.min(item + 1, handouts.length)} を説明。`, '◆構成員の意見・コメント');
		const until = (target * (item + 1)) / agenda.length;
		do {
			lines.push(`${random.pick(pool.speakers)})`);
			const paragraphs = random.int(1, 3);
			for (let p = 0; p < paragraphs; p++) lines.push(random.pick(pool.paragraphs));
		} while (size() < until);
	});
	lines.push('(3) 閉会', '');
	return lines.join('\n\n');
}

/** The `summary` layout: 議事要旨 of the real seeds' series and of `SYNTHETIC_SERIES`. */
function summarySeeds(pool: SeedPool, options: GenerateOptions): GeneratedSeed[] {
	const { seed, meetings, extra = 0 } = options;
	const series = [...pool.series, ...SYNTHETIC_SERIES];
	const dateOf = archiveCalendar(pool.dates, meetings);
	const sessions = new Map<string, number>();
	const seeds: GeneratedSeed[] = [];
	for (let index = 0; index < meetings + extra; index++) {
		const random = createRandom(hashSeed('bench', seed, index));
		const name = random.pick(series);
		const session = (sessions.get(name) ?? 0) + 1;
		sessions.set(name, session);
		const date = dateOf(random, index);
		const fileName = seedFileName(random, index);
		seeds.push({ fileName, text: meetingText(random, pool, name, session, date), series: name, session, date });
	}
	return seeds;
}

/** Generate `meetings + extra` seeds in the layout (`summary` by default); meeting `i` depends only on the layout, `seed`, `meetings` and `i`, so `extra` never changes the others. */
export function generateSeeds(pool: SeedPool, options: GenerateOptions): GeneratedSeed[] {
	return (options.layout ?? 'summary') === 'verbatim' ? verbatimSeeds(pool, options) : summarySeeds(pool, options);
}

/** Write generated seeds into `dir` (created when missing); returns the total bytes written. */
export async function writeSeeds(dir: string, seeds: GeneratedSeed[]): Promise<number> {
	await mkdir(dir, { recursive: true });
	let bytes = 0;
	for (const seed of seeds) {
		await writeFile(join(dir, seed.fileName), seed.text);
		bytes += Buffer.byteLength(seed.text);
	}
	return bytes;
}
