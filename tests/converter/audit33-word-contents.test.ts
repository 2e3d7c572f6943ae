/**
 * A table of contents in an old Word document (`.doc`, a `TOC` field), a rich-text document (`.rtf`, the same field) and an
 * OpenDocument text (`.odt`, `text:table-of-content`) is a view of the document, the headings again with their pages
 * (`議事日程⇥1`), left out as a `.docx`'s is: read as text, its lines had become a list of people under the roll's label
 * (`出席議員⇥1` / `開会・開議の宣告⇥2` …). The three files were saved by LibreOffice from one `.docx` holding the minutes
 * below under Word's table of contents.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { DecodeResult } from '../../src/converter/decode.ts';
import { docToText } from '../../src/converter/doc.ts';
import { odtToText } from '../../src/converter/odt.ts';
import { rtfToText } from '../../src/converter/rtf.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const fixture = async (name: string): Promise<Uint8Array> => new Uint8Array(await readFile(new URL(`../fixtures/word/${name}`, import.meta.url)));

describe('a table of contents', () => {
	test.each([
		['a .doc', async () => docToText(await fixture('contents-97.doc'))],
		['an .rtf', async () => rtfToText(await fixture('contents-libreoffice.rtf'))],
		['an .odt', async () => odtToText(await fixture('contents.odt'))],
	])('in %s is left out, and the roll holds the members alone', async (_, read: () => Promise<DecodeResult>) => {
		const decoded = await read();
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.text).not.toMatch(/\t[0-9]$/mu);
		const meeting = parseDocuments(decoded.text, { source: 'teireikai-4-1.doc', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([['出席議員', ['１番　　山田　太郎君', '２番　　佐藤　花子君', '３番　　鈴木　一郎君', '４番　　高橋　次郎君']]]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（山田太郎君）', '２番（佐藤花子君）', '町長（中川　誠君）']);
	});
});
