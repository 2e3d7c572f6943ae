/**
 * `npm run dev`: convert the seeds and keep converting them on every change (`scripts/convert.ts --watch`),
 * and run `astro dev` once the first conversion is done. Both run as child process groups, so this process
 * never blocks: Ctrl-C, SIGTERM or SIGHUP stop both groups at once (a conversion in progress included),
 * and whichever child ends first ends the other. Extra arguments are passed to `astro dev`.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** How long children get to exit after a signal before they are killed. */
const GRACE_MS = 3000;
/** How often to check that the process that started this one is still there. */
const PARENT_POLL_MS = 300;

/** Send a signal to a child's whole process group (it was started detached, as its group leader). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// The group is gone already.
	}
}

const children: ChildProcess[] = [];
let stopping = false;

/** Stop every child group with `signal`, kill what is left after the grace period, exit with `code`. */
function stop(signal: NodeJS.Signals, code: number): void {
	if (stopping) return;
	stopping = true;
	for (const child of children) signalGroup(child, signal);
	const force = setTimeout(() => {
		for (const child of children) signalGroup(child, 'SIGKILL');
		process.exit(code);
	}, GRACE_MS);
	force.unref();
	const pending = children.filter((child) => child.exitCode === null && child.signalCode === null);
	let left = pending.length;
	if (left === 0) process.exit(code);
	for (const child of pending) {
		child.once('exit', () => {
			left--;
			if (left === 0) {
				// Grandchildren (esbuild, workers) share the group; make sure none outlives us.
				for (const other of children) signalGroup(other, 'SIGKILL');
				process.exit(code);
			}
		});
	}
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal, 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1)));

// `npm run dev` runs this under `sh -c`; a SIGTERM to npm ends npm and the shell but not this process, which
// then has a new parent: stop too, so nothing outlives the command that was stopped.
const parent = process.ppid;
setInterval(() => {
	if (process.ppid !== parent) stop('SIGTERM', 143);
}, PARENT_POLL_MS).unref();

const converter = fork(fileURLToPath(new URL('./convert.ts', import.meta.url)), ['--watch'], { detached: true, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
children.push(converter);
converter.on('exit', (code, signal) => stop('SIGTERM', code ?? (signal ? 1 : 0)));
converter.on('message', (message) => {
	if (stopping || (message as { ready?: boolean }).ready !== true || children.length > 1) return;
	const astro = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', ...process.argv.slice(2)], { detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
	children.push(astro);
	astro.on('exit', (code, signal) => stop('SIGTERM', code ?? (signal ? 1 : 0)));
});
