import { describe, expect, test } from 'vitest';
import { diagnosticPath, formatDiagnostic, type Diagnostic } from '../../src/schemas/diagnostic.ts';

describe('formatDiagnostic: one line for every file the project reads', () => {
	test.each<{ path: string; diagnostic: Diagnostic; line: string }>([
		{ path: 'seeds/x.txt', diagnostic: { severity: 'error', code: 'no-date', line: 12, message: 'no date; add 日時' }, line: 'seeds/x.txt:12: no date; add 日時' },
		{ path: 'seeds/x.txt', diagnostic: { severity: 'warning', code: 'unknown-section', line: 3, message: 'kept as text' }, line: 'seeds/x.txt:3: warning: kept as text' },
		{ path: 'seeds/series.yml', diagnostic: { severity: 'error', code: 'bad-series-file', line: null, message: 'is a folder' }, line: 'seeds/series.yml: is a folder' },
	])('$line', ({ path, diagnostic, line }) => {
		expect(formatDiagnostic(path, diagnostic)).toBe(line);
	});

	test.each([
		{ folder: 'seeds', file: 'people.yml', path: 'seeds/people.yml' },
		{ folder: 'seeds//', file: 'a.txt', path: 'seeds/a.txt' },
	])('a diagnostic naming $file in $folder is printed under $path', ({ folder, file, path }) => {
		const diagnostic: Diagnostic = { severity: 'warning', code: 'unused-alias', file, line: 4, message: 'unused' };
		expect(diagnosticPath(folder, diagnostic)).toBe(path);
		expect(formatDiagnostic(diagnosticPath(folder, diagnostic), diagnostic)).toBe(`${path}:4: warning: unused`);
	});
});
