/** Run a child process and measure its wall time and the peak summed RSS of its whole process tree (Linux /proc). */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Bytes per page for `/proc/<pid>/statm` (4 KiB on the Linux machines this runs on). */
const PAGE_BYTES = 4096;
/** How often /proc is sampled. */
export const POLL_MS = 100;

/** Parent pid of every process: `/proc/<pid>/stat` field 4 (after the parenthesised command name). */
function parentMap(): Map<number, number[]> {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(Number(name));
			children.set(ppid, list);
		} catch {
			// The process ended while we looked.
		}
	}
	return children;
}

/** Summed resident memory (bytes) of `root` and all its descendants right now. */
export function treeRss(root: number): number {
	const children = parentMap();
	let total = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop() as number;
		try {
			total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
		} catch {
			// Gone already.
		}
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** What one measured command did. */
export interface Measured {
	seconds: number;
	peakRssBytes: number;
	code: number | null;
	output: string;
}

/** Options for `runMeasured`. */
export interface RunOptions {
	cwd?: string;
	env?: NodeJS.ProcessEnv;
	/** Niceness for the child (0 = as is), so a benchmark leaves room for others on the machine. */
	nice?: number;
	/** Echo the child's output lines with this prefix. */
	echo?: string;
}

/** Run `command args…`, polling the tree's RSS every POLL_MS; resolves when it exits (never rejects for a non-zero exit). */
export function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<Measured> {
	const nice = options.nice ?? 0;
	const [file, argv] = nice !== 0 ? ['nice', ['-n', String(nice), command, ...args]] : [command, args];
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
		let peak = 0;
		let output = '';
		const sample = () => {
			if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
		};
		const timer = setInterval(sample, POLL_MS);
		const collect = (chunk: Buffer) => {
			const text = chunk.toString();
			output += text;
			if (options.echo !== undefined) {
				for (const line of text.split('\n')) if (line.trim()) process.stderr.write(`${options.echo}${line}\n`);
			}
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(timer);
			resolve({ seconds: (performance.now() - started) / 1000, peakRssBytes: peak, code, output });
		});
		sample();
	});
}
