/**
 * A Word document's characters read as Word shows them: a carriage return (`w:cr`) ends a line, an absolute tab
 * (`w:ptab`) separates a label from its value, a bullet drawn in a symbol font (`w:sym`) is the mark a Japanese document
 * types, and hidden text (`w:vanish`: a template's instructions, a note to the clerk) is no text of the minutes.
 */
import { describe, expect, test } from 'vitest';
import { docxToText, withShownCharacters } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx, type DocxBlock } from './docx-fixture.ts';

const run = (text: string, properties = '') => `<w:r>${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const symbol = (char: string, font = 'Wingdings') => `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
const line = (...content: string[]): DocxBlock => ({ xml: `<w:p>${content.join('')}</w:p>` });
const hidden = '<w:vanish/>';

async function read(blocks: DocxBlock[]) {
	const decoded = await docxToText(await makeDocx(blocks));
	if (!decoded.ok) throw new Error(decoded.message);
	return { text: decoded.text, meeting: parseDocuments(decoded.text, { source: 'minutes.docx', sourceHash: '0'.repeat(64) })[0]?.meeting };
}

describe('characters as Word shows them', () => {
	test('a carriage return ends a line and an absolute tab parts a label from its value', async () => {
		const { text, meeting } = await read([
			{ text: '令和６年度第３回やまと市文化財保護審議会　会議録', center: true },
			line(run('日時　令和６年１０月２５日（金）'), '<w:r><w:cr/></w:r>', run('午後１時３０分～午後３時')),
			line(run('場所'), '<w:r><w:ptab w:relativeTo="margin" w:alignment="left" w:leader="none"/></w:r>', run('やまと市立郷土資料館　講座室')),
			{ text: '' },
			line(run('○野口委員　古墳の調査範囲について質問します。'), '<w:r><w:cr/></w:r>', run('発掘調査は何年計画ですか。')),
		]);
		expect(text.split('\n').slice(1, 4)).toEqual(['日時　令和６年１０月２５日（金）', '午後１時３０分～午後３時', '場所\tやまと市立郷土資料館　講座室']);
		expect(meeting?.location).toBe('やまと市立郷土資料館　講座室');
		expect(meeting?.remarks.map((remark) => remark.text)).toEqual(['古墳の調査範囲について質問します。\n発掘調査は何年計画ですか。']);
	});

	test('Wingdings bullets set by hand are ●, ■, ◆, its circled numbers ①, its arrowheads →; so the labels after them read', async () => {
		const { text, meeting } = await read([
			{ text: '令和６年度　第４回かわせ町社会教育委員会議　会議録', center: true },
			line(symbol('F06C'), run('日　時　令和６年１０月３日（木）午後２時～４時')),
			line(symbol('F06C'), run('場　所　かわせ町中央公民館　研修室')),
			line(symbol('F06E'), run('出席委員　大野　剛、原田　久美子、岡本　真一')),
			line(symbol('0075'), run('議題'), symbol('F0D8'), symbol('F081'), symbol('F0B7', 'Symbol'), symbol('F0FC')),
			{ text: '' },
			{ text: '○大野議長　会議を始めます。' },
		]);
		expect(text.split('\n').slice(1, 5)).toEqual(['●日　時　令和６年１０月３日（木）午後２時～４時', '●場　所　かわせ町中央公民館　研修室', '■出席委員　大野　剛、原田　久美子、岡本　真一', '◆議題→①・✓']);
		expect(meeting?.location).toBe('かわせ町中央公民館　研修室');
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['大野　剛', '原田　久美子', '岡本　真一']);
	});

	test('a bullet written as LibreOffice writes it, a private-use character or a letter in a Wingdings run, reads as ● or ①', async () => {
		const wingdings = (text: string) => `<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:cs="Wingdings" w:eastAsia="Wingdings"/></w:rPr><w:t>${text}</w:t></w:r>`;
		const { text, meeting } = await read([
			{ text: '令和６年度　第４回かわせ町社会教育委員会議　会議録', center: true },
			line(wingdings('\uf06c'), run('日　時　令和６年１０月３日（木）午後２時～４時')),
			line(wingdings('l'), run('場　所　かわせ町中央公民館　研修室')),
			{ text: '' },
			line(run('○生涯学習課長　'), wingdings('\uf081'), run('の講座は定員に達しています。')),
		]);
		expect(text.split('\n')).toEqual(['令和６年度　第４回かわせ町社会教育委員会議　会議録', '●日　時　令和６年１０月３日（木）午後２時～４時', '●場　所　かわせ町中央公民館　研修室', '', '○生涯学習課長　①の講座は定員に達しています。']);
		expect(meeting?.location).toBe('かわせ町中央公民館　研修室');
	});

	test('hidden text is left out; a hidden paragraph mark joins its paragraph to the next', async () => {
		const { text, meeting } = await read([
			{ text: '令和６年度　みなみ市男女共同参画審議会（第１回）議事要旨', center: true },
			line(run('日時：令和６年６月２７日（木）午後３時～午後４時３０分'), run('（※日付は開催通知で確認）', hidden)),
			{ text: '場所：みなみ市役所　第３会議室' },
			line(run('出席委員：藤田　明子、後藤　和也、長谷川　恵'), run('（欠席連絡あり：村上委員）', `<w:rFonts w:hint="eastAsia"/>${hidden}`)),
			{ text: '' },
			{ text: '○藤田会長　開会いたします。' },
			{ xml: `<w:p><w:pPr><w:rPr>${hidden}</w:rPr></w:pPr>${run('【記入例：○○委員　発言内容を記載】', hidden)}</w:p>` },
			line(run('○後藤委員　'), run('女性委員の割合はどうなっていますか。', '<w:vanish w:val="0"/>')),
		]);
		expect(text).not.toMatch(/確認|村上|記入例/u);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['藤田　明子', '後藤　和也', '長谷川　恵']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['藤田会長', '開会いたします。'],
			['後藤委員', '女性委員の割合はどうなっていますか。'],
		]);
		expect(text.split('\n').slice(-2)).toEqual(['○藤田会長　開会いたします。', '○後藤委員　女性委員の割合はどうなっていますか。']);
	});

	test('a hidden mark on a run holding a text box keeps the box; hostile input is scanned in linear time', () => {
		const box = `<w:r><w:rPr>${hidden}</w:rPr><w:pict><w:txbxContent><w:p>${run('議事')}</w:p></w:txbxContent></w:pict></w:r>`;
		expect(withShownCharacters(box)).toBe(box);
		const hostile = `<w:rPr>${'<w:vanish/>'.repeat(100_000)}`;
		const started = performance.now();
		withShownCharacters(hostile);
		withShownCharacters('<w:r><w:rPr><w:vanish/></w:rPr>'.repeat(50_000));
		// (Tags never closed: each pattern stops at the next tag.)
		withShownCharacters('<w:sym w:font="Wingdings" '.repeat(50_000) + '<w:ptab '.repeat(50_000));
		withShownCharacters('<w:rFonts w:ascii="Wingdings"/>'.repeat(50_000));
		expect(performance.now() - started).toBeLessThan(2000);
	});
});

test('text hidden only before a tracked change of its formatting is shown', () => {
	const run = '<w:r><w:rPr><w:b/><w:rPrChange w:id="1" w:author="事務局" w:date="2024-06-01T10:00:00Z"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>開会します。</w:t></w:r>';
	const mark = '<w:p><w:pPr><w:rPr><w:rPrChange w:id="2" w:author="事務局" w:date="2024-06-01T10:00:00Z"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr></w:pPr></w:p>';
	expect(withShownCharacters(run + mark)).toBe(run + mark);
});
