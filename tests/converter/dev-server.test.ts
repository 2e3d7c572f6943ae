/**
 * `npm run dev` as a user runs it: serves only the seeds meetings record (never a link out of seeds/),
 * keeps a seed's last good page while it is broken, and stops within seconds of SIGTERM, even while a
 * large seed is being converted. One spawned server on 127.0.0.1, every wait bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SEED = '000_4b9a63a9ace8ebce.txt';
/** Variables Vitest sets for itself; a dev server that inherits them renders with Astro's base ignored. */
const testRunnerEnv = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/u;

/** A port free on 127.0.0.1 right now. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** Poll `check` every 100 ms until it is true or `ms` have passed; the last result. */
async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (await check()) return true;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return check();
}

/** Pids of processes whose environment names this test's folder (the dev server and its children). */
async function processesUsing(dir: string): Promise<number[]> {
	const pids: number[] = [];
	for (const entry of await readdir('/proc')) {
		if (!/^\d+$/u.test(entry) || Number(entry) === process.pid) continue;
		const environ = await readFile(`/proc/${entry}/environ`, 'utf8').catch(() => '');
		if (environ.includes(`SEEDS_DIR=${dir}`)) pids.push(Number(entry));
	}
	return pids;
}

let root: string;
let seeds: string;
let content: string;
let port: number;
let dev: ChildProcess;
let output = '';
let exited: Promise<number | null>;

const url = (path: string) => `http://127.0.0.1:${port}/${path}`;
const answers = () => fetch(url('')).then(() => true, () => false);

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'dev-server-'));
	seeds = join(root, 'seeds');
	content = join(root, 'content');
	await mkdir(seeds);
	await copyFile(join(ROOT, 'seeds', SEED), join(seeds, SEED));
	await symlink('/etc/passwd', join(seeds, 'passwd.txt'));
	port = await freePort();
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !testRunnerEnv.test(key)));
	dev = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
		cwd: ROOT,
		env: { ...env, SEEDS_DIR: seeds, CONTENT_DIR: content, BASE_PATH: '/' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	exited = new Promise((resolve) => dev.on('exit', (code) => resolve(code)));
	expect(await until(answers, 60_000), output).toBe(true);
}, 90_000);

afterAll(async () => {
	// Whatever a failed test left running, by pid (only processes of this test's folder).
	for (const pid of await processesUsing(seeds)) process.kill(pid, 'SIGKILL');
	await rm(root, { recursive: true, force: true });
});

describe('npm run dev', () => {
	test('serves a converted seed under its ASCII name and refuses a link out of seeds/', async () => {
		const served = await fetch(url('sources/cybersecurity-task-force-042.txt'));
		expect(served.status).toBe(200);
		expect(Buffer.from(await served.arrayBuffer()).equals(await readFile(join(seeds, SEED)))).toBe(true);
		expect(served.headers.get('content-disposition')).toContain(`filename*=UTF-8''${SEED}`);
		for (const path of ['sources/passwd.txt', 'sources/passwd.txt/', 'sources/..%2F..%2Fetc%2Fpasswd']) {
			const refused = await fetch(url(path));
			expect(refused.status, path).toBe(404);
			expect(await refused.text(), path).not.toContain('root:x:0');
		}
	});

	test('a seed edited into a broken state keeps its last good page and says so', async () => {
		const mdx = join(content, 'meetings', 'cybersecurity-task-force-042.mdx');
		const good = await readFile(mdx, 'utf8');
		await writeFile(join(seeds, SEED), 'not minutes at all\n');
		expect(await until(() => output.includes('keeps its last good version (cybersecurity-task-force-042)'), 20_000), output).toBe(true);
		expect(await readFile(mdx, 'utf8')).toBe(good);
		expect((await fetch(url('meetings/cybersecurity-task-force-042/'))).status).toBe(200);
	}, 30_000);

	test('stops within seconds of SIGTERM while a large seed is being converted', async () => {
		const text = await readFile(join(ROOT, 'seeds', SEED), 'utf8');
		const lines = text.split('\n');
		const body = lines.filter((line) => line.trim() !== '').slice(-40).join('\n');
		await writeFile(join(seeds, '999_large.txt'), `${text.replace('第42回', '第99回')}\n${`${body}\n`.repeat(Math.ceil(15_000_000 / body.length))}`);
		await new Promise((resolve) => setTimeout(resolve, 1500));
		const started = Date.now();
		dev.kill('SIGTERM');
		const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000))]);
		expect(code).not.toBe('timeout');
		expect(await until(async () => !(await answers()) && (await processesUsing(seeds)).length === 0, 8_000)).toBe(true);
		expect(Date.now() - started).toBeLessThan(8_000);
		expect(existsSync(join(content, 'meetings', 'cybersecurity-task-force-099.mdx'))).toBe(false);
	}, 30_000);
});
