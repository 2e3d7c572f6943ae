/**
 * A Word document whose footnotes' ids do not start at 1 (LibreOffice writes its separators as notes 0 and 1, the
 * first footnote as 2): each note under the rule is led by the mark its reference shows in the text (`[1]`), where it
 * had been led by its id (`[2]`), so that no note matched the mark that pointed to it.
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { makeDocx } from './docx-fixture.ts';

describe('footnotes numbered from another id', () => {
	test('are led by the marks their references show', async () => {
		const zip = await JSZip.loadAsync(
			await makeDocx([
				{ text: '第３回青葉市農業委員会総会　議事録' },
				{ text: '○会長（村上）　議案第１号{^農地法第３条の規定による許可申請。}を議題とします。' },
				{ text: '○推進委員（吉川）　現地を確認しました{^９月１８日に確認。}。' },
			]),
		);
		// (The ids as LibreOffice writes them: the separators 0 and 1, the notes from 2.)
		const renumber = (xml: string) => xml.replaceAll('w:id="2"', 'w:id="3"').replaceAll('w:id="1"', 'w:id="2"').replace('w:id="-1"', 'w:id="1"');
		zip.file('word/footnotes.xml', renumber((await zip.file('word/footnotes.xml')?.async('string')) ?? ''));
		zip.file('word/document.xml', ((await zip.file('word/document.xml')?.async('string')) ?? '').replace('w:footnoteReference w:id="2"', 'w:footnoteReference w:id="3"').replace('w:footnoteReference w:id="1"', 'w:footnoteReference w:id="2"'));
		const decoded = await docxToText(await zip.generateAsync({ type: 'uint8array' }));
		expect(decoded.ok && decoded.text.split('\n')).toEqual([
			'第３回青葉市農業委員会総会　議事録',
			'○会長（村上）　議案第１号[1]を議題とします。',
			'○推進委員（吉川）　現地を確認しました[2]。',
			'────◇────',
			'[1] 農地法第３条の規定による許可申請。',
			'[2] ９月１８日に確認。',
		]);
	});
});
