/**
 * The one shape of a problem found in a project file (a seed, `series.yml`, `people.yml`, a content
 * file), as vfile-message has one: severity, code, line and a message that says what to fix; and the
 * one way it is printed, `seeds/x.txt:12: message` (warnings `…: warning: message`).
 */

/** A problem found in a file; `line` is 1-based (null when not tied to a line). */
export interface Diagnostic {
	severity: 'error' | 'warning';
	/** Short machine-readable code, e.g. `no-date`, `unknown-section`. */
	code: string;
	/** The file, when the diagnostic names it itself (a seed's name or `people.yml`, relative to its folder). */
	file?: string;
	line: number | null;
	/** What is wrong and what to fix, in one sentence. */
	message: string;
}

/** One printable line for a diagnostic of the file at `path`: `seeds/x.txt:12: message`, warnings as `…: warning: message`. */
export function formatDiagnostic(path: string, diagnostic: Diagnostic): string {
	const where = diagnostic.line === null ? path : `${path}:${diagnostic.line}`;
	return `${where}: ${diagnostic.severity === 'warning' ? 'warning: ' : ''}${diagnostic.message}`;
}

/** The path of a diagnostic's own file inside `folder` (`seeds` + `people.yml` → `seeds/people.yml`). */
export function diagnosticPath(folder: string, diagnostic: Diagnostic): string {
	return `${folder.replace(/\/+$/u, '')}/${diagnostic.file ?? ''}`;
}
