/** The download header of a served seed keeps any seed name, readable back with the standard decoding. */
import { describe, expect, test } from 'vitest';
import { contentDisposition, seedContentType } from '../../src/exports/download.ts';

describe('contentDisposition', () => {
	test.each([
		{ name: '000_4b9a63a9ace8ebce.txt', fallback: 'cybersecurity-task-force-042.txt' },
		{ name: '第43回#議事要旨 ?%.txt', fallback: 'x-043.txt' },
		{ name: "it's (a) *draft*.txt", fallback: 'x-044.txt' },
		{ name: 'tab\there\\back.txt', fallback: 'x-045.txt' },
		{ name: '.leading.pdf', fallback: 'x-046.pdf' },
	])('$name', ({ name, fallback }) => {
		const header = contentDisposition(name, fallback);
		const match = /^attachment; filename="([\x20-\x7e]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]+)$/u.exec(header);
		expect(match, header).not.toBeNull();
		expect(match![1]).toBe(fallback);
		expect(decodeURIComponent(match![2]!)).toBe(name);
	});

	test('decomposed kana (as macOS writes names) download composed', () => {
		const header = contentDisposition('か\u3099.txt', 'x.txt');
		expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('が.txt');
	});

	test.each([
		{ name: 'a.txt', type: 'text/plain; charset=utf-8' },
		{ name: 'a.PDF', type: 'application/pdf' },
		{ name: 'a.md', type: 'text/markdown; charset=utf-8' },
	])('$name is served as $type', ({ name, type }) => {
		expect(seedContentType(name)).toBe(type);
	});
});
