/**
 * Minutes written in LibreOffice and dropped in as an OpenDocument text (`.odt`, or its one-file XML form `.fodt`): read
 * as a `.docx` is, each paragraph a line, list items with the number or bullet their list style shows, tables one row
 * a line with tabs between cells, a text box after its paragraph, a ruby's base text, footnotes under the rule; the page
 * header and footer, comments and tracked deletions are not read; whatever is no readable OpenDocument text gets one line.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readEntries } from '../../src/converter/content.ts';
import { convertSeeds } from '../../src/converter/convert.ts';
import { fodtToText, odtToText } from '../../src/converter/odt.ts';
import { seedContentType } from '../../src/exports/download.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const NAMESPACES =
	'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"';

/** The list styles LibreOffice writes: `（１）` then `ア　` below it, `①`, and a bullet. */
const LIST_STYLES = `<text:list-style style:name="L1">
<text:list-level-style-number text:level="1" style:num-prefix="（" style:num-suffix="）" style:num-format="１, ２, ３, ..."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="2" style:num-suffix="　" style:num-format="ア, イ, ウ, ..."/>
</text:list-style>
<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="①, ②, ③, ..."><style:list-level-properties><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number></text:list-style>
<text:list-style style:name="L3"><text:list-level-style-bullet text:level="1" text:bullet-char="・"><style:list-level-properties><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>`;

/** A content.xml of these body elements, its automatic styles the lists above. */
const content = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NAMESPACES}><office:automatic-styles>${LIST_STYLES}</office:automatic-styles><office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>${body}</office:text></office:body></office:document-content>`;

/** styles.xml with the page header and footer, which are not read. */
const STYLES = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${NAMESPACES}><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>桜台町内会　役員会</text:p></style:header><style:footer><text:p>－<text:page-number>1</text:page-number>－</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>`;

/** An .odt package as LibreOffice writes it: `mimetype` first, stored; the manifest; content and styles. */
async function makeOdt(body: string, options: { mimetype?: string; manifest?: string; content?: string } = {}): Promise<Uint8Array> {
	const zip = new JSZip();
	zip.file('mimetype', options.mimetype ?? 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
	zip.file('META-INF/manifest.xml', options.manifest ?? '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>');
	zip.file('content.xml', options.content ?? content(body));
	zip.file('styles.xml', STYLES);
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const MINUTES = `<text:h text:outline-level="1">令和６年度　第２回　桜台町内会役員会　議事録</text:h>
<text:p>日時<text:tab/>令和６年６月９日（日）午前１０時～１１時３０分</text:p>
<text:p>場所<text:tab/>桜台集会所</text:p>
<text:p>出席者</text:p>
<table:table table:name="表1"><table:table-column table:number-columns-repeated="2"/>
<table:table-header-rows><table:table-row><table:table-cell><text:p>役職</text:p></table:table-cell><table:table-cell><text:p>氏名</text:p></table:table-cell></table:table-row></table:table-header-rows>
<table:table-row><table:table-cell><text:p>会長</text:p></table:table-cell><table:table-cell><text:p><text:ruby><text:ruby-base>山﨑</text:ruby-base><text:ruby-text>やまさき</text:ruby-text></text:ruby><text:s/>太郎</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>副会長　佐藤　花子（会計兼務）</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
</table:table>
<text:p>議題</text:p>
<text:list text:style-name="L1">
<text:list-item><text:p>夏祭りについて</text:p><text:list><text:list-item><text:p>日程</text:p></text:list-item><text:list-item><text:p>会場</text:p></text:list-item></text:list></text:list-item>
<text:list-item><text:p>防災訓練について</text:p></text:list-item>
</text:list>
<text:p>配付資料</text:p>
<text:list text:style-name="L2"><text:list-item><text:p>資料１　夏祭り配置図</text:p></text:list-item><text:list-item><text:p>資料２　訓練計画</text:p></text:list-item></text:list>
<text:p>議事</text:p>
<text:p><draw:frame draw:name="枠1" text:anchor-type="paragraph" svg:width="5cm"><draw:text-box><text:p>（非公開部分なし）</text:p></draw:text-box></draw:frame>山﨑会長　ただいまから役員会を開会します。<office:annotation><dc:creator>佐藤</dc:creator><text:p>要確認</text:p></office:annotation>夏祭りの日程<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>雨天の場合は翌週に順延する。</text:p></text:note-body></text:note>から始めます。</text:p>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>佐藤</dc:creator></office:change-info><text:p>削除された発言</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:p>佐藤副会長　会場は桜台公園を予定しています。<text:line-break/>雨天時は集会所とします。</text:p>
<text:soft-page-break/>
<text:p>山﨑会長　ほかに意見はありませんか。以上で閉会します。</text:p>`;

describe('an OpenDocument text', () => {
	test('reads as the document shows it: heading, tabs, table rows, list numbers, text box, ruby, footnote', async () => {
		const decoded = await odtToText(await makeOdt(MINUTES));
		expect(decoded.ok && decoded.text.split('\n')).toEqual([
			'令和６年度　第２回　桜台町内会役員会　議事録',
			'日時\t令和６年６月９日（日）午前１０時～１１時３０分',
			'場所\t桜台集会所',
			'出席者',
			'役職\t氏名',
			'会長\t山﨑 太郎',
			'副会長　佐藤　花子（会計兼務）',
			'議題',
			'（１）\t夏祭りについて',
			'ア　日程',
			'イ　会場',
			'（２）\t防災訓練について',
			'配付資料',
			'①資料１　夏祭り配置図',
			'②資料２　訓練計画',
			'議事',
			'山﨑会長　ただいまから役員会を開会します。夏祭りの日程[1]から始めます。',
			'（非公開部分なし）',
			'佐藤副会長　会場は桜台公園を予定しています。',
			'雨天時は集会所とします。',
			'山﨑会長　ほかに意見はありませんか。以上で閉会します。',
			'────◇────',
			'[1] 雨天の場合は翌週に順延する。',
		]);
		const meeting = parseDocuments(decoded.ok ? decoded.text : '', { source: 'yakuinkai.odt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.date).toBe('2024-06-09');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山﨑会長', '佐藤副会長', '山﨑会長']);
	});

	test('a flat OpenDocument text (.fodt) reads the same, its list styles beside its body', () => {
		const flat = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${NAMESPACES} office:mimetype="application/vnd.oasis.opendocument.text"><office:styles>${LIST_STYLES}</office:styles><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>ヘッダー</text:p></style:header></style:master-page></office:master-styles><office:body><office:text><text:p>議題</text:p><text:list text:style-name="L1"><text:list-item><text:p>夏祭りについて</text:p></text:list-item></text:list></office:text></office:body></office:document>`;
		const decoded = fodtToText(new TextEncoder().encode(flat));
		expect(decoded.ok && decoded.text).toBe('議題\n（１）\t夏祭りについて');
	});

	test('headings numbered by the outline (`第１`), counted over the document, a heading set apart left unnumbered', () => {
		const outline = `<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-prefix="第" style:num-format="１, ２, ３, ..."><style:list-level-properties><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style><text:outline-level-style text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="1"><style:list-level-properties><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:outline-level-style></text:outline-style>`;
		const flat = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${NAMESPACES}><office:styles>${outline}</office:styles><office:body><office:text><text:p>都市計画審議会議事録</text:p><text:h text:outline-level="1">用途地域の変更について</text:h><text:h text:outline-level="2">事務局説明</text:h><text:h text:outline-level="2">質疑</text:h><text:h text:outline-level="1" text:is-list-header="true">（休憩）</text:h><text:h text:outline-level="1">その他</text:h><text:h text:outline-level="2">次回日程</text:h></office:text></office:body></office:document>`;
		const decoded = fodtToText(new TextEncoder().encode(flat));
		expect(decoded.ok && decoded.text.split('\n')).toEqual(['都市計画審議会議事録', '第１ 用途地域の変更について', '(1)事務局説明', '(2)質疑', '（休憩）', '第２ その他', '(1)次回日程']);
	});

	test('paragraphs a paragraph style numbers (its list style, through the style it is based on) read with their numbers', () => {
		const styles = `<office:styles>${LIST_STYLES}<style:style style:name="Koumoku" style:family="paragraph" style:list-style-name="L2"/></office:styles><office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Koumoku"/><style:style style:name="P2" style:family="paragraph" style:parent-style-name="Koumoku" style:list-style-name=""/></office:automatic-styles>`;
		const flat = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${NAMESPACES}>${styles}<office:body><office:text><text:p>配付資料</text:p><text:p text:style-name="Koumoku">資料１　用途地域変更案</text:p><text:p text:style-name="P1">資料２　位置図</text:p><text:p text:style-name="P2">（参考）</text:p></office:text></office:body></office:document>`;
		const decoded = fodtToText(new TextEncoder().encode(flat));
		expect(decoded.ok && decoded.text.split('\n')).toEqual(['配付資料', '①資料１　用途地域変更案', '②資料２　位置図', '（参考）']);
	});

	test('the seed is served as the OpenDocument text it is', () => {
		expect(seedContentType('yakuinkai.odt')).toBe('application/vnd.oasis.opendocument.text');
	});
});

describe('what is no readable OpenDocument text gets one line', () => {
	const refused = (pattern: RegExp, code = 'not-odt') => ({ ok: false, code, line: null, message: expect.stringMatching(pattern) });

	test('a spreadsheet, a password-protected document, a Word document, another ZIP, other bytes', async () => {
		expect(await odtToText(await makeOdt('', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }))).toEqual(refused(/^this is a spreadsheet \(\.ods\), not a text document, renamed \.odt/u));
		const encrypted = '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>';
		expect(await odtToText(await makeOdt('', { manifest: encrypted, content: 'x\u0000\u0001' }))).toEqual(refused(/^the OpenDocument text is password-protected/u));
		const docx = new JSZip();
		docx.file('word/document.xml', '<w:document/>');
		expect(await odtToText(await docx.generateAsync({ type: 'uint8array' }))).toEqual(refused(/^this is a Word document \(\.docx\) renamed \.odt/u));
		const other = new JSZip();
		other.file('photo.jpg', 'x');
		expect(await odtToText(await other.generateAsync({ type: 'uint8array' }))).toEqual(refused(/^not an OpenDocument text: the package holds no content\.xml/u));
		expect(await odtToText(new TextEncoder().encode('令和６年６月９日　役員会'))).toEqual(refused(/^not an OpenDocument text: an \.odt is a ZIP package/u));
		expect(await odtToText(await makeOdt('', { content: '<office:document-content><office:body>' }))).toEqual(refused(/^the OpenDocument text could not be read/u));
		expect(fodtToText(new TextEncoder().encode('<?xml version="1.0"?><html/>'))).toEqual(refused(/^not a flat OpenDocument text/u));
		expect(await odtToText(await makeOdt('<text:p><draw:frame><draw:image/></draw:frame></text:p>'))).toEqual(refused(/^the OpenDocument text has no text in it/u, 'empty-page'));
	});

	test('a package whose directory says it unpacks beyond the limit is refused before it is unpacked', async () => {
		const bytes = await makeOdt(MINUTES);
		const name = new TextEncoder().encode('content.xml');
		let at = -1;
		for (let i = 0; i < bytes.length - 46; i++) {
			if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02 && name.every((byte, k) => bytes[i + 46 + k] === byte)) at = i;
		}
		expect(at).toBeGreaterThan(0);
		new DataView(bytes.buffer, bytes.byteOffset).setUint32(at + 24, 3 * 1024 ** 3, true);
		expect(await odtToText(bytes)).toEqual(refused(/^the OpenDocument text would unpack to 3072\.\d MiB, over the 256 MiB limit/u, 'too-large'));
	});

	test('a run of spaces the document counts in billions is a bounded run', async () => {
		const decoded = await odtToText(await makeOdt('<text:p>会長<text:s text:c="2000000000"/>山﨑　太郎</text:p><text:p>令和６年６月９日</text:p>'));
		expect(decoded.ok && decoded.text).toBe('会長 山﨑　太郎\n令和６年６月９日');
	});
});

describe('converting a folder', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'odt-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('an .odt seed becomes a meeting', async () => {
		const seeds = join(dir, 'seeds');
		await mkdir(seeds);
		await writeFile(join(seeds, 'yakuinkai.odt'), await makeOdt(MINUTES));
		const report = await convertSeeds({ seedsDir: seeds, outDir: join(dir, 'out'), parse: parseDocuments });
		expect(report.lines.filter((line) => !line.startsWith('converted'))).toEqual([]);
		const entries = await readEntries(join(dir, 'out'));
		expect(entries.map(({ meeting }) => [meeting.source, meeting.date, meeting.remarks.length, meeting.sourceEncoding])).toEqual([['yakuinkai.odt', '2024-06-09', 3, undefined]]);
	});
});
