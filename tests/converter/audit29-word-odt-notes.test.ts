/**
 * An OpenDocument text's footnotes and endnotes are led by the mark the document shows (`text:note-citation`): a note
 * with a mark of its own (`※`), an endnote's `i`, numbers counted as the document counts them; in the text and under the
 * rule alike. They had all been `[n]`, counted over footnotes and endnotes together, so that `※` read as `[2]` and an
 * endnote as `[3]`, marks the document never shows.
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { odtToText } from '../../src/converter/odt.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"';

const note = (kind: string, citation: string, text: string) => `<text:note text:note-class="${kind}"><text:note-citation${citation.startsWith('※') ? ` text:label="${citation}"` : ''}>${citation}</text:note-citation><text:note-body><text:p><text:s/>${text}</text:p></text:note-body></text:note>`;

async function odt(body: string): Promise<Uint8Array> {
	const zip = new JSZip();
	zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
	zip.file('content.xml', `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`);
	return zip.generateAsync({ type: 'uint8array' });
}

describe('an OpenDocument text\'s note marks', () => {
	test('a numbered footnote, one with a mark of its own and an endnote keep the marks the document shows', async () => {
		const decoded = await odtToText(
			await odt(`<text:p>第３回青葉市農業委員会総会　議事録</text:p>
<text:p>日時　令和６年９月２５日（水）午後１時３０分</text:p>
<text:p>○会長（村上）　議案第１号${note('footnote', '1', '農地法第３条の規定による許可申請。')}を議題とします。</text:p>
<text:p>○推進委員（吉川）　現地を確認しました${note('footnote', '※', '９月１８日に確認。')}。</text:p>
<text:p>○会長（村上）　以上で閉会します${note('endnote', 'i', '議事録署名委員　吉川委員。')}。</text:p>`),
		);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.text.split('\n').slice(2)).toEqual([
			'○会長（村上）　議案第１号[1]を議題とします。',
			'○推進委員（吉川）　現地を確認しました[※]。',
			'○会長（村上）　以上で閉会します[i]。',
			'────◇────',
			'[1] 農地法第３条の規定による許可申請。',
			'[※] ９月１８日に確認。',
			'────◇────',
			'[i] 議事録署名委員　吉川委員。',
		]);
		const meeting = parseDocuments(decoded.text, { source: 'nougyou-3.odt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.remarks.map((remark) => remark.text)).toEqual(['議案第１号[1]を議題とします。', '現地を確認しました[※]。', '以上で閉会します[i]。']);
	});

	test('a note with an empty citation is counted, as before', async () => {
		const decoded = await odtToText(await odt(`<text:p>会議録</text:p><text:p>本文${note('footnote', '', '注記。')}</text:p>`));
		expect(decoded.ok && decoded.text.split('\n')).toEqual(['会議録', '本文[1]', '────◇────', '[1] 注記。']);
	});
});
