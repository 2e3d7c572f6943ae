/** Building diagnostics: every problem is collected with a code and a line, nothing throws. */
import type { Diagnostic } from './types.ts';

/** A problem that keeps the file from becoming a record. */
export function error(code: string, line: number | null, message: string): Diagnostic {
	return { severity: 'error', code, line, message };
}

/** A problem worth fixing that does not stop conversion. */
export function warning(code: string, line: number | null, message: string): Diagnostic {
	return { severity: 'warning', code, line, message };
}
