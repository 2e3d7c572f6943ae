/**
 * A Word document whose body holds drawings whose words are not read (a SmartArt diagram, an embedded Excel sheet, a
 * chart) is read with a warning that names them and says what to do: their words had been left out unsaid.
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { makeDocx } from './docx-fixture.ts';

const inline = (data: string) =>
	`<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/><wp:docPr id="1" name="図 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/${data}</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
const DIAGRAM = inline('diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rId20" r:lo="rId21" r:qs="rId22" r:cs="rId23"/>');
const CHART = inline('chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId24"/>');
const OBJECT = '<w:p><w:r><w:object w:dxaOrig="4320" w:dyaOrig="1440"><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1" r:id="rId25"/></w:object></w:r></w:p>';

describe('drawings whose words are not read', () => {
	test('a diagram, an embedded sheet and a chart are named in one warning; the text reads as before', async () => {
		const decoded = await docxToText(await makeDocx([{ text: '第１回青葉市防災会議　会議録' }, { xml: DIAGRAM }, { xml: OBJECT }, { xml: OBJECT }, { xml: CHART }, { text: '○会長（市長）　開会します。' }]));
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.text.split('\n').filter((line) => line.trim() !== '')).toEqual(['第１回青葉市防災会議　会議録', '○会長（市長）　開会します。']);
		const warnings = decoded.warnings.filter((warning) => warning.code === 'docx-unread-drawing');
		expect(warnings.map((warning) => warning.message)).toEqual([expect.stringContaining('holds 1 diagram (SmartArt), 2 embedded objects (an Excel sheet, another document), 1 chart whose words are not read')]);
	});

	test('a document without them has no such warning', async () => {
		const decoded = await docxToText(await makeDocx([{ text: '会議録' }, { text: '○会長　開会します。' }]));
		expect(decoded.ok && decoded.warnings.some((warning) => warning.code === 'docx-unread-drawing')).toBe(false);
	});
});
