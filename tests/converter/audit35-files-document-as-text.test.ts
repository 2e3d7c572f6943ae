/**
 * A word processor's document saved under a text name (a Word `.docx` or `.doc`, an OpenDocument text, named `.txt`), as
 * a maintainer drops what they have: read by the document's own reader with a warning to rename it, where it had been
 * refused with only that advice; an Ichitaro document is refused with one line saying how to save it.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readEntries } from '../../src/converter/content.ts';
import { convertSeeds } from '../../src/converter/convert.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx } from './docx-fixture.ts';

const LINES = [
	'第１２回　さくら地域振興協会　理事会議事録',
	'日時　令和６年６月２２日（土）午後１時３０分',
	'場所　さくら市民会館　大会議室',
	'出席理事　理事長　長谷川　修一、副理事長　石原　恵子',
	'議長（長谷川理事長）：本日の理事会を開会いたします。',
	'石原副理事長：令和５年度の事業について報告いたします。',
	'議長（長谷川理事長）：以上で終了いたします。',
];

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'document-as-text-'));
	await mkdir(join(dir, 'seeds'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('a document saved under a text name', () => {
	test('a .docx named .txt is read as the Word document it is, with a warning to rename it', async () => {
		await writeFile(join(dir, 'seeds', 'rijikai.txt'), await makeDocx(LINES.map((text) => ({ text }))));
		const report = await convertSeeds({ seedsDir: join(dir, 'seeds'), outDir: join(dir, 'out'), parse: parseDocuments });
		expect(report.errors).toBe(0);
		expect(report.lines.filter((line) => line.includes('rijikai.txt'))).toEqual([expect.stringContaining('this file is a Word document (.docx) and was read as one; rename it to end in .docx')]);
		const [entry] = await readEntries(join(dir, 'out'));
		expect(entry?.meeting.date).toBe('2024-06-22');
		expect(entry?.meeting.remarks.map((remark) => remark.speaker)).toEqual(['議長（長谷川理事長）', '石原副理事長', '議長（長谷川理事長）']);
	});

	test('a Word 97–2003 .doc named .txt is read as one', async () => {
		await copyFile(new URL('../fixtures/word/shingikai-97.doc', import.meta.url), join(dir, 'seeds', 'shingikai.txt'));
		const report = await convertSeeds({ seedsDir: join(dir, 'seeds'), outDir: join(dir, 'out'), parse: parseDocuments });
		expect(report.errors).toBe(0);
		expect(report.lines.some((line) => line.includes('this file is a Word 97–2003 document and was read as one'))).toBe(true);
		const [entry] = await readEntries(join(dir, 'out'));
		expect(entry?.meeting.remarks.length).toBeGreaterThan(0);
	});

	test('an Ichitaro document is refused with one line on how to save it', async () => {
		await writeFile(join(dir, 'seeds', '議事録.jtd'), await readFile(new URL('../fixtures/word/shingikai-97.doc', import.meta.url)));
		const report = await convertSeeds({ seedsDir: join(dir, 'seeds'), outDir: join(dir, 'out'), parse: parseDocuments });
		expect(report.lines.filter((line) => line.includes('議事録.jtd'))).toEqual([expect.stringContaining('an Ichitaro (一太郎) document cannot be read: open it in 一太郎 and save it as Word (.docx), PDF or text (.txt)')]);
	});
});
