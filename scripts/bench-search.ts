/**
 * `npm run bench:search [-- --nice K --keep]`: search-quality report on the real seeds. Builds the
 * site from `seeds/` into a temp folder (convert → astro build → Pagefind), runs every query through
 * the real search page in Chromium (pressing "さらに表示" until all results are shown) and scores the
 * remark-level results against the converted content: a remark is relevant when its text contains
 * the query (NFKC, ASCII case-insensitive). Prints a table and one JSON line; exits non-zero only
 * when the build itself fails.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { readEntries } from '../src/converter/content.ts';
import { meetingsDir } from '../src/site/config.ts';
import { convertSummary, ROOT, runPipeline, type PipelineDirs } from './bench/pipeline.ts';
import { relevantRemarks, resultKey, scoreQuery, summarizeScores, type QueryScore, type RemarkText } from './bench/relevance.ts';
import { installTimingProbe, searchOnce } from './bench/search-page.ts';
import { serveDist } from './bench/serve.ts';
import { cliArgs } from './cli-args.ts';

/** Queries whose words occur in the seeds: compounds, katakana, acronyms (one in other widths/case), names. Relevance counts spelling variants (src/search/query.ts `foldVariants`) too. */
const PRESENT_QUERIES = [
	'能動的サイバー防御', '三層分離', '人材育成', 'セキュリティ人材', '重要インフラ', '情報共有', '通信の秘密', '脅威インテリジェンス', '国際連携', '研究開発',
	'地方公共団体', '自治体', '中小企業', '演習', '啓発', '大学', '脆弱性', '海底ケーブル',
	'トレーニング', 'サプライチェーン', 'ランサムウェア', 'インシデント', 'ガイドライン', 'スマートシティ', 'ハクティビスト', 'テレグラム', 'クラウド', 'ゼロトラスト', 'マルウェア', 'データセンター', 'ウクライナ',
	'CYDER', 'cyder', 'ＮＩＣＴ', 'ISAC', 'NICT', 'NOTICE', 'JPCERT', 'CYXROSS', 'IoT', '5G', 'G7', 'DDoS', 'KDDI',
	'松原', '小宮山', '篠田', '園田', '北村',
] as const;
/** Spelling-variant queries (表記ゆれ): each should find the remarks written in either form, the form asked first. */
const VARIANT_QUERIES = ['御指摘', 'ご指摘', '御意見', 'ご意見', '御質問', 'ご質問', '取組', '取り組み', '子供', 'サーバー', 'ユーザー', 'ユーザ'] as const;
/** Queries absent from the seeds: each must return nothing. */
const ABSENT_QUERIES = ['新幹線', '量子暗号', 'ブロックチェーン', '宇宙開発', '原子力', 'メタバース'] as const;

const values = cliArgs('bench:search', 'usage: npm run bench:search -- [--nice K (default 10)] [--keep]', { nice: { type: 'string', default: '10' }, keep: { type: 'boolean', default: false } });
const nice = Number(values.nice) || 0;

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
/** Pad to a display width where CJK characters count double. */
const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0xff ? 2 : 1), 0)));
const pad = (text: string | number, width: number) => String(text).padStart(width);

const root = await mkdtemp(join(tmpdir(), 'minutes-bench-search-'));
const dirs: PipelineDirs = { seedsDir: join(root, 'seeds'), contentDir: join(root, 'content'), distDir: join(root, 'dist'), cacheDir: join(root, 'astro-cache') };
try {
	await mkdir(dirs.seedsDir, { recursive: true });
	await cp(join(ROOT, 'seeds'), dirs.seedsDir, { recursive: true });
	let stages;
	try {
		stages = await runPipeline(dirs, { nice });
	} catch (error) {
		console.error(`bench:search: the build failed: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
	const conversion = convertSummary(stages[0]?.output ?? '');
	console.log(`built the real seeds (${conversion?.converted ?? '?'} records) in ${stages.reduce((sum, stage) => sum + stage.seconds, 0).toFixed(1)} s → ${dirs.distDir}`);

	const entries = await readEntries(meetingsDir(dirs.contentDir));
	const remarks: RemarkText[] = entries.flatMap((entry) => entry.meeting.remarks.map((remark) => ({ key: `${entry.id}#${remark.id}`, text: remark.text })));
	console.log(`ground truth: ${remarks.length} remarks in ${entries.length} records\n`);

	const server = await serveDist(dirs.distDir);
	const session = await launchBrowser();
	const rows: ({ query: string; ms: number; variant: boolean; exact: QueryScore } & QueryScore)[] = [];
	const absent: { query: string; results: number }[] = [];
	try {
		await installTimingProbe(session.context);
		console.log(`${padEnd('query', 22)} ${pad('relevant', 8)} ${pad('found', 6)} ${pad('recall', 7)} ${pad('results', 8)} ${pad('remarks', 8)} ${pad('P@10', 6)} ${pad('ms', 6)}`);
		for (const query of [...PRESENT_QUERIES, ...VARIANT_QUERIES]) {
			const outcome = await searchOnce(session.context, server.url, query, { all: true });
			const keys = outcome.hrefs.map(resultKey);
			// Scored against remarks holding the query or a spelling variant (what the search promises), and, as before, the exact form only.
			const score = scoreQuery(keys, relevantRemarks(remarks, query, true));
			const exact = scoreQuery(keys, relevantRemarks(remarks, query));
			rows.push({ query, ms: Math.round(outcome.answerMs), variant: (VARIANT_QUERIES as readonly string[]).includes(query), exact, ...score });
			console.log(
				`${padEnd(query, 22)} ${pad(score.relevant, 8)} ${pad(score.found, 6)} ${pad(percent(score.recall), 7)} ${pad(score.results, 8)} ${pad(score.remarkResults, 8)} ${pad(percent(score.precisionAt10), 6)} ${pad(Math.round(outcome.answerMs), 6)}`,
			);
		}
		console.log('\nabsent terms (must return nothing)');
		for (const query of ABSENT_QUERIES) {
			const outcome = await searchOnce(session.context, server.url, query, { all: true });
			absent.push({ query, results: outcome.hrefs.length });
			console.log(`  ${outcome.hrefs.length === 0 ? 'ok  ' : 'FAIL'} ${padEnd(query, 18)} ${outcome.hrefs.length} results${outcome.hrefs.length ? `, e.g. ${resultKey(outcome.hrefs[0] ?? '').key}` : ''}`);
		}
	} finally {
		await session.close();
		await server.close();
	}

	const summary = summarizeScores(rows);
	const original = rows.filter((row) => !row.variant);
	const exactOriginal = summarizeScores(original.map((row) => row.exact));
	const variantOnly = summarizeScores(rows.filter((row) => row.variant));
	const weak = rows.filter((row) => row.recall !== null && row.recall < 0.5).map((row) => row.query);
	console.log(`\noverall: ${summary.queries} queries, macro recall ${percent(summary.macroRecall)}, micro recall ${percent(summary.microRecall)}, mean P@10 ${percent(summary.meanPrecisionAt10)}; absent terms clean ${absent.filter((a) => a.results === 0).length}/${absent.length}`);
	console.log(`  the ${exactOriginal.queries} queries of before, exact-form ground truth: macro recall ${percent(exactOriginal.macroRecall)}, micro recall ${percent(exactOriginal.microRecall)}, mean P@10 ${percent(exactOriginal.meanPrecisionAt10)}`);
	console.log(`  the ${variantOnly.queries} spelling-variant queries: macro recall ${percent(variantOnly.macroRecall)}, micro recall ${percent(variantOnly.microRecall)}, mean P@10 ${percent(variantOnly.meanPrecisionAt10)}`);
	if (weak.length > 0) console.log(`recall below 50%: ${weak.join(', ')}`);
	console.log('(recall: relevant remarks found among all results; P@10: relevant among the first ≤ 10 results; section and whole-page hits count as results that are not relevant remarks)');
	const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
	console.log(
		JSON.stringify({
			queries: summary.queries,
			macroRecall: round(summary.macroRecall),
			microRecall: round(summary.microRecall),
			meanPrecisionAt10: round(summary.meanPrecisionAt10),
			exactForm: { queries: exactOriginal.queries, macroRecall: round(exactOriginal.macroRecall), microRecall: round(exactOriginal.microRecall), meanPrecisionAt10: round(exactOriginal.meanPrecisionAt10) },
			variantQueries: { queries: variantOnly.queries, macroRecall: round(variantOnly.macroRecall), microRecall: round(variantOnly.microRecall), meanPrecisionAt10: round(variantOnly.meanPrecisionAt10) },
			absentQueries: absent.length,
			absentClean: absent.filter((a) => a.results === 0).length,
			remarks: remarks.length,
			perQuery: rows.map((row) => ({ q: row.query, relevant: row.relevant, found: row.found, results: row.results, recall: round(row.recall), p10: round(row.precisionAt10) })),
			absent,
		}),
	);
} finally {
	if (values.keep) console.error(`bench:search: kept ${root}`);
	else await rm(root, { recursive: true, force: true });
}
