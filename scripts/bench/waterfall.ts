/**
 * `node scripts/bench/waterfall.ts --site DIST [--query Q …] [--runs N]`: where a cold search's time goes.
 * Opens `/search/?q=…` in a fresh Chromium profile (as the bench does) and prints, per request, when it
 * started and ended (ms from navigation start) and its size, the page's own milestones, main-thread
 * tasks over 20 ms, and when the first result appeared.
 */
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { answered, installTimingProbe, searchOnce } from './search-page.ts';
import { serveDist } from './serve.ts';

/** One resource as the page's Resource Timing saw it. */
interface ResourceRow {
	name: string;
	start: number;
	end: number;
	bytes: number;
}

/** What one cold load recorded. */
interface Waterfall {
	resources: ResourceRow[];
	marks: Record<string, number>;
	longTasks: { start: number; duration: number }[];
}

/** Record long tasks from the start of every page of the context. */
async function installLongTaskProbe(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const tasks: { start: number; duration: number }[] = [];
		(window as unknown as { __benchTasks: typeof tasks }).__benchTasks = tasks;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
}

/** Read the timings of the page the search ran in (called before it is closed). */
async function readWaterfall(context: BrowserContext, url: string, profile: boolean): Promise<Waterfall & { profile: string[] }> {
	const page = await context.newPage();
	const session = await context.newCDPSession(page);
	await session.send('Performance.enable');
	const cdp = profile ? session : null;
	if (cdp) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
	}
	const answer = answered(page);
	await page.goto(url);
	await answer;
	// Main-thread time of the page until the answer (read as soon as it is seen, so a little after).
	const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
	const metric = (name: string) => Math.round((metrics.find((entry) => entry.name === name)?.value ?? Number.NaN) * 1000);
	await page.waitForLoadState('networkidle').catch(() => {});
	const data = await page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const w = window as unknown as { __benchFirstResult?: number; __benchEmpty?: number; __benchTasks?: { start: number; duration: number }[] };
		return {
			resources: performance.getEntriesByType('resource').map((entry) => {
				const resource = entry as PerformanceResourceTiming;
				return { name: resource.name, start: resource.startTime, end: resource.responseEnd, bytes: resource.encodedBodySize };
			}),
			marks: {
				responseEnd: nav.responseEnd,
				domInteractive: nav.domInteractive,
				domContentLoaded: nav.domContentLoadedEventEnd,
				load: nav.loadEventEnd,
				firstResult: w.__benchFirstResult ?? Number.NaN,
				empty: w.__benchEmpty ?? Number.NaN,
				...Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime])),
			},
			longTasks: w.__benchTasks ?? [],
		};
	});
	Object.assign(data.marks, { 'main-thread task ms': metric('TaskDuration'), 'script ms': metric('ScriptDuration') });
	const lines: string[] = [];
	if (cdp) {
		const { profile: result } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
		lines.push(...topFunctions(result, data.marks['firstResult'] ?? Number.POSITIVE_INFINITY));
	}
	await page.close();
	return { ...data, profile: lines };
}

/** A CPU profile as Chromium's Profiler.stop returns it. */
interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
	samples: number[];
	timeDeltas: number[];
	startTime: number;
}

/** Self time per function (ms), the largest first, over the samples before `until` (ms from the profile's start, roughly navigation start). */
function topFunctions(profile: CpuProfile, until: number): string[] {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const self = new Map<string, number>();
	let at = 0;
	let total = 0;
	profile.samples.forEach((id, index) => {
		const delta = (profile.timeDeltas[index] ?? 0) / 1000;
		at += delta;
		if (at > until) return;
		const frame = byId.get(id)?.callFrame;
		if (!frame || frame.functionName === '(idle)') return;
		const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber}`;
		self.set(key, (self.get(key) ?? 0) + delta);
		total += delta;
	});
	return [`busy ${Math.round(total)} ms before the first result; top self time:`, ...[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([key, ms]) => `    ${ms.toFixed(1).padStart(7)} ms  ${key}`)];
}

const { values } = parseArgs({ options: { site: { type: 'string' }, query: { type: 'string', multiple: true }, runs: { type: 'string', default: '1' }, profile: { type: 'boolean', default: false }, warm: { type: 'boolean', default: false } } });
if (!values.site) {
	console.error('usage: node scripts/bench/waterfall.ts --site DIST [--query Q …] [--runs N] [--warm]');
	process.exit(2);
}
const queries = values.query ?? ['人材育成'];
const server = await serveDist(values.site);
try {
	for (const query of queries) {
		for (let run = 0; run < Number(values.runs); run++) {
			const session = await launchBrowser();
			try {
				await installTimingProbe(session.context);
				await installLongTaskProbe(session.context);
				const url = new URL(`search/?q=${encodeURIComponent(query)}`, server.url).href;
				if (values.warm) await searchOnce(session.context, server.url, query);
				const { resources, marks, longTasks, profile } = await readWaterfall(session.context, url, values.profile);
				console.log(`\n${query} (run ${run + 1}${values.warm ? ', warm' : ''}): ${Object.entries(marks).map(([name, at]) => `${name} ${Math.round(at)}`).join(', ')}`);
				for (const row of resources.sort((a, b) => a.start - b.start)) {
					const name = row.name.replace(server.url, '/');
					console.log(`  ${String(Math.round(row.start)).padStart(5)} → ${String(Math.round(row.end)).padStart(5)}  ${String(Math.round(row.bytes / 102.4) / 10).padStart(7)} KB  ${name}`);
				}
				const pagefindBytes = resources.filter((row) => row.name.includes('/pagefind/')).reduce((sum, row) => sum + row.bytes, 0);
				const before = resources.filter((row) => row.name.includes('/pagefind/') && row.end <= (marks['firstResult'] ?? 0)).reduce((sum, row) => sum + row.bytes, 0);
				console.log(`  pagefind bodies: ${Math.round(pagefindBytes / 1024)} KB in all, ${Math.round(before / 1024)} KB before the first result`);
				if (profile.length) console.log(profile.join('\n'));
				console.log(`  long tasks: ${longTasks.map((task) => `${Math.round(task.start)}+${Math.round(task.duration)}`).join(', ') || 'none'}`);
			} finally {
				await session.close();
			}
		}
	}
} finally {
	await server.close();
}
