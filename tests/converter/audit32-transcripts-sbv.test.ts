/**
 * YouTube's SubViewer captions (`.sbv`, as YouTube Studio downloads a video's subtitles): each cue's timing on a line of its
 * own, start and end apart by a comma (`0:00:00.599,0:00:04.160`), the words below. Such a seed had been refused as no
 * minutes file; it is read as a subtitle file: each caption stamped with its time, a `[山本]` label a speaker.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readEntries } from '../../src/converter/content.ts';
import { convertSeeds } from '../../src/converter/convert.ts';
import { parseDocuments, parseMinutes } from '../../src/parser/index.ts';

const SBV = ['0:00:00.599,0:00:04.160', '皆さんこんばんは', '', '0:00:04.160,0:00:08.320', '本日は町内会の説明会に', 'お集まりいただきありがとうございます', '', '0:00:11.500,0:00:15.200', '[山本] まず防災訓練についてご説明します', ''].join('\n');

describe('YouTube’s .sbv captions', () => {
	test('each caption is stamped with its time, a bracketed label speaks, the title and date from the file’s name', () => {
		const { meeting } = parseMinutes(SBV, { source: '町内会説明会_2024-10-16.sbv', sourceHash: 'e'.repeat(64) });
		expect(meeting?.title).toBe('町内会説明会');
		expect(meeting?.date).toBe('2024-10-16');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([['山本', '[0:00:11] まず防災訓練についてご説明します']]);
	});

	test('without a date in the file’s name it is refused on one line saying so', () => {
		const { meeting, diagnostics } = parseMinutes(SBV, { source: '町内会説明会.sbv', sourceHash: 'e'.repeat(64) });
		expect(meeting).toBeNull();
		expect(diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('e.g. 企画会議_2024-10-07.sbv')]);
	});
});

describe('a folder with an .sbv seed', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'sbv-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('converts it to a meeting', async () => {
		const seeds = join(dir, 'seeds');
		await mkdir(seeds);
		await writeFile(join(seeds, '町内会説明会_2024-10-16.sbv'), SBV);
		const report = await convertSeeds({ seedsDir: seeds, outDir: join(dir, 'out'), parse: parseDocuments });
		expect(report.lines.filter((line) => !line.startsWith('converted'))).toEqual([]);
		const entries = await readEntries(join(dir, 'out'));
		expect(entries.map(({ meeting }) => [meeting.source, meeting.date, meeting.remarks.length])).toEqual([['町内会説明会_2024-10-16.sbv', '2024-10-16', 1]]);
	});
});
