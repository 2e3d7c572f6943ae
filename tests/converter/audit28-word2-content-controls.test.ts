/**
 * Content controls as a government template fills them: a date or a place typed into one is read where it stands; one
 * left empty shows its placeholder (`クリックまたはタップして日付を入力してください。`), no text of the minutes; a check
 * box, a content control's or an old form field's, reads as the box Word shows, ticked (`☒`) or not (`☐`).
 */
import { describe, expect, test } from 'vitest';
import { docxToText, withoutPlaceholders } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx, type DocxBlock } from './docx-fixture.ts';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const line = (...content: string[]): DocxBlock => ({ xml: `<w:p>${content.join('')}</w:p>` });
const control = (content: string, placeholder = false) =>
	`<w:sdt><w:sdtPr><w:id w:val="1"/>${placeholder ? '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>' : ''}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const checkBox = (checked: boolean) =>
	`<w:sdt><w:sdtPr><w:id w:val="2"/><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>${run(checked ? '☒' : '☐')}</w:sdtContent></w:sdt>`;
const formCheckBox = (checked: boolean) =>
	`<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="${checked ? 1 : 0}"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

describe('content controls', () => {
	test('filled ones are read, placeholders left out, check boxes read as ☒ and ☐', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: '令和６年度第１回しらさぎ市情報公開審査会　会議録', center: true },
				line(run('日時　'), control(run('令和６年５月２０日')), run('（月）午前１０時～'), control(run('クリックまたはタップして時刻を入力してください。'), true)),
				line(run('場所　'), control(run('しらさぎ市役所　４階会議室'))),
				line(run('会議の公開　'), checkBox(false), run('公開　'), checkBox(true), run('非公開')),
				line(run('傍聴者　'), formCheckBox(true), run('あり　'), formCheckBox(false), run('なし')),
				{ xml: control(`<w:p>${run('ここをクリックまたはタップしてテキストを入力してください。')}</w:p>`, true) },
				{ text: '○会長　開会します。' },
				{ text: '○委員（杉本）　諮問第３号について意見を述べます。' },
			]),
		);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.text.split('\n')).toEqual(['令和６年度第１回しらさぎ市情報公開審査会　会議録', '日時　令和６年５月２０日（月）午前１０時～', '場所　しらさぎ市役所　４階会議室', '会議の公開　☐公開　☒非公開', '傍聴者　☒あり　☐なし', '', '○会長　開会します。', '○委員（杉本）　諮問第３号について意見を述べます。']);
		const meeting = parseDocuments(decoded.text, { source: 'shinsakai-1.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting && [meeting.date, meeting.location]).toEqual(['2024-05-20', 'しらさぎ市役所　４階会議室']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['会長', '委員（杉本）']);
	});

	test('a placeholder holding another control is left as it is; many placeholders without content are scanned once', () => {
		const nested = control(control(run('令和６年')), true);
		expect(withoutPlaceholders(nested)).toBe(nested);
		const started = performance.now();
		withoutPlaceholders(`${'<w:showingPlcHdr/>'.repeat(100_000)}<w:sdtContent>`);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
