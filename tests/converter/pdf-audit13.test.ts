/**
 * PDFs of the thirteenth audit: Word's list bullets in a symbol font (private-use code points) with their wrapped lines set
 * under the item's text (a hanging indent), and slides of another page size after the minutes.
 */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/converter/clean-text.ts';
import { unmappedText, withVariantWidths } from '../../src/converter/pdf.ts';
import { dropBrowserPrintMarks, linesToText, readPage, type TextLine, type TextRun } from '../../src/converter/pdf-layout.ts';

const line = (text: string, y: number, right = 500, x = 100): TextLine => ({ text, x, right, y, size: 10 });

describe("a symbol font's list bullets", () => {
	test('Symbol’s • and Wingdings’ ➢ (U+F0B7, U+F0D8) are read as ・ and →, with a warning that says so, not 外字', () => {
		const cleaned = cleanText('\uf0b7\u3000路線バスの減便で支障が出ている。（井上委員）\n\uf0d8 事業者と調整する。（事務局）\n');
		expect(cleaned.text).toBe('・\u3000路線バスの減便で支障が出ている。（井上委員）\n→ 事業者と調整する。（事務局）\n');
		expect(cleaned.warnings.map((warning) => [warning.code, warning.line])).toEqual([['symbol-bullet', 1]]);
	});

	test('a legacy encoding’s 外字 (U+E000) is still reported as one', () => {
		expect(cleanText('辻\ue000正夫\n').warnings.map((warning) => warning.code)).toEqual(['private-use-character']);
	});
});

describe('a list item’s wrapped lines under its text (a hanging indent)', () => {
	test('join the item, also on a third line, and the next bullet starts a line of its own', () => {
		const text = linesToText([
			[
				line('\uf0b7　路線バスの減便で、郊外の高齢者の通院に支障が出ている。ダ', 700),
				line('イヤにしてほしい。（井上委員）', 685, 250, 120),
				line('\uf0d8 主要な病院の診療開始時刻に間に合う便を確保するよう、事業', 670),
				line('者と調整して、その結果を次回の検討会で報告することとする', 655, 500, 120),
				line('。（事務局）', 640, 180, 120),
				line('\uf0b7　乗継ぎが増えると運賃の負担も増える。（宇田委員）', 625, 400),
			],
		]);
		expect(text.split('\n')).toEqual([
			'\uf0b7　路線バスの減便で、郊外の高齢者の通院に支障が出ている。ダイヤにしてほしい。（井上委員）',
			'\uf0d8 主要な病院の診療開始時刻に間に合う便を確保するよう、事業者と調整して、その結果を次回の検討会で報告することとする。（事務局）',
			'\uf0b7　乗継ぎが増えると運賃の負担も増える。（宇田委員）',
			'',
		]);
	});

	test("a speaker's turn mark is no bullet: the indented line after its full line is the turn's next paragraph", () => {
		const text = linesToText([
			[
				line('○山田委員　路線バスの減便について伺いますが、郊外の高齢者の通院に支障が出ています。', 700),
				line('次に、運賃について伺います。', 685, 300, 110),
				line('○田中課長　お答えします。', 670, 240),
				line('以上です。', 655, 160),
			],
		]);
		expect(text.split('\n')).toEqual(['○山田委員　路線バスの減便について伺いますが、郊外の高齢者の通院に支障が出ています。', '\u3000次に、運賃について伺います。', '○田中課長　お答えします。', '以上です。', '']);
	});
});

describe('pages of another width after the minutes (slides at 960 pt after A4)', () => {
	test("the minutes' full lines join at their own page's margin", () => {
		const minutes = [
			line('○村井委員長　ただいまから委員会を開会します。本日は骨子案を御審', 700),
			line('議いただきます。', 685, 180),
			line('○松井観光課長　資料１を御覧ください。観光入込客数は延べ３２４万', 670),
			line('人で、令和元年の９割まで回復しました。', 655, 300),
		];
		const slides = [line('観光振興計画　骨子案', 500, 400, 100), line('●　基本目標：滞在時間の延長と宿泊客の増加を図るための重点施策の整備と推進', 460, 880, 100), line('●　重点施策', 420, 880, 100)];
		const text = linesToText([minutes, slides], [595, 960]);
		expect(text.split('\n')[0]).toBe('○村井委員長　ただいまから委員会を開会します。本日は骨子案を御審議いただきます。');
	});
});

describe('two columns with Word’s default gutter of 2字', () => {
	const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: [...text].length * 10, size: 10 });
	// Columns of 20 characters at x 60, the gutter a hair under 2 em; some left lines end with `、` hung into the gutter.
	const left = ['○山田座長　ただいまから会議を開催いたし、', 'ます。本日は資料一について議論します。', '○佐藤委員　資料一の三ページについて質、', '問があります。予算の配分の理由を伺いた', 'いと思います。よろしくお願いします。', '○事務局　ご指摘の点は令和五年度の実績、'];
	const right = ['を踏まえて見直した結果でございます。詳', '細は参考資料をご覧ください。以上です。', '○山田座長　ありがとうございました。そ', 'れでは次の議題に移りたいと思います。資', '料二について事務局から説明願います。', '○事務局　資料二について説明します。'];
	const page = [...left.map((text, i) => run(text, 60, 760 - 15 * i)), ...right.map((text, i) => run(text, 60 + 200 + 19.8, 760 - 15 * i))];

	test('are read column by column', () => {
		const read = readPage(page);
		expect(read.columns).toBe(true);
		expect(read.lines.map((found) => found.text)).toEqual([...left, ...right]);
	});
});

describe('a name with a variation selector (辻󠄀, 辻 + U+E0100, as a name set in an IVS font extracts)', () => {
	test('the glyph pdf.js gives no width gets its width back, and the space pdf.js set over it goes', () => {
		const runs: TextRun[] = [
			{ text: '○議長（', x: 72, y: 500, width: 42, size: 10.5 },
			{ text: '辻\u{e0100}', x: 114, y: 500, width: 0, size: 10.5 },
			{ text: ' ', x: 114, y: 500, width: 10.5, size: 10.5 },
			{ text: '正夫君）', x: 124.5, y: 500, width: 42, size: 10.5 },
		];
		withVariantWidths(runs);
		expect(runs.map((run) => [run.text, run.width])).toEqual([['○議長（', 42], ['辻\u{e0100}', 10.5], ['正夫君）', 42]]);
		expect(readPage(runs).lines.map((found) => found.text)).toEqual(['○議長（辻\u{e0100}正夫君）']);
	});

	test('the cleaning leaves the selector out, with a warning, and keeps the ideograph', () => {
		const cleaned = cleanText('○議長（辻\u{e0100}正夫君）　ただいまから会議を開きます。\n');
		expect(cleaned.text).toBe('○議長（辻正夫君）　ただいまから会議を開きます。\n');
		expect(cleaned.warnings.map((warning) => warning.code)).toEqual(['variation-selector']);
	});
});

describe('a web page printed from a browser (Chrome’s 「PDFに保存」 with its header and footer)', () => {
	const page = (top: string, bottom: string): TextLine[] => [line(top, 820, 560, 30), line('第２回みなと市子ども・子育て会議　会議録', 780), line('開催日時　令和６年９月２６日', 760), line(bottom, 20, 560, 30)];

	test('the print’s date, title, address and page count are left out, on every page', () => {
		const printed = dropBrowserPrintMarks([
			page('2024/10/07 14:32　　　第２回みなと市子ども・子育て会議（令和６年９月２６日開催）会議録｜みなと市', 'https://www.city.minato.example.jp/kodomo/kaigi/2.html　　　1/2'),
			page('2024/10/07 14:32　　　第２回みなと市子ども・子育て会議（令和６年９月２６日開催）会議録｜みなと市', 'https://www.city.minato.example.jp/kodomo/kaigi/2.html　　　2/2'),
		]);
		expect(printed.count).toBe(2);
		expect(printed.pages.map((lines) => lines.map((found) => found.text))).toEqual([
			['第２回みなと市子ども・子育て会議　会議録', '開催日時　令和６年９月２６日'],
			['第２回みなと市子ども・子育て会議　会議録', '開催日時　令和６年９月２６日'],
		]);
	});

	test('a page without the footer keeps its first line (a date and a time atop minutes are the minutes’)', () => {
		const kept = dropBrowserPrintMarks([page('2024/10/07 14:32　開会', '- 1 -')]);
		expect([kept.count, kept.pages[0]?.length]).toEqual([0, 4]);
	});
});

describe('a Type3 font without a Unicode map, its codes given in order of first use (a PDF printer’s)', () => {
	const run = (text: string, font: string, y: number): TextRun => ({ text, x: 72, y, width: [...text].length * 10, size: 10, font });
	const body = Array.from({ length: 8 }, (_, i) => run('ただいまから第３回会議を開会いたします。本日の議題は二件です。', 'F1', 700 - 20 * i));

	test('is a font without a Unicode map: its title reads `!"#$%&\'()*+,-./0`', () => {
		const page = { height: 842, width: 595, runs: [run('!"#$%&\'()*+,-./012103', 'F3', 800), run('BCD1E', 'F3', 720), ...body] };
		const found = unmappedText([page]);
		expect(found.pages).toEqual([1]);
		expect(found.share).toBeGreaterThan(0.05);
	});

	test('punctuation in the text of a mapped font is not', () => {
		const page = { height: 842, width: 595, runs: [run('注!"#）', 'F1', 800), ...body] };
		expect(unmappedText([page]).pages).toEqual([]);
	});
});
