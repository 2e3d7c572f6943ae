/**
 * The command lines of the scripts, read one way: `--help` (or `-h`) prints the script's usage and exits 0; an option the
 * script does not know, a value missing after an option or a stray argument prints one line naming the script and the
 * problem, then the usage, and exits 2 (Node's `parseArgs` alone throws with a stack trace).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What `readArgs` made of a command line: the values, a request for the usage, or what is wrong with it. */
export type ReadArgs<T extends Options> = { values: ReturnType<typeof parseArgs<{ options: T }>>['values'] } | { help: true } | { error: string };

/** Read `args` against `options` without printing or exiting (what `cliArgs` does, kept apart for its test). */
export function readArgs<T extends Options>(options: T, args: readonly string[]): ReadArgs<T> {
	if (args.includes('--help') || args.includes('-h')) return { help: true };
	try {
		return { values: parseArgs({ args: [...args], options, allowPositionals: false }).values };
	} catch (error) {
		let message = error instanceof Error ? error.message.replace(/\s*To specify a positional argument starting with a '-'.*$/su, '') : String(error);
		const unknown = /^Unknown option '--?([^']+)'/u.exec(message)?.[1];
		const near = unknown === undefined ? undefined : Object.keys(options).find((name) => name.startsWith(unknown) || unknown.startsWith(name) || distance(name, unknown) <= 2);
		if (near !== undefined) message = `${message.replace(/\.?$/u, '')} (did you mean --${near}?)`;
		return { error: message };
	}
}

/** The values of the process's command line (after the script), or the usage printed and the process ended. */
export function cliArgs<T extends Options>(command: string, usage: string, options: T, args: readonly string[] = process.argv.slice(2)): ReturnType<typeof parseArgs<{ options: T }>>['values'] {
	const read = readArgs(options, args);
	if ('values' in read) return read.values;
	if ('help' in read) {
		console.log(usage);
		process.exit(0);
	}
	console.error(`${command}: ${read.error}\n${usage}`);
	process.exit(2);
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
