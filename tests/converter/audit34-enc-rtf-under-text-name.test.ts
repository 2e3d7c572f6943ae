/**
 * A rich-text document saved under a text name (`.txt`: Word's "save as" keeping the old name, a system's export): read as
 * the rich text it is, with a warning to rename it, where it had been refused with only that advice.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readEntries } from '../../src/converter/content.ts';
import { convertSeeds } from '../../src/converter/convert.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const fixture = async (name: string): Promise<Uint8Array> => new Uint8Array(await readFile(new URL(`../fixtures/word/${name}`, import.meta.url)));

describe('a rich-text document named .txt', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'rtf-txt-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('is read as rich text, its record the same as under .rtf, with one warning to rename it', async () => {
		const seeds = join(dir, 'seeds');
		await mkdir(seeds);
		const rtf = await fixture('iinkai-shift-jis.rtf');
		await writeFile(join(seeds, 'iinkai.txt'), rtf);
		await writeFile(join(seeds, 'iinkai-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), rtf]));
		const report = await convertSeeds({ seedsDir: seeds, outDir: join(dir, 'out'), parse: parseDocuments });
		expect(report.lines.filter((line) => !line.startsWith('converted') && !line.includes('both produce'))).toEqual([
			expect.stringMatching(/iinkai-bom\.txt: warning: this file is a rich-text document \(it starts with \{\\rtf\) and was read as one; rename it to end in \.rtf to silence this$/u),
			expect.stringMatching(/iinkai\.txt: warning: this file is a rich-text document \(it starts with \{\\rtf\) and was read as one; rename it to end in \.rtf to silence this$/u),
		]);
		const entries = await readEntries(join(dir, 'out'));
		expect(entries.map(({ meeting }) => [meeting.date, meeting.remarks.length, meeting.remarks[0]?.speaker, meeting.sourceEncoding])).toEqual([['2024-12-10', 4, '委員長（髙橋修君）', undefined]]);
	});
});
