/**
 * Hand-written MDX for the bench (issue 13's measurement): N realistic files in the bench's content
 * folder — pages importing `RemarkLink`, notes at existing meetings and remarks (補足, 正誤, 注記),
 * introductions of existing series — and the verdict on what they cost `astro build`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Entry } from '../../src/converter/content.ts';
import { noteKinds } from '../../src/schemas/editorial.ts';
import { editorialDir } from '../../src/site/config.ts';
import { runStage, type PipelineDirs, type PipelineOptions, type StageResult } from './pipeline.ts';
import { createRandom, hashSeed, type Random } from './prng.ts';

/** One hand-written file: its path under the content folder, its text, and where its marker must show in the built site. */
export interface EditorialFile {
	/** `pages/guide-1.mdx`, `notes/…mdx`, `series/<slug>.mdx` (relative to the content folder). */
	path: string;
	text: string;
	/** The built page that must show the file (relative to dist: `guide-1/index.html`). */
	page: string;
	/** A reference number in the text (`整理番号 E7`), found on that page when the file was built. */
	marker: string;
}

/** Pass/fail for hand-written files: the build with them may take this much longer and use this much more memory than without. */
export const EDITORIAL_TOLERANCE = {
	/** Time: at most 10% of the build without them, or 5 s if that is more (a busy 2-core machine varies by seconds). */
	fraction: 0.1,
	seconds: 5,
	/** Peak RSS: at most 10% more, or 100 MB if that is more. */
	memoryFraction: 0.1,
	memoryBytes: 100 * 1024 * 1024,
} as const;

/** Titles of hand-written pages (a number is added when more pages than titles are asked for). */
const PAGE_TITLES = ['利用の手引き', '収録範囲', '引用の仕方', '編集方針', '出典と改訂履歴', 'データの利用', '用語集', 'お問い合わせ'] as const;
/** What editorial notes say. */
const NOTE_TEXTS: Readonly<Record<(typeof noteKinds)[number], readonly string[]>> = {
	補足: ['この発言で言及されている資料は、会議後に公開された改訂版があります。', '会議録の公開後、関係機関から発表された資料で数値が更新されています。', 'この回の配付資料の一部は非公開のため、本文中の参照先を確認できません。'],
	正誤: ['原本の発言者名に誤記があり、公式の正誤表で訂正されています。', '本文中の資料番号は、正誤表により訂正されています。', '原本では日付が誤って記載されていました（公式の正誤表による）。'],
	注記: ['この発言は次回の会議で補足説明が行われています。', '発言中の制度名は、その後の法改正により名称が変わっています。', '当該部分は会議録の原本に従い、表記を改めていません。'],
};

/** Text that is safe inside MDX prose (no braces, angle brackets or Markdown marks from names). */
const prose = (text: string): string => text.replace(/[{}<>*_`#[\]|\\]/gu, '');

/** A link to a remark by the project's component. */
const remarkLink = (entry: Entry, remark: string, label: string): string => `<RemarkLink meeting="${entry.id}" remark="${remark}">${prose(label)}</RemarkLink>`;

/** A remark of an entry (its id and speaker), or null when it has none. */
function pickRemark(random: Random, entry: Entry): { id: string; speaker: string } | null {
	return entry.meeting.remarks.length === 0 ? null : random.pick(entry.meeting.remarks);
}

/** A page: frontmatter, the component import, an exported constant, headings, a list of links to remarks, a table. */
function pageFile(random: Random, entries: readonly Entry[], index: number, marker: string): EditorialFile {
	const base = PAGE_TITLES[index % PAGE_TITLES.length] ?? '案内';
	const title = index < PAGE_TITLES.length ? base : `${base}（${Math.floor(index / PAGE_TITLES.length) + 1}）`;
	const name = `guide-${index + 1}`;
	const examples = random.sample(entries, 4).flatMap((entry) => {
		const remark = pickRemark(random, entry);
		return remark ? [`- ${remarkLink(entry, remark.id, `${entry.meeting.title}（${remark.speaker}の発言）`)}`] : [];
	});
	const series = new Set(entries.map((entry) => entry.meeting.series)).size;
	const text = [
		'---',
		`title: ${title}`,
		`description: ${title}についての案内（このアーカイブの編集部による）。`,
		`order: ${index + 1}`,
		'---',
		"import RemarkLink from '@components/RemarkLink.astro';",
		'',
		`export const bodies = ${series};`,
		'',
		`## ${title}`,
		'',
		`このページでは、アーカイブの${title}について説明します。収録している会議体は {bodies} です（整理番号 ${marker}）。`,
		'各会議のページでは、発言ごとに固有のリンクがあり、引用の書式も示しています。',
		'',
		'### 発言へのリンクの例',
		'',
		...examples,
		'',
		'| 項目 | 内容 |',
		'| --- | --- |',
		'| 本文 | 公開された会議録のテキスト（内容は変えていません） |',
		'| 編集注 | 編集部が加えた補足・正誤・注記（本文とは区別して表示） |',
		'',
		'正確な内容は、必ず各機関が公開している原本でご確認ください。',
		'',
	].join('\n');
	return { path: `pages/${name}.mdx`, text, page: `${name}/index.html`, marker };
}

/** A note on a meeting, at one of its remarks for every other note. */
function noteFile(random: Random, entry: Entry, index: number, marker: string): EditorialFile {
	const kind = noteKinds[index % noteKinds.length] ?? '注記';
	const remark = index % 2 === 0 ? pickRemark(random, entry) : null;
	const other = pickRemark(random, entry);
	const text = [
		'---',
		`meeting: ${entry.id}`,
		...(remark ? [`remark: ${remark.id}`] : []),
		`kind: ${kind}`,
		`date: 2024-0${1 + (index % 9)}-15`,
		'---',
		'',
		`${random.pick(NOTE_TEXTS[kind])}（整理番号 ${marker}）`,
		...(other ? ['', `関連する発言：${remarkLink(entry, other.id, `${other.speaker}の発言`)}。`] : []),
		'',
	].join('\n');
	return { path: `notes/${entry.id}-${index + 1}.mdx`, text, page: `meetings/${entry.id}/index.html`, marker };
}

/** The introduction of a series page. */
function seriesFile(entry: Entry, marker: string): EditorialFile {
	const { series, seriesSlug } = entry.meeting;
	const text = [
		'---',
		'title: この会議体について',
		'---',
		'',
		`${prose(series)}の会議録を開催順に掲載しています（整理番号 ${marker}）。`,
		'会議録は各機関が公開したものを、内容を変えずに整形しています。発言者の役職は会議当時のものです。',
		'',
		`最初の収録回：<RemarkLink meeting="${entry.id}" />`,
		'',
	].join('\n');
	return { path: `series/${seriesSlug}.mdx`, text, page: `series/${seriesSlug}/index.html`, marker };
}

/** `count` hand-written files about the given meetings: about a fifth pages, a fifth series introductions (at most one per series), the rest notes. Deterministic by seed. */
export function editorialFiles(entries: readonly Entry[], count: number, seed: number): EditorialFile[] {
	if (count <= 0) return [];
	if (entries.length === 0) throw new Error('hand-written notes need meetings to point at');
	const random = createRandom(hashSeed('bench-editorial', seed, count));
	const firstOfSeries = new Map<string, Entry>();
	for (const entry of entries) if (!firstOfSeries.has(entry.meeting.seriesSlug)) firstOfSeries.set(entry.meeting.seriesSlug, entry);
	const seriesCount = Math.min(firstOfSeries.size, Math.floor(count / 5));
	const pageCount = Math.max(1, Math.floor(count / 5));
	const noteCount = Math.max(0, count - seriesCount - pageCount);
	const marker = (() => {
		let next = 0;
		return () => `E${++next}`;
	})();
	return [
		...Array.from({ length: Math.min(pageCount, count) }, (_, i) => pageFile(random, entries, i, marker())),
		...[...firstOfSeries.values()].slice(0, seriesCount).map((entry) => seriesFile(entry, marker())),
		...Array.from({ length: noteCount }, (_, i) => noteFile(random, random.pick(entries), i, marker())),
	];
}

/** Write the files into the content folder's pages/, notes/ and series/. */
export async function writeEditorial(contentDir: string, files: readonly EditorialFile[]): Promise<void> {
	for (const file of files) {
		const [folder, ...rest] = file.path.split('/');
		const path = join(editorialDir(folder as 'pages' | 'notes' | 'series', contentDir), ...rest);
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, file.text);
	}
}

/** Files whose marker is missing from their built page (empty when the build showed them all). */
export async function missingFromSite(distDir: string, files: readonly EditorialFile[]): Promise<EditorialFile[]> {
	const missing: EditorialFile[] = [];
	for (const file of files) {
		const html = await readFile(join(distDir, file.page), 'utf8').catch(() => '');
		if (!html.includes(`整理番号 ${file.marker}）`)) missing.push(file);
	}
	return missing;
}

/** A build measured without and with the hand-written files. */
export interface BuildFigures {
	seconds: number;
	peakRssBytes: number;
}

/** The difference the files make and whether it is within `EDITORIAL_TOLERANCE`. */
export function editorialVerdict(without: BuildFigures, withFiles: BuildFigures): { seconds: number; bytes: number; allowedSeconds: number; allowedBytes: number; pass: boolean } {
	const seconds = withFiles.seconds - without.seconds;
	const bytes = withFiles.peakRssBytes - without.peakRssBytes;
	const allowedSeconds = Math.max(without.seconds * EDITORIAL_TOLERANCE.fraction, EDITORIAL_TOLERANCE.seconds);
	const allowedBytes = Math.max(without.peakRssBytes * EDITORIAL_TOLERANCE.memoryFraction, EDITORIAL_TOLERANCE.memoryBytes);
	return { seconds, bytes, allowedSeconds, allowedBytes, pass: seconds <= allowedSeconds && bytes <= allowedBytes };
}

/** Rounds of the measurement: the machine is shared, so each build runs this often and the lowest figures count. */
export const EDITORIAL_ROUNDS = 2;

/** The measurement: both builds in each round, and the lowest time and peak of each over the rounds. */
export interface EditorialRun {
	files: EditorialFile[];
	rounds: { without: StageResult; with: StageResult }[];
	without: BuildFigures;
	with: BuildFigures;
}

/** The lowest time and the lowest peak of several builds. */
const best = (runs: readonly BuildFigures[]): BuildFigures => ({ seconds: Math.min(...runs.map((run) => run.seconds)), peakRssBytes: Math.min(...runs.map((run) => run.peakRssBytes)) });

/** Remove the hand-written folders from the content folder. */
async function removeEditorial(contentDir: string): Promise<void> {
	for (const kind of ['pages', 'notes', 'series'] as const) await rm(editorialDir(kind, contentDir), { recursive: true, force: true });
}

/**
 * `astro build` over the bench's content without hand-written files, then with `files` written into
 * it, `rounds` times in turn; every build into empty output and Astro cache folders under `root`
 * (content, the OS file cache and the social-card cache are as warm for one as for the other).
 * Throws when a file does not show on its page.
 */
export async function measureEditorial(dirs: PipelineDirs, root: string, files: readonly EditorialFile[], options: PipelineOptions, rounds = EDITORIAL_ROUNDS): Promise<EditorialRun> {
	const fresh = async (name: string): Promise<PipelineDirs> => {
		await rm(join(root, name), { recursive: true, force: true });
		return { ...dirs, distDir: join(root, name, 'dist'), cacheDir: join(root, name, 'astro-cache') };
	};
	const results: EditorialRun['rounds'] = [];
	for (let round = 0; round < rounds; round++) {
		await removeEditorial(dirs.contentDir);
		const without = await runStage('build', await fresh('editorial-0'), options);
		await writeEditorial(dirs.contentDir, files);
		const built = await fresh(`editorial-${files.length}`);
		const withFiles = await runStage('build', built, options);
		const missing = await missingFromSite(built.distDir, files);
		if (missing.length > 0) throw new Error(`hand-written files not shown on their pages: ${missing.map((file) => `${file.path} → ${file.page}`).join(', ')}`);
		results.push({ without, with: withFiles });
	}
	return { files: [...files], rounds: results, without: best(results.map((r) => r.without)), with: best(results.map((r) => r.with)) };
}
