/**
 * The command lines of the scripts, read one way: `--help` (or `-h`) prints the script's usage and exits 0; an option the
 * script does not know, a value missing after an option or a stray argument prints one line naming the script and the
 * problem, then the usage, and exits 2 (Node's `parseArgs` alone throws with a stack trace).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What `readArgs` did with a command line: the values, or the text to print and the exit code. */
export type ReadArgs<T extends Options> = { values: ReturnType<typeof parseArgs<{ options: T }>>['values'] } | { exit: number; out: string; to: 'stdout' | 'stderr'; message?: string };

/** Read `args` against `options` without printing or exiting (what `cliArgs` does, kept apart for its test). */
export function readArgs<T extends Options>(command: string, usage: string, options: T, args: readonly string[]): ReadArgs<T> {
	if (args.includes('--help') || args.includes('-h')) return { exit: 0, out: usage, to: 'stdout' };
	try {
		return { values: parseArgs({ args: [...args], options, allowPositionals: false }).values };
	} catch (error) {
		let message = error instanceof Error ? error.message.replace(/\s*To specify a positional argument starting with a '-'.*$/su, '') : String(error);
		const unknown = /^Unknown option '--?([^']+)'/u.exec(message)?.[1];
		const near = unknown === undefined ? undefined : Object.keys(options).find((name) => name.startsWith(unknown) || unknown.startsWith(name) || distance(name, unknown) <= 2);
		if (near !== undefined) message = `${message.replace(/\.?$/u, '')} (did you mean --${near}?)`;
		return { exit: 2, out: `${command}: ${message}\n${usage}`, to: 'stderr', message };
	}
}

/** The values of the process's command line (after the script), or the usage printed and the process ended. */
export function cliArgs<T extends Options>(command: string, usage: string, options: T, args: readonly string[] = process.argv.slice(2)): ReturnType<typeof parseArgs<{ options: T }>>['values'] {
	const read = readArgs(command, usage, options, args);
	if ('values' in read) return read.values;
	(read.to === 'stdout' ? console.log : console.error)(read.out);
	process.exit(read.exit);
}

/** The edit distance of two short strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
		row = next;
	}
	return row[b.length] ?? 0;
}
