/**
 * Progress of a long stage (convert, astro build, index) for the command lines: on a terminal a
 * progress bar (cli-progress: done/total, elapsed, remaining); in a log (CI, a pipe) a plain line
 * every few seconds; and one summary line when the stage ends, printed by the caller.
 */
import { SingleBar } from 'cli-progress';

/** Seconds between plain progress lines in a log. */
const LOG_EVERY_SECONDS = 5;

/** `12 s`, `3 min 05 s`. */
export function formatSeconds(seconds: number): string {
	const whole = Math.max(0, Math.round(seconds));
	if (whole < 60) return `${whole} s`;
	return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

/** The plain progress line of a log: `index: 1200/10000 pages (12%), 34 s elapsed, ~4 min 09 s left`. */
export function progressLine(stage: string, unit: string, done: number, total: number | null, elapsedSeconds: number): string {
	if (total === null || total <= 0) return `${stage}: ${done} ${unit}, ${formatSeconds(elapsedSeconds)} elapsed`;
	const share = Math.min(1, done / total);
	const left = share > 0 ? (elapsedSeconds / share) * (1 - share) : null;
	return `${stage}: ${done}/${total} ${unit} (${Math.floor(share * 100)}%), ${formatSeconds(elapsedSeconds)} elapsed${left === null ? '' : `, ~${formatSeconds(left)} left`}`;
}

/** A stage's progress reporter: `update` as work advances, `stop` before printing the summary line. */
export interface Progress {
	update(done: number, total?: number | null): void;
	stop(): void;
}

/** Where and how progress is shown (tests pass their own). */
export interface ProgressOptions {
	/** A terminal shows a bar; otherwise plain lines go to `write`. */
	tty?: boolean;
	write?: (line: string) => void;
	now?: () => number;
}

/** Progress of one stage counted in `unit` (files, pages); `total` may be unknown (null) and set later. */
export function startProgress(stage: string, unit: string, total: number | null, options: ProgressOptions = {}): Progress {
	const tty = options.tty ?? Boolean(process.stderr.isTTY);
	const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
	const now = options.now ?? (() => performance.now());
	const started = now();
	let known = total;
	if (tty && known !== null) {
		const bar = new SingleBar({ format: `${stage} [{bar}] {value}/{total} ${unit} | {duration_formatted} elapsed | {eta_formatted} left`, stream: process.stderr, hideCursor: true, clearOnComplete: true });
		bar.start(known, 0);
		return {
			update(done, next) {
				if (next !== undefined && next !== null && next !== known) {
					known = next;
					bar.setTotal(next);
				}
				bar.update(done);
			},
			stop: () => bar.stop(),
		};
	}
	if (tty) {
		// A terminal without a known total: one line rewritten in place.
		let shown = false;
		return {
			update(done, next) {
				if (next !== undefined) known = next;
				process.stderr.write(`\r${progressLine(stage, unit, done, known, (now() - started) / 1000)}\u001b[K`);
				shown = true;
			},
			stop() {
				if (shown) process.stderr.write('\r\u001b[K');
			},
		};
	}
	let lastLine = started;
	return {
		update(done, next) {
			if (next !== undefined) known = next;
			const at = now();
			if ((at - lastLine) / 1000 < LOG_EVERY_SECONDS) return;
			lastLine = at;
			write(progressLine(stage, unit, done, known, (at - started) / 1000));
		},
		// The caller prints the summary line.
		stop() {},
	};
}
