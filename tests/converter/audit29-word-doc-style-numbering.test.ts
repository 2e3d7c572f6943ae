/**
 * An old Word document's (`.doc`) paragraphs numbered through their style alone (Word's heading numbering: a heading
 * style that names a list and level, its paragraphs naming none of their own) read with the number the document shows
 * (`第１ 開会`, `(1)	水道料金の改定について`), counted with the document's other items of that list. They had been read with no number.
 * `heading-style-97.doc` was saved by LibreOffice (Word 97–2003 format) from a `.docx` whose heading styles number
 * their paragraphs (`第%1`, `(%2)`), the list and level LibreOffice also wrote on each heading paragraph taken off it,
 * as Word writes such a document: only the styles in the style sheet name them.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { docToText } from '../../src/converter/doc.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const fixture = async (name: string): Promise<Uint8Array> => new Uint8Array(await readFile(new URL(`../fixtures/word/${name}`, import.meta.url)));

describe('a .doc numbered through its styles', () => {
	test('headings of two levels take the numbers their styles give, the turns read as before', async () => {
		const decoded = await docToText(await fixture('heading-style-97.doc'));
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.text.split('\n').filter((line) => !line.startsWith('○'))).toEqual([
			'第２回青葉市上下水道事業審議会　会議録',
			'日時　令和６年９月２０日（金）午前１０時～正午',
			'場所　上下水道局　大会議室',
			'第１ 開会',
			'第２ 議事',
			'(1)\t水道料金の改定について',
			'(2)\t下水道事業の経営状況について',
			'第３ 閉会',
		]);
		const meeting = parseDocuments(decoded.text, { source: 'suido-2.doc', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['会長（西田）', '事務局（原）', '委員（横山）', '事務局（原）', '会長（西田）']);
	});

});
