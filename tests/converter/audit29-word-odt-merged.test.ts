/**
 * An OpenDocument text's table cell merged down over rows (`table:number-rows-spanned`, the cells under it
 * `table:covered-table-cell`) keeps the rows under it in their columns, as a `.docx`'s merged cell does: `⇥副会長⇥前田　洋子`
 * under `出席委員⇥会長⇥川上　一郎`, a speech row under its speaker's `⇥まず…`. The covered cells had been dropped with
 * nothing in their place, so the role moved into the group's column and the name into the role's.
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { odtToText } from '../../src/converter/odt.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"';

const cell = (text: string, rows = 1) => `<table:table-cell${rows > 1 ? ` table:number-rows-spanned="${rows}"` : ''} office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
const covered = '<table:covered-table-cell/>';
const row = (...cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;

async function text(body: string): Promise<string[]> {
	const zip = new JSZip();
	zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
	zip.file('content.xml', `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`);
	const decoded = await odtToText(await zip.generateAsync({ type: 'uint8array' }));
	if (!decoded.ok) throw new Error(decoded.message);
	return decoded.text.split('\n');
}

const HEAD = '<text:p>第４回青葉市都市計画審議会　会議録</text:p><text:p>日時　令和６年１０月３日（木）午後２時</text:p><text:p>場所　市役所本庁舎　第３会議室</text:p><text:p/>';

describe('an .odt table\'s cells merged down', () => {
	test('a roll: the group\'s and the role\'s merged cells leave the rows under them in their columns', async () => {
		const lines = await text(`${HEAD}<table:table><table:table-column table:number-columns-repeated="3"/>
${row(cell('出席委員', 4), cell('会長'), cell('川上　一郎'))}
${row(covered, cell('副会長'), cell('前田　洋子'))}
${row(covered, cell('委員', 2), cell('石原　健'))}
${row(covered, covered, cell('野村　真理'))}
${row(cell('事務局'), cell('都市計画課長'), cell('岡田　誠'))}
</table:table><text:p/><text:p>○会長（川上）　開会します。</text:p>`);
		expect(lines.slice(4, 9)).toEqual(['出席委員\t会長\t川上　一郎', '\t副会長\t前田　洋子', '\t委員\t石原　健', '\t\t野村　真理', '事務局\t都市計画課長\t岡田　誠']);
		const meeting = parseDocuments(lines.join('\n'), { source: 'toshi-4.odt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.participants[0]?.members.slice(0, 4).map((member) => member.name)).toEqual(['川上　一郎', '前田　洋子', '石原　健', '野村　真理']);
	});

	test('a speech table: a speaker merged over two rows keeps both as one turn', async () => {
		const lines = await text(`${HEAD}<table:table><table:table-column table:number-columns-repeated="2"/>
${row(cell('発言者'), cell('発言内容'))}
${row(cell('会長', 2), cell('ただいまから会議を開きます。'))}
${row(covered, cell('まず議題１について事務局から説明願います。'))}
${row(cell('事務局'), cell('資料１により説明します。'))}
</table:table>`);
		expect(lines.slice(5, 7)).toEqual(['会長\tただいまから会議を開きます。', '\tまず議題１について事務局から説明願います。']);
		const meeting = parseDocuments(lines.join('\n'), { source: 'fukushi-2.odt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['会長', 'ただいまから会議を開きます。\nまず議題１について事務局から説明願います。'],
			['事務局', '資料１により説明します。'],
		]);
	});
});
