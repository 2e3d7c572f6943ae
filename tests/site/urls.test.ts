import { describe, expect, test } from 'vitest';
import { base } from 'astro:config/client';
import { meetingUrl, seriesUrl, sourceOriginalUrl, sourceUrl, withBase } from '../../src/site/urls.ts';

// `base` is `/` unless BASE_PATH is set (then e.g. `/minutes/`); every URL is that prefix plus a path.
const root = base.endsWith('/') ? base : `${base}/`;

describe('site URLs', () => {
	test('the configured base starts and ends with a slash', () => {
		expect(base).toMatch(/^\/(?:[^/]+\/)*$/);
	});

	test.each([
		{ got: () => withBase(''), expected: root },
		{ got: () => withBase('/timeline/'), expected: root + 'timeline/' },
		{ got: () => meetingUrl('cybersecurity-task-force-042'), expected: root + 'meetings/cybersecurity-task-force-042/' },
		{ got: () => meetingUrl('cybersecurity-task-force-042', 'r5'), expected: root + 'meetings/cybersecurity-task-force-042/#r5' },
		{ got: () => seriesUrl('ict-cybersecurity-subcommittee'), expected: root + 'series/ict-cybersecurity-subcommittee/' },
		{ got: () => sourceUrl('cybersecurity-task-force-042', '000_4b9a63a9ace8ebce.txt'), expected: root + 'sources/cybersecurity-task-force-042.txt' },
		{ got: () => sourceUrl('x-001', '第43回#議事要旨 ?%.txt'), expected: root + 'sources/x-001.txt' },
		{ got: () => sourceUrl('x-001', 'か\u3099\t.PDF'), expected: root + 'sources/x-001.pdf' },
		{ got: () => sourceUrl('x-001', '.hidden.md'), expected: root + 'sources/x-001.md' },
		// A saved web page is served as text, never as a page of the site whose scripts would run there.
		{ got: () => sourceUrl('x-001', '議事録.HTML'), expected: root + 'sources/x-001.html.txt' },
		// A flat OpenDocument text is XML: served as text too.
		{ got: () => sourceUrl('x-001', '議事録.fodt'), expected: root + 'sources/x-001.fodt.txt' },
		{ got: () => sourceUrl('x-001', '議事録.DOC'), expected: root + 'sources/x-001.doc' },
		{ got: () => sourceOriginalUrl('x-001', 'kaigiroku.htm', 'shift_jis'), expected: root + 'sources/x-001.original-shift_jis.htm.txt' },
	])('$expected', ({ got, expected }) => {
		expect(got()).toBe(expected);
	});
});
