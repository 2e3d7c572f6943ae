import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { convertSeeds, sha256 } from '../../src/converter/convert.ts';
import { PDF_LIMITS, pdfToText, unmappedText } from '../../src/converter/pdf.ts';
import { dropPageFurniture, groupLines, isPageNumber, joinWrappedLine, linesToText, readPage, takeFootnotes, type TextLine, type TextRun } from '../../src/converter/pdf-layout.ts';
import { parseDocuments, parseMinutes } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { fontDir } from '../../src/cards/fontconfig.ts';
import { bombPdf, imageOnlyPdf, minutesPdf, type MinutesPdf } from './pdf-fixture.ts';

const SEEDS = 'seeds';
const seedNames = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort();

/** A line on a page for the layout tests (10 pt text, 40 em wide column from x = 100). */
const line = (text: string, y: number, right = 500, x = 100): TextLine => ({ text, x, right, y, size: 10 });

describe('layout reconstruction', () => {
	test('runs become lines top to bottom, left to right, with spaces from gaps', () => {
		const run = (text: string, x: number, y: number, width: number): TextRun => ({ text, x, y, width, size: 10 });
		const lines = groupLines([run('会議', 140, 700.4, 20), run('第二行', 100, 680, 30), run('議事', 100, 700, 20), run('NTT', 163, 700, 15), run(' ', 100, 660, 10), run('字下げ', 110, 660, 30)]);
		expect(lines.map((l) => l.text)).toEqual(['議事\u3000\u3000会議 NTT', '第二行', '字下げ']);
		expect(lines[0]?.right).toBe(178);
	});

	test.each([
		['- 3 -', true],
		['－１２－', true],
		['3 / 12', true],
		['7', true],
		['Page 3', true],
		['第３頁', true],
		['3ページ', true],
		['3 of 12', true],
		['- 3 / 12 -', true],
		['1 / 1 ページ', true],
		['(3)', false],
		['第3回', false],
		['3ページ以降', false],
		['- 3 - 以上', false],
	])('isPageNumber(%s) is %s', (text, expected) => {
		expect(isPageNumber(text)).toBe(expected);
	});

	test('footnotes at the foot of a page, set smaller with a mark, are taken out of the page; small text without a mark stays', () => {
		const small = (text: string, y: number): TextLine => ({ ...line(text, y), size: 8 });
		const pages = [
			[line('○議長（山田太郎君）　総務課長。', 700), line('○３番（青木健一君）　路上駐車が続いて地域の方々が困って', 680), small('注１　地方自治法第１２１条第１項の規定による。', 120), small('注２　令和６年５月末現在の数値。', 108)],
			[line('おります。臨時駐車場の確保を求めます。', 700), line('○町長（大森正彦君）　検討いたします。', 680), small('（資料は別添のとおり）', 120)],
		];
		const taken = takeFootnotes(pages);
		expect(taken.pages.map((lines) => lines.map((l) => l.text))).toEqual([
			['○議長（山田太郎君）　総務課長。', '○３番（青木健一君）　路上駐車が続いて地域の方々が困って'],
			['おります。臨時駐車場の確保を求めます。', '○町長（大森正彦君）　検討いたします。', '（資料は別添のとおり）'],
		]);
		expect(taken.notes.map((l) => l.text)).toEqual(['注１　地方自治法第１２１条第１項の規定による。', '注２　令和６年５月末現在の数値。']);
		expect(taken.from).toEqual([1]);
	});

	test('running heads that alternate between odd and even pages go, on a side of two pages too; a turn atop two pages stays', () => {
		const kanji = ['', '一', '二', '三', '四', '五'];
		const body = (n: number) => ['甲', '乙', '丙', '丁', '戊'].map((word, i) => line(`第${kanji[n]}頁の${word}の行です。`, 760 - 20 * i));
		const pages = [1, 2, 3, 4, 5].map((n) => [
			n % 2 === 1 ? line('令和６年第２回定例会（第３号）', 800) : line(`${n}　　　　　　６月１２日　一般質問`, 800),
			...(n === 2 || n === 4 ? [line('○議長（山田太郎君）', 780)] : []),
			...body(n),
		]);
		expect(dropPageFurniture(pages).map((lines) => lines.map((l) => l.text))).toEqual(
			[1, 2, 3, 4, 5].map((n) => [...(n === 2 || n === 4 ? ['○議長（山田太郎君）'] : []), ...body(n).map((l) => l.text)]),
		);
	});

	test('running headers, footers and page numbers go; a title under a title header stays', () => {
		const pages = [1, 2, 3].map((n) => [
			line('会議 議事要旨', 800, 200),
			...(n === 1 ? [line('会議 議事要旨', 760, 200)] : []),
			line(['開会', '議題', '閉会'][n - 1] ?? '', 740, 200),
			line(`- ${n} -`, 40, 320, 290),
		]);
		expect(dropPageFurniture(pages).map((lines) => lines.map((l) => l.text))).toEqual([['会議 議事要旨', '開会'], ['議題'], ['閉会']]);
	});

	test.each([
		['日本語', 'の続き', '日本語の続き'],
		['Cyber', 'Security', 'Cyber Security'],
		['MOOC', '(Massive', 'MOOC (Massive'],
		['https://example.jp/' + 'a'.repeat(70), 'bcd', 'https://example.jp/' + 'a'.repeat(70) + 'bcd'],
	])('joinWrappedLine(%s, %s)', (before, after, expected) => {
		expect(joinWrappedLine(before, after, 40)).toBe(expected);
	});

	test('full lines join (also across pages), gaps make paragraphs, short lines end a line', () => {
		const text = linesToText([
			[line('一行目は右端まで', 700), line('続く。', 685, 130), line('短い行', 670, 160), line('新しい段落', 640, 200), line('ページをまたいで', 625)],
			[line('続く文。', 700, 140), line('- 項目', 685, 160)],
		]);
		expect(text).toBe('一行目は右端まで続く。\n短い行\n\n新しい段落\nページをまたいで続く文。\n- 項目\n');
	});

	test('a speaker in brackets, a label before a colon or a numbered heading after a full line that ends its sentence starts a line of its own', () => {
		const text = linesToText([
			[
				line('一行目は右端まで続いて、この文はここで終わる。', 700),
				line('（事務局）　ご指摘の点を確認します。', 685, 220),
				line('二行目も右端まで続いて、この文はここで終わる。', 670),
				line('田中専務：賛成です。', 655, 120),
				line('三行目も右端まで続いて、この文はここで終わる。', 640),
				line('２．内部監査の結果について', 625, 200),
				line('四行目は右端まで届いて文の途中で折り返され', 610),
				line('（注）の手前で続く。', 595, 120),
			],
		]);
		expect(text.split('\n')).toEqual([
			'一行目は右端まで続いて、この文はここで終わる。',
			'（事務局）　ご指摘の点を確認します。',
			'二行目も右端まで続いて、この文はここで終わる。',
			'田中専務：賛成です。',
			'三行目も右端まで続いて、この文はここで終わる。',
			'２．内部監査の結果について',
			// Mid-sentence, the next line goes on whatever it begins with.
			'四行目は右端まで届いて文の途中で折り返され（注）の手前で続く。',
			'',
		]);
	});

	test("a group's word alone on its line after a full line of a list starts a line of its own", () => {
		const text = linesToText([[line('構成員', 700, 130), line('大橋由紀子、小山健、佐藤雅人、高橋和也、山本昌宏', 685), line('事務局', 670, 130), line('田中課長', 655, 140)]]);
		expect(text).toContain('山本昌宏\n事務局');
	});

	describe('letters set apart by the layout', () => {
		// 10 pt type; pdf.js writes a run whose letters stand a sixth of an em apart with a space after each one.
		const run = (text: string, x: number, y: number, width = [...text.replace(/ /gu, '')].length * 11.7): TextRun => ({ text, x, y, width, size: 10 });

		test('a page of fixed-pitch prose (一太郎) loses the spaces pdf.js put between its letters, not its ideographic gaps', () => {
			const page = [
				run('○ ５ 番 （ 石 田 美 和 君 ）', 100, 700),
				run(' ', 217, 700, 12),
				run('次 に 、 学 校 給 食 費 に つ い て 伺 い ま す 。', 231, 700),
				run('○ 議 長 （ 山 田 太 郎 君 ）', 100, 680),
				run(' ', 217, 680, 12),
				run('教 育 長 。', 231, 680),
				run('だ さ い 。', 110, 660),
				run('○ 8 番 （ 上 野 直 樹 君 ） 　 N T T の 回 線 に つ い て 。', 100, 640),
			];
			// (A Latin word keeps a space from the Japanese beside it; a digit does not, so `8番` stays a seat.)
			expect(readPage(page).lines.map((l) => l.text)).toEqual(['○５番（石田美和君）\u3000次に、学校給食費について伺います。', '○議長（山田太郎君）\u3000教育長。', 'ださい。', '○8番（上野直樹君）\u3000NTT の回線について。']);
		});

		test('one justified line of prose is mended on a page of plain lines', () => {
			const page = [
				run('形式がばらばらなままでは利活', 100, 700, 140),
				run('用 が 進 み ま せ ん の で 、 i n t e r o p e r a b i l i t y を 確 保 す る', 240, 700, 300),
				run('次の行は普通に組まれています。', 100, 680, 150),
			];
			expect(readPage(page).lines.map((l) => l.text)).toEqual(['形式がばらばらなままでは利活用が進みませんので、interoperability を確保する', '次の行は普通に組まれています。']);
		});

		test('a roll’s names set apart cell by cell keep their spaces, which part the post from the name', () => {
			const page = [
				run('令和4年7月25日第5回あさひ町議会臨時会は、あさひ町議場に招集された。', 100, 700, 350),
				run('1番 坂 口 友 良', 100, 680, 70),
				run('副 町 長 松 井 宏 行', 200, 680, 95),
				run('理事 青山 周平君', 100, 660, 80),
			];
			expect(readPage(page).lines.map((l) => l.text)).toEqual([
				'令和4年7月25日第5回あさひ町議会臨時会は、あさひ町議場に招集された。',
				'1番 坂 口 友 良\u3000\u3000\u3000副 町 長 松 井 宏 行',
				'理事 青山 周平君',
			]);
		});
	});

	describe('pages in two columns', () => {
		const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: [...text].length * 10, size: 10 });
		const left = ['○山田座長　ただいまから会議を開催いたし', 'ます。本日は資料一について議論します。', '○佐藤委員　資料一の三ページについて質', '問があります。予算の配分の理由を伺いた', 'いと思います。よろしくお願いします。', '○事務局　ご指摘の点は令和五年度の実績'];
		const right = ['を踏まえて見直した結果でございます。詳', '細は参考資料をご覧ください。以上です。', '○山田座長　ありがとうございました。そ', 'れでは次の議題に移りたいと思います。資', '料二について事務局から説明願います。', '○事務局　資料二について説明します。'];
		// A title across both columns, the columns (x 60 and 320, 20 characters of 10 pt each), a centred page number.
		const page = [run('テスト部会（第１回）議事録', 250, 800), ...left.map((text, i) => run(text, 60, 760 - 15 * i)), ...right.map((text, i) => run(text, 320, 760 - 15 * i)), run('- 1 -', 285, 40)];

		test('are read title, left column, right column, page number', () => {
			const read = readPage(page);
			expect(read.columns).toBe(true);
			expect(read.lines.map((found) => found.text)).toEqual(['テスト部会（第１回）議事録', ...left, ...right, '- 1 -']);
		});

		test('a running head with its page number at the far side, and a date set flush right under the title, are above the columns', () => {
			const headed = [
				run('若葉市議会会議録　第３号', 60, 820),
				run('1', 550, 820),
				run('テスト部会（第１回）議事録', 250, 800),
				run('令和６年６月１４日（金曜日）', 420, 782),
				...left.map((text, i) => run(text, 60, 760 - 15 * i)),
				...right.map((text, i) => run(text, 320, 760 - 15 * i)),
			];
			const read = readPage(headed);
			expect(read.columns).toBe(true);
			expect(read.lines.map((found) => found.text)).toEqual([expect.stringMatching(/^若葉市議会会議録　第３号[\s\u3000]+1$/u), 'テスト部会（第１回）議事録', '令和６年６月１４日（金曜日）', ...left, ...right]);
		});

		test('and their lines join across the gutter as a column\'s lines join', () => {
			// As pdf.ts reads a document with a page in columns: without the page-margin check (the columns end at the gutter).
			const text = linesToText(dropPageFurniture([readPage(page).lines]));
			expect(text).toContain('○佐藤委員　資料一の三ページについて質問があります。予算の配分の理由を伺いたいと思います。よろしくお願いします。');
			expect(text).toContain('○事務局　ご指摘の点は令和五年度の実績を踏まえて見直した結果でございます。詳細は参考資料をご覧ください。以上です。');
			expect(text).not.toMatch(/^\u3000+○/mu);
		});

		test('one column is read across as before', () => {
			const single = [...left, ...right].map((text, i) => run(text, 60, 760 - 15 * i));
			expect(readPage(single)).toEqual({ lines: groupLines(single), columns: false, lineNumbers: false, ruby: 0 });
		});

		test('a table of two columns of short cells, with the gap in the middle of the page, is read across, row by row', () => {
			// Name and post, 4 and 3 characters, 20 em apart: a gutter by position, but no prose on either side.
			const rows = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((row) => [run(`髙橋${row}委員`, 60, 700 - 15 * row), run('部会長', 300, 700 - 15 * row)]);
			const read = readPage(rows);
			expect(read.columns).toBe(false);
			expect(read.lines.map((found) => found.text.replace(/\u3000+/gu, ' '))).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((row) => `髙橋${row}委員 部会長`));
		});
	});

	test('Japanese line breaking: punctuation hung past the margin, and a character that may not start a line carried with the one before it', () => {
		// A 40 em column from x 100 to 500 (10 pt); `。` hung past it to 510; `ティ` carried to the next line together, leaving 2 em.
		const full = '国際連携に関する取組について事務局から説明があり、意見交換を行った。その後、各構成員から意見が述べられた';
		const lines = [
			line(full.slice(0, 40), 730, 500),
			line(full.slice(1, 41), 715, 500),
			line(full.slice(2, 42), 700, 500),
			line(`${full.slice(0, 39)}。`, 685, 510),
			line(`${full.slice(1, 40)}。`, 670, 510),
			line('出席者：後藤座長、高地官房サイバーセキュリ', 655, 480),
			line('ティ・情報化審議官、須藤自治行政局長', 640, 300),
			line('ウクライナ側は主張している。', 625, 490),
			line('（以下チャット欄より抜粋）', 610, 230),
		];
		const text = linesToText([lines], 595);
		expect(text).toContain('出席者：後藤座長、高地官房サイバーセキュリティ・情報化審議官、須藤自治行政局長\n');
		expect(text).toContain('ウクライナ側は主張している。\n（以下チャット欄より抜粋）');
	});

	describe('ruby (furigana) over the text', () => {
		const run = (text: string, x: number, y: number, size = 10, width = [...text].length * size): TextRun => ({ text, x, y, width, size });
		test('is left out, and the space the text was spread by under it is no space', () => {
			// `ごとう` over 後藤, `ていしんしょう` overhanging 逓信省, which the layout spread to the reading's end with a space run.
			const page = [run('後藤', 100, 700), run('座長、鶴飼構成員', 120, 700), run('ごとう', 101, 710, 5), run('逓', 100, 680), run('信省', 110, 680), run(' ', 130, 680, 10, 3), run('だった。', 133, 680), run('ていしんしょう', 98, 690, 5)];
			const read = readPage(page);
			expect(read.lines.map((line) => line.text)).toEqual(['後藤座長、鶴飼構成員', '逓信省だった。']);
			expect(read.ruby).toBe(2);
		});

		test('small kana that stand over no text are text', () => {
			const page = [run('本文です。', 100, 700), run('ただし書き', 100, 650, 5)];
			const read = readPage(page);
			expect(read.ruby).toBe(0);
			expect(read.lines.map((line) => line.text)).toEqual(['本文です。', 'ただし書き']);
		});
	});

	describe('line numbers in the left margin', () => {
		const run = (text: string, x: number, y: number, size = 10): TextRun => ({ text, x, y, width: [...text].length * size * (/^[0-9]+$/u.test(text) ? 0.5 : 1), size });
		const text = ['○山田座長　ただいまから会議を開催いたし', 'ます。本日は資料一について議論します。', '○佐藤委員　資料一の三ページについて質', '問があります。予算の配分の理由を伺いた', 'いと思います。よろしくお願いします。', '○事務局　ご指摘の点は令和五年度の実績', 'を踏まえて見直した結果でございます。'];
		// Numbers of 8 pt ending at x 56, right-aligned (`9`, `10`), the text at x 70; a digit may come as a run of its own.
		const number = (n: number, y: number): TextRun[] => {
			const digits = String(n);
			return digits.length === 2 && n % 3 === 0 ? [run(digits[0] ?? '', 48, y, 8), run(digits[1] ?? '', 52, y, 8)] : [run(digits, 56 - digits.length * 4, y, 8)];
		};
		const page = (first: number, every: number) => [run('- 1 -', 285, 40), ...text.flatMap((line, i) => [...((first + i) % every === 0 ? number(first + i, 760 - 15 * i) : []), run(line, 70, 760 - 15 * i)])];

		test.each([
			['every line', 1, 1],
			['every line, counting on from an earlier page', 11, 1],
			['every fifth line', 1, 5],
		])('%s: left out, so wrapped lines join without them', (_, first, every) => {
			const lines = [text, ...Array.from({ length: 20 }, (_, k) => text.map((line) => `${line}${k}`))].flat();
			const tall = lines.flatMap((line, i) => [...((first + i) % every === 0 ? number(first + i, 800 - 15 * i) : []), run(line, 70, 800 - 15 * i)]);
			const read = readPage(every === 1 ? page(first, 1) : tall);
			expect(read.lineNumbers).toBe(true);
			expect(read.lines.map((found) => found.text).filter((found) => found !== '- 1 -')).toEqual(every === 1 ? text : lines);
		});

		test('every line numbered, the blank lines between paragraphs too (Word’s line numbering): left out', () => {
			// Paragraphs of two lines with a numbered empty line after each, so the numbered text lines step by 2 there.
			let n = 0;
			let y = 800;
			const runs: TextRun[] = [];
			for (const [i, line] of text.entries()) {
				runs.push(...number(++n, y), run(line, 70, y));
				y -= 15;
				if (i % 2 === 1) {
					runs.push(...number(++n, y));
					y -= 15;
				}
			}
			const read = readPage(runs);
			expect(read.lineNumbers).toBe(true);
			expect(read.lines.map((found) => found.text)).toEqual(text);
		});

		test('a numbered list at the margin, where the other lines start too, is text', () => {
			const items = ['日時　令和6年7月1日（月）', '場所　総務省第１会議室', '出席者　山田座長、佐藤委員', '議事　資料について説明', '閉会'];
			const listed = [...items.flatMap((item, i) => [run(String(i + 1), 60, 760 - 15 * i), run(item, 75, 760 - 15 * i)]), run('○山田座長　ただいまから会議を開きます。', 60, 670), run('資料一について議論します。', 60, 655), run('○佐藤委員　質問があります。', 60, 640), run('- 1 -', 285, 40)];
			const read = readPage(listed);
			expect(read.lineNumbers).toBe(false);
			expect(read.lines[0]?.text).toMatch(/^1\s+日時/u);
		});
	});

	test('in a page where no line wraps, the longest line is not taken for a full one (one line per turn)', () => {
		const turns = ['日時：令和6年7月1日（月）', '議事', '髙橋部会長　本日の議題について説明をお願いします。', '鈴木課長　資料に基づき説明いたします。', '山﨑委員　了解しました。'];
		// One line alone is the longest: no evidence of a margin.
		const alone = linesToText([turns.map((text, i) => line(text, 700 - 15 * i, 60 + [...text].length * 10))]);
		expect(alone).toBe(`${turns.join('\n')}\n`);
		// Two lines about as long as each other, far short of an A4 page's right margin (left at 50, so it mirrors at 545).
		const short = ['本日は、地域の交通計画の見直しと今後の', '進め方について御議論いただきます', '○鈴木課長　資料の要点は次のとおりです。'];
		const pages = [short.map((text, i) => line(text, 700 - 15 * i, i === 1 ? 180 : 300))];
		expect(linesToText(pages, 595)).toBe(`${short.join('\n')}\n`);
		// The same lines on a page whose right margin they reach are wrapped lines.
		expect(linesToText(pages, 350)).toBe(`${short[0]}${short[1]}\n${short[2]}\n`);
		// But a header's field under another keeps its line (`２　場所　…` is no rest of the date above it).
		const fields = ['１　日時　令和6年7月1日（月）14:00～16:00', '２　場所　総務省第１会議室', '○鈴木課長　資料の要点は次のとおりです。'];
		expect(linesToText([fields.map((text, i) => line(text, 700 - 15 * i, i === 1 ? 180 : 300))], 350)).toBe(`${fields.join('\n')}\n`);
	});
});

describe('a PDF table of attendees', () => {
	// Cells two or more ideographic spaces apart, as a word processor pads a roll; pdf.js gives such a gap as one " " run.
	const text = [
		'第５回　地域医療構想検討会　議事録',
		'',
		'日時：令和６年７月１０日（水）１４：００～１６：００',
		'場所：県庁第一会議室',
		'出席者：',
		'　氏名　　　　所属・役職',
		'　山田　太郎　　○○大学医学部教授（座長）',
		'　佐藤　花子　　県医師会副会長',
		'説明のため出席した者',
		'　子ども未来部長　　　中村　誠',
		'　保育課長　　　　　　小林　恵',
		'',
		'議事',
		'○山田座長　それでは始めます。',
		'',
	].join('\n');

	test('keeps the width of the gaps, so the rows read as in the text seed', async () => {
		const pdf = await minutesPdf(text, { header: '第５回　地域医療構想検討会　議事録' });
		const extracted = await pdfToText(pdf.bytes);
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).toContain('山田　太郎　　○○大学医学部教授（座長）');
		const fromText = parseMinutes(text, { source: 'a.txt', sourceHash: '0'.repeat(64) }).meeting;
		const fromPdf = parseMinutes(extracted.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(fromPdf?.participants).toEqual(fromText?.participants);
		expect(fromPdf?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title, member.affiliation]))).toEqual([
			['山田　太郎', null, '○○大学医学部教授（座長）'],
			['佐藤　花子', null, '県医師会副会長'],
			['中村　誠', '子ども未来部長', null],
			['小林　恵', '保育課長', null],
		]);
	});
});

describe('a PDF whose letters are all set apart (Word’s document grid, 一太郎’s fixed pitch)', () => {
	test.each([0.2, 0.3])('at %s em gives the remarks of the text seed', async (spacing) => {
		const name = seedNames[0] ?? '';
		const text = await readFile(join(SEEDS, name), 'utf8');
		const header = (text.trim().split('\n')[0] ?? '').replace(/^#+\s*/u, '');
		const pdf = await minutesPdf(text, { header, characterSpacing: spacing });
		const extracted = await pdfToText(pdf.bytes);
		if (!extracted.ok) throw new Error(extracted.message);
		const fromText = parseMinutes(text, { source: name, sourceHash: '0'.repeat(64) }).meeting;
		const fromPdf = parseMinutes(extracted.text, { source: name, sourceHash: '0'.repeat(64) }).meeting;
		expect(fromPdf?.date).toBe(fromText?.date);
		// (Where the lines break is another matter: the widths of letter-spaced lines do not tell every wrapped line.)
		const words = (remarks: readonly { speaker: string; text: string }[] = []) => remarks.map((remark) => [remark.speaker, remark.text.replace(/\s/gu, '')]);
		expect(words(fromPdf?.remarks)).toEqual(words(fromText?.remarks));
	});
});

describe('a page set a quarter turn (a landscape table on a portrait page)', () => {
	test('is read along its turned lines, line after line, and named in a warning', async () => {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
		const upright = doc.addPage([595, 842]);
		['第１回テスト委員会　議事録', '日時：令和６年９月１日（月）午前１０時', '○山田委員長　開会します。採決の結果は別表のとおりです。'].forEach((text, i) => upright.drawText(text, { x: 72, y: 760 - 20 * i, size: 10.5, font }));
		// Each line runs up the page; the next line stands to its right (as a table drawn for a landscape view).
		const turned = doc.addPage([595, 842]);
		['別表　賛否一覧', '議案番号　　件名　　　　　結果', '議案第１号　　税条例の改正　　原案可決', '議案第２号　　補正予算　　　原案可決'].forEach((text, i) => turned.drawText(text, { x: 80 + 24 * i, y: 80, size: 10.5, font, rotate: degrees(90) }));
		const extracted = await pdfToText(await doc.save());
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
		expect(lines.slice(-4)).toEqual(['別表　賛否一覧', '議案番号　　件名　　　　　結果', '議案第１号　　税条例の改正　　原案可決', '議案第２号　　補正予算　　　原案可決']);
		expect(extracted.warnings.map((w) => w.code)).toContain('pdf-turned-page');
	});

	test('a page stored turned and shown upright by its /Rotate is read along its lines, without the landscape warning', async () => {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
		const page = doc.addPage([595, 842]);
		page.setRotation(degrees(90));
		['第１回テスト委員会　議事録', '日時：令和６年９月１日（月）午前１０時', '○山田委員長　開会します。'].forEach((text, i) => page.drawText(text, { x: 80 + 24 * i, y: 80, size: 10.5, font, rotate: degrees(90) }));
		const extracted = await pdfToText(await doc.save());
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n').map((line) => line.trim()).filter((line) => line !== '')).toEqual(['第１回テスト委員会　議事録', '日時：令和６年９月１日（月）午前１０時', '○山田委員長　開会します。']);
		expect(extracted.warnings.map((w) => w.code)).not.toContain('pdf-turned-page');
	});
});

describe('vertical writing (縦書き)', () => {
	const lines = ['第三回若草市環境審議会会議録', '日時　令和六年五月二十日', '○森田会長　ただいまから会議を開きます。', '○今井委員　資料について質問があります。'];
	/** A page of vertical columns, right to left, each column drawn by `draw`. */
	async function columns(draw: (page: import('pdf-lib').PDFPage, font: import('pdf-lib').PDFFont, text: string, x: number) => void): Promise<Uint8Array> {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
		const page = doc.addPage([595, 842]);
		lines.forEach((text, i) => draw(page, font, text, 520 - 28 * i));
		return doc.save();
	}

	test.each([
		['each column a run turned a quarter clockwise, as an `@` font is set', (page: import('pdf-lib').PDFPage, font: import('pdf-lib').PDFFont, text: string, x: number) => page.drawText(text, { x, y: 780, size: 12, font, rotate: degrees(-90) })],
		['each letter drawn upright under the one before', (page: import('pdf-lib').PDFPage, font: import('pdf-lib').PDFFont, text: string, x: number) => [...text].forEach((letter, k) => page.drawText(letter, { x, y: 780 - 12 * k, size: 12, font }))],
	])('%s: read column by column, right to left, with a warning', async (_, draw) => {
		const extracted = await pdfToText(await columns(draw));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n').filter((line) => line.trim() !== '')).toEqual(lines);
		expect(extracted.warnings.find((w) => w.code === 'pdf-vertical')?.message).toBe('page 1 is set in vertical writing (縦書き): read column by column, right to left');
	});

	/**
	 * Pages set as a word processor exports vertical writing (LibreOffice draws each letter upright in its place and
	 * half-width digits and Latin letters turned a quarter clockwise, sideways in the column), `tiers` tiers (段) a page
	 * between margins of 62 pt, a tier's columns wrapped at its foot (`、` and `。` hung under it), the page number in
	 * horizontal type at the foot.
	 */
	async function verticalPages(paragraphs: readonly string[], tiers: number): Promise<Uint8Array> {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
		const size = 10.5;
		const pitch = 15;
		const top = 780;
		const gap = 2 * size;
		const perTier = Math.floor((842 - 2 * 62 - (tiers - 1) * gap) / tiers / size);
		const columnsPerPage = Math.floor((520 - 60) / pitch);
		let page: import('pdf-lib').PDFPage | null = null;
		let pages = 0;
		let column = 0;
		let tier = 0;
		const next = () => {
			column++;
			if (page && column < columnsPerPage) return;
			column = 0;
			if (page && ++tier < tiers) return;
			tier = 0;
			page = doc.addPage([595, 842]);
			pages++;
			page.drawText(`－${pages}－`, { x: 280, y: 40, size, font });
		};
		for (const [index, paragraph] of paragraphs.entries()) {
			// The last paragraph on a page of its own: a few letters, too few to tell the page's writing by themselves.
			if (index === paragraphs.length - 1) {
				column = columnsPerPage;
				tier = tiers;
			}
			next();
			// Each letter, or a run of half-width digits and Latin letters, in its place down the column; wrapped at the tier's foot.
			let along = 0;
			for (const piece of paragraph.match(/[0-9A-Za-z,.]+|./gu) ?? []) {
				const sideways = /^[0-9A-Za-z,.]/u.test(piece);
				const length = sideways ? font.widthOfTextAtSize(piece, size) : size;
				if (along + length > perTier * size && !/^[、。]$/u.test(piece)) {
					next();
					along = 0;
				}
				const x = 520 - column * pitch;
				const y = top - tier * (perTier * size + gap) - along;
				const sheet = page as unknown as import('pdf-lib').PDFPage;
				if (sideways) sheet.drawText(piece, { x: x + 1, y, size, font, rotate: degrees(-90) });
				else if (piece !== '　') sheet.drawText(piece, { x, y: y - 0.88 * size, size, font });
				along += length;
			}
		}
		return doc.save();
	}

	const record = [
		'令和6年第3回みどり町議会定例会会議録（第2号）',
		'令和6年9月10日（火曜日）',
		'午前10時開議',
		'○議長（山田太郎君）　ただいまから本日の会議を開きます。日程第1、一般質問を行います。2番鈴木花子君。',
		'○2番（鈴木花子君）　町道の整備について伺います。町内の生活道路は老朽化が進んでおり、特に通学路の安全確保が急がれております。ICTを活用した見守りについて、令和7年度の予算で対応する考えがあるのか、町長の考えをお聞かせください。',
		'○町長（佐々木次郎君）　お答えいたします。通学路の安全確保につきましては、令和7年度から3か年の計画で整備を進めてまいります。事業費は約1,200万円を見込んでおります。',
		'○議長（山田太郎君）　以上で本日の日程は全部終了いたしました。本日はこれで散会いたします。',
		'午前11時20分散会',
	];

	test.each([
		['one tier', 1],
		['three tiers (段組), read tier by tier', 3],
	])('a record exported in vertical writing on %s: each paragraph whole, in order, the page numbers left out', async (_, tiers) => {
		const paragraphs = [...record.slice(0, 4), ...Array.from({ length: 6 }, () => record.slice(4, 6)).flat(), ...record.slice(6)];
		const extracted = await pdfToText(await verticalPages(paragraphs, tiers));
		if (!extracted.ok) throw new Error(extracted.message);
		const read = extracted.text.split('\n').filter((line) => line.trim() !== '');
		// (Half-width digits sideways in a column are read with the space a word processor sets around them.)
		expect(read.map((line) => line.replace(/ /gu, ''))).toEqual(paragraphs);
		expect(extracted.warnings.find((w) => w.code === 'pdf-vertical')?.message).toMatch(/^pages 1–\d are set in vertical writing/u);
		const meeting = parseMinutes(extracted.text, { source: 'vertical.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.date).toBe('2024-09-10');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(paragraphs.slice(3, -1).map((paragraph) => /^○([^　]+)/u.exec(paragraph)?.[1]));
	});

	test('a roll whose cells line up down the page is one tier: each column read whole', async () => {
		// (A page of the roll alone, as a long roll's second page is: its columns' cells leave a band no column crosses.)
		const roll = ['出席議員', ...Array.from({ length: 6 }, (_, i) => `${'一二三四五六'[i]}番　山田太郎君　　　　　　${'七八九十'[i % 4]}番　鈴木花子君`)];
		const extracted = await pdfToText(await verticalPages(roll, 1));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n').filter((line) => line.trim() !== '').map((line) => line.replace(/[ \u3000]+/gu, ' '))).toEqual(roll.map((line) => line.replace(/[ \u3000]+/gu, ' ')));
	});

	test('a page stored turned the other way and shown upright by its /Rotate is no vertical writing', async () => {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
		const page = doc.addPage([595, 842]);
		page.setRotation(degrees(270));
		['第１回テスト委員会　議事録', '日時：令和６年９月１日（月）午前１０時', '○山田委員長　開会します。'].forEach((text, i) => page.drawText(text, { x: 500 - 24 * i, y: 760, size: 10.5, font, rotate: degrees(-90) }));
		const extracted = await pdfToText(await doc.save());
		expect(extracted.ok).toBe(true);
	});
});

describe('a footnote at the foot of a page, set small with its mark', () => {
	test('goes after the text under a rule, a paragraph of its own and no one’s words, not glued to the last sentence', async () => {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
		const first = doc.addPage([595, 842]);
		['第２回テスト委員会　議事録', '日時：令和６年９月４日（水）午前１０時', '○山田委員長　開会します。', '○市民課長　戸籍法の一部改正※１により、広域交付が可能となります。'].forEach((text, i) => first.drawText(text, { x: 72, y: 760 - 24 * i, size: 10.5, font }));
		first.drawLine({ start: { x: 72, y: 70 }, end: { x: 250, y: 70 }, thickness: 0.5 });
		first.drawText('※１　戸籍法の一部を改正する法律（令和元年法律第１７号）', { x: 72, y: 58, size: 7, font });
		const second = doc.addPage([595, 842]);
		['○今井委員　窓口の体制について伺います。', '○市民課長　当面は現在の体制で対応いたします。'].forEach((text, i) => second.drawText(text, { x: 72, y: 760 - 24 * i, size: 10.5, font }));
		const extracted = await pdfToText(await doc.save());
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.trimEnd().split('\n');
		expect(lines.slice(-3)).toEqual(['', '────◇────', '※１　戸籍法の一部を改正する法律（令和元年法律第１７号）']);
		expect(lines.find((line) => line.includes('当面は現在の体制で対応いたします。'))).toBe('○市民課長　当面は現在の体制で対応いたします。');
		expect(extracted.warnings.map((w) => w.code)).toContain('pdf-footnotes');
		// Read, it is in no one's remark, in the council's layout as in an assembly's.
		for (const text of [extracted.text, extracted.text.replace('第２回テスト委員会　議事録', '令和６年第２回テスト市議会定例会会議録（第２号）').replace('日時：令和６年９月４日（水）午前１０時', '令和６年９月４日（水曜日）\n午前１０時開議').replace(/○(山田委員長|市民課長|今井委員)　/gu, '○$1（山田一郎君）　')]) {
			const meeting = parseMinutes(text, { source: 'footnote.pdf', sourceHash: '0'.repeat(64) }).meeting;
			expect(meeting?.remarks.length).toBeGreaterThan(2);
			expect(meeting?.remarks.filter((remark) => remark.text.includes('戸籍法の一部を改正する法律'))).toEqual([]);
		}
	});
});

describe('a scan stamped with a running head and page numbers as text', () => {
	test('is refused as a PDF without a text layer, not called an empty file', async () => {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: true });
		for (let number = 1; number <= 3; number++) {
			const page = doc.addPage([595, 842]);
			page.drawText('みどり台市議会会議録', { x: 60, y: 812, size: 9, font });
			page.drawText(`－ ${number} －`, { x: 285, y: 20, size: 9, font });
		}
		const extracted = await pdfToText(await doc.save());
		expect(extracted.ok).toBe(false);
		if (extracted.ok) return;
		expect(extracted.message).toMatch(/^the PDF has no text layer but its pages' heads and numbers \(a scanned image\?\)/u);
	});
});

describe('a file of two meetings, each with its title atop its page', () => {
	test('keeps both titles (they differ in the session), while the running head over both is dropped', () => {
		const page = (session: string, first: string) => [line('令和６年度 さかえ市文化財保護審議会 会議録', 792), line(`第${session}回 さかえ市文化財保護審議会 会議録`, 757), line(first, 727), line('○大川会長　開会します。', 700)];
		const pages = dropPageFurniture([page('５', '日時　令和６年９月２６日（木）午後２時'), page('６', '日時　令和６年１２月１９日（木）午前１０時')]);
		expect(pages.map((lines) => lines[0]?.text)).toEqual(['第５回 さかえ市文化財保護審議会 会議録', '第６回 さかえ市文化財保護審議会 会議録']);
	});
});

describe('what a producer draws besides the text', () => {
	/** A one-page PDF of a few minutes lines, with `extra` drawing more on the page. */
	async function page(extra: (page: import('pdf-lib').PDFPage, font: import('pdf-lib').PDFFont) => void, lines = ['第４回テスト審議会　議事録', '日時：令和６年１１月１８日（月）午前１０時', '○岩崎会長　ただいまから開会します。', '○清水課長　資料１の素案について御説明します。創業支援策の拡充を計画に書き込みます。']): Promise<Uint8Array> {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: false });
		const sheet = doc.addPage([595, 842]);
		lines.forEach((text, i) => sheet.drawText(text, { x: 72, y: 760 - 20 * i, size: 10.5, font }));
		extra(sheet, font);
		return doc.save();
	}

	test('a watermark drawn across the page at an angle is left out, with a warning', async () => {
		const extracted = await pdfToText(await page((sheet, font) => sheet.drawText('案', { x: 250, y: 700, size: 120, font, rotate: degrees(45) })));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).toContain('創業支援策の拡充を計画に書き込みます。');
		// (`案` once: in 素案, not from the watermark.)
		expect(extracted.text.match(/案/gu)).toHaveLength(1);
		expect(extracted.warnings.map((w) => w.code)).toContain('pdf-angled-text');
	});

	test('text drawn two or three times a hair apart (bold made so) is read once', async () => {
		const extracted = await pdfToText(
			await page(
				(sheet, font) => {
					for (const dx of [0, 0.25, 0.5]) sheet.drawText('（１）基本計画の素案について', { x: 72 + dx, y: 660, size: 10.5, font });
				},
				['第４回テスト審議会　議事録', '日時：令和６年１１月１８日（月）午前１０時', '○岩崎会長　ただいまから開会します。'],
			),
		);
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n').map((line) => line.trim())).toContain('（１）基本計画の素案について');
		expect(extracted.warnings.map((w) => w.code)).toContain('pdf-doubled-text');
	});

	test('a label shown twice in one text object, its second showing joined to the words after it, is read once', async () => {
		const extracted = await pdfToText(
			await page(
				(sheet, font) => {
					// `Tj 0.3 0 Td Tj` and the rest of the line: pdf.js gives `【会長】` and `【会長】ただいまから…` apart.
					sheet.drawText('【会長】', { x: 72, y: 680, size: 10.5, font });
					sheet.drawText('【会長】ただいまから第２回協議会を開会します。', { x: 72.3, y: 680, size: 10.5, font });
				},
				['第２回テスト協議会　議事録', '日時：令和６年１０月３日（木）午後２時'],
			),
		);
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).toContain('【会長】ただいまから第２回協議会を開会します。');
		expect(extracted.text).not.toContain('【会長】【会長】');
	});

	test('a PDF set in a vertical font (written top to bottom) is read column by column, right to left', async () => {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: false });
		const sheet = doc.addPage([595, 842]);
		const written = ['昭和六十二年第一回あさひ町議会定例会会議録', '昭和六十二年三月十日午前十時開議', '○議長（山田太郎君）　ただいまから本日の会議を開きます。', '○町長（鈴木一郎君）　お答えいたします。'];
		written.forEach((text, i) => sheet.drawText(text, { x: 520 - 24 * i, y: 780, size: 11, font }));
		await doc.flush();
		doc.context.lookup(font.ref, PDFDict).set(PDFName.of('Encoding'), PDFName.of('Identity-V'));
		const extracted = await pdfToText(await doc.save());
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text.split('\n').filter((line) => line.trim() !== '')).toEqual(written);
		const meeting = parseMinutes(extracted.text, { source: 'vertical.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.date).toBe('1987-03-10');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（山田太郎君）', '町長（鈴木一郎君）']);
	});
});

describe('a 議事要旨 drawn as a table of speakers and their words (`発言者｜発言内容`)', () => {
	/** Rows of the table: the speaker's cell (a line or two) and the lines of the words, the cell centred in its row. */
	const rows: [string[], string[]][] = [
		[['森田会長'], ['ただいまから本年度２回目のみどり市環境審議会を開会いたします。本日は委', '員７名中６名の出席があり、審議会規則第６条の規定により会議は成立してお', 'ります。議事に入る前に、事務局から配付資料の確認をお願いします。']],
		[['事務局', '（小池課長）'], ['配付資料は、次第、委員名簿、資料１「第３次環境基本計画の進捗状況」、資', '料２「温室効果ガス排出量の推計結果」、参考資料の計５点です。不足がござ', 'いましたらお申し出ください。']],
		[['石井委員'], ['家庭系ごみについて伺います。減少の幅が小さいとのことですが、分別の徹底', 'や生ごみの減量について、具体的にどのような取組を考えているのでしょうか。']],
		[['村上環境部長'], ['御指摘のとおりです。現在、森林環境譲与税を活用した里山整備の支援制度を', '検討しております。']],
	];

	async function tablePdf(): Promise<Uint8Array> {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		const font = await doc.embedFont(await readFile(join(fontDir(), 'NotoSansJP_400Regular.ttf')), { subset: false });
		const size = 10.5;
		const pitch = 16;
		let page = doc.addPage([595, 842]);
		['令和６年度 第２回 みどり市環境審議会 議事要旨', '日時　令和６年８月２２日（木）午後２時００分～午後３時４０分', '議事内容'].forEach((text, i) => page.drawText(text, { x: 60, y: 780 - 20 * i, size, font }));
		let y = 700;
		const header = () => {
			page.drawText('発言者', { x: 88, y, size, font });
			page.drawText('発言内容', { x: 320, y, size, font });
			y -= pitch + 12;
		};
		header();
		rows.forEach(([cell, words], index) => {
			// The last row on a page of its own, under the header repeated.
			if (index === rows.length - 1) {
				page = doc.addPage([595, 842]);
				y = 780;
				header();
			}
			const top = y;
			words.forEach((line) => {
				page.drawText(line, { x: 154, y, size, font });
				y -= pitch;
			});
			const middle = (top + y + pitch) / 2;
			cell.forEach((label, i) => page.drawText(label, { x: 83, y: middle + (pitch / 2) * (cell.length - 1) - pitch * i, size, font }));
			y -= 12;
		});
		return doc.save();
	}

	test('each speaker’s cell comes before the words of its row, the repeated header row left out', async () => {
		const extracted = await pdfToText(await tablePdf());
		if (!extracted.ok) throw new Error(extracted.message);
		const lines = extracted.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
		expect(lines.slice(3)).toEqual([
			'森田会長　　ただいまから本年度２回目のみどり市環境審議会を開会いたします。本日は委員７名中６名の出席があり、審議会規則第６条の規定により会議は成立しております。議事に入る前に、事務局から配付資料の確認をお願いします。',
			'事務局（小池課長）　　配付資料は、次第、委員名簿、資料１「第３次環境基本計画の進捗状況」、資料２「温室効果ガス排出量の推計結果」、参考資料の計５点です。不足がございましたらお申し出ください。',
			'石井委員　　家庭系ごみについて伺います。減少の幅が小さいとのことですが、分別の徹底や生ごみの減量について、具体的にどのような取組を考えているのでしょうか。',
			'村上環境部長　　御指摘のとおりです。現在、森林環境譲与税を活用した里山整備の支援制度を検討しております。',
		]);
		const result = parseMinutes(extracted.text, { source: 'table.pdf', sourceHash: 'a'.repeat(64) });
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森田会長', '事務局（小池課長）', '石井委員', '村上環境部長']);
	});
});

/** The parts of a record a PDF must reproduce: everything but the provenance, with each `line` kept aside. */
function withoutProvenance(meeting: Meeting | null): { record: unknown; lines: number[] } {
	if (!meeting) throw new Error('no record');
	const { source: _source, sourceHash: _hash, ...rest } = meeting;
	const lines = [...meeting.sections.map((s) => s.line), ...meeting.remarks.map((r) => r.line)];
	const record = JSON.parse(JSON.stringify(rest, (key, value: unknown) => (key === 'line' ? undefined : value)));
	return { record, lines };
}

describe.each(seedNames)('the PDF of %s', (name) => {
	let text: string;
	let pdf: MinutesPdf;
	let extracted: Awaited<ReturnType<typeof pdfToText>>;
	beforeAll(async () => {
		text = await readFile(join(SEEDS, name), 'utf8');
		const header = (text.trim().split('\n')[0] ?? '').replace(/^#+\s*/u, '');
		pdf = await minutesPdf(text, { header });
		extracted = await pdfToText(pdf.bytes);
	});

	test('is laid out like a ministry PDF: several pages, wrapped lines, pages breaking mid-paragraph', () => {
		expect(pdf.pages).toBeGreaterThan(2);
		expect(pdf.wrappedLines).toBeGreaterThan(10);
		expect(pdf.breaksInParagraph).toBeGreaterThan(0);
	});

	test('gives the same record and body as the text seed, apart from source, hash and line numbers', () => {
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).not.toMatch(/^- \d+ -$/mu);
		const fromText = parseMinutes(text, { source: name, sourceHash: sha256(text) });
		const fromPdf = parseMinutes(extracted.text, { source: name.replace(/\.txt$/u, '.pdf'), sourceHash: sha256(pdf.bytes) });
		expect(fromPdf.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(withoutProvenance(fromPdf.meeting).record).toEqual(withoutProvenance(fromText.meeting).record);
		const strip = (body: unknown) => JSON.parse(JSON.stringify(body, (key, value: unknown) => (key === 'line' ? undefined : value)));
		expect(strip(fromPdf.body)).toEqual(strip(fromText.body));
	});

	test('line numbers are those of the seed less its leading blank lines and blank lines that fell on a page break', () => {
		if (!extracted.ok) throw new Error(extracted.message);
		const leading = /^\n*/u.exec(text)?.[0].length ?? 0;
		const seedLines = withoutProvenance(parseMinutes(text, { source: name, sourceHash: '0'.repeat(64) }).meeting).lines;
		const pdfLines = withoutProvenance(parseMinutes(extracted.text, { source: name, sourceHash: '0'.repeat(64) }).meeting).lines;
		const offsets = seedLines.map((seedLine, i) => seedLine - (pdfLines[i] ?? 0));
		for (const offset of offsets) {
			expect(offset).toBeGreaterThanOrEqual(leading);
			expect(offset).toBeLessThanOrEqual(leading + pdf.pages - 1);
		}
	});
});

describe('text in a font without a Unicode map', () => {
	/** The PDF with every font's /ToUnicode map removed: pdf.js then gives glyph numbers (control characters, symbols) as text. */
	const withoutUnicodeMaps = async (bytes: Uint8Array): Promise<Uint8Array> => {
		const doc = await PDFDocument.load(bytes);
		for (const [, object] of doc.context.enumerateIndirectObjects()) if (object instanceof PDFDict) object.delete(PDFName.of('ToUnicode'));
		return doc.save({ useObjectStreams: false });
	};

	test('is refused with a message saying why, not published as symbols', async () => {
		const text = await readFile(join(SEEDS, seedNames[0] ?? ''), 'utf8');
		const pdf = await minutesPdf(text, { header: '資料' });
		const extracted = await pdfToText(await withoutUnicodeMaps(pdf.bytes));
		expect(extracted.ok).toBe(false);
		expect(!extracted.ok && extracted.message).toMatch(/^pages 1–\d+ have text in a font without a Unicode map \(100% of the characters\), so it reads as symbols, not Japanese/u);
		// The same PDF with its maps reads as before.
		expect((await pdfToText(pdf.bytes)).ok).toBe(true);
	});

	test('names the pages where one font of several has no map, and how much of the text is in it', () => {
		const run = (text: string, font: string): TextRun => ({ text, x: 100, y: 700, width: 100, size: 10, font });
		const page = (...runs: TextRun[]) => ({ height: 842, width: 595, runs });
		const pages = [page(run('サイバーセキュリティタスクフォース', 'F1')), page(run('議事要旨の本文です。', 'F1'), run('\u0001\u0002>?NO', 'F2')), page(run('以上', 'F1'), run('PQRS', 'F2'))];
		const found = unmappedText(pages);
		expect(found.pages).toEqual([2, 3]);
		expect(found.share).toBeCloseTo(10 / 39, 5);
		expect(unmappedText([page(run('議事要旨', 'F1'))])).toEqual({ pages: [], share: 0 });
	});

	test('a font whose glyph numbers fall on letters of scripts no minutes are written in (a label font without a map) is one without a map', () => {
		const run = (text: string, font: string): TextRun => ({ text, x: 100, y: 700, width: 100, size: 10, font });
		const page = (...runs: TextRun[]) => ({ height: 842, width: 595, runs });
		const found = unmappedText([page(run('Ϯ㔲』ፘᡒ⤨㔲', 'F2'), run('ただいまから会議を開会いたします。', 'F1')), page(run('ϮᎵ㍵ᇐᨿᡒ⤨⽭㔲', 'F2'), run('議案第１５号を議題といたします。', 'F1'))]);
		expect(found.pages).toEqual([1, 2]);
		// Greek, Hangul syllables and units (㎡) as minutes quote them are no sign of one.
		expect(unmappedText([page(run('αβγδ 안녕하세요 ㎡ ㍻', 'F3'), run('議事要旨', 'F1'))])).toEqual({ pages: [], share: 0 });
	});
});

describe('a damaged page', () => {
	test('is a warning naming the page and what pdf.js said, where pdf.js reads past the damage quietly', async () => {
		const text = await readFile(join(SEEDS, seedNames[0] ?? ''), 'utf8');
		const doc = await PDFDocument.load((await minutesPdf(text, { header: '資料' })).bytes);
		const page = doc.getPages()[1];
		if (!page) throw new Error('no second page');
		// Page 2's text, cut off inside a string, as a broken download or a bad edit leaves it.
		const font = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict).keys()[0]?.asString() ?? '/F1';
		page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(`BT ${font} 10 Tf 100 700 Td <3042304430463048304A> Tj ET BT ${font} 10 Tf 100 680 Td (unterminated`)));
		const extracted = await pdfToText(await doc.save({ useObjectStreams: false }));
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.warnings.filter((w) => w.code === 'pdf-damaged-page')).toEqual([{ severity: 'warning', code: 'pdf-damaged-page', line: 1, message: expect.stringMatching(/^the PDF is damaged on page 2 \(pdf\.js: "[^"]+"\): text there may be missing/u) }]);
	});
});

describe('PDF seeds in the converter', () => {
	let dir: string;
	let pdfBytes: Uint8Array;
	const seedName = seedNames[0] ?? '';
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'pdf-seeds-'));
		const text = await readFile(join(SEEDS, seedName), 'utf8');
		pdfBytes = (await minutesPdf(text, { header: '資料' })).bytes;
		const png = new Uint8Array(await sharp({ create: { width: 300, height: 400, channels: 3, background: '#888' } }).png().toBuffer());
		await writeFile(join(dir, 'seeds-meeting.pdf'), pdfBytes);
		await writeFile(join(dir, 'scanned.pdf'), await imageOnlyPdf(png));
		await writeFile(join(dir, 'truncated.pdf'), pdfBytes.subarray(0, Math.floor(pdfBytes.length / 2)));
		await writeFile(join(dir, 'locked.pdf'), (await minutesPdf(text.slice(0, 2000), { header: '資料', encrypt: true })).bytes);
		await writeFile(join(dir, 'other.txt'), await readFile(join(SEEDS, seedNames[1] ?? '')));
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('a good PDF becomes a record whose source is the PDF; bad ones get one line each and nothing else changes', async () => {
		const seedsDir = join(dir, '');
		const report = await convertSeeds({ seedsDir, outDir: join(dir, 'out'), parse: parseDocuments, cache: false });
		const byName = Object.fromEntries(report.seeds.map((s) => [s.name, s]));
		expect(byName['seeds-meeting.pdf']?.status).toBe('written');
		expect(byName['other.txt']?.status).toBe('written');
		const mdx = await readFile(join(dir, 'out', `${byName['seeds-meeting.pdf']?.entryIds[0]}.mdx`), 'utf8');
		expect(mdx).toContain('source: "seeds-meeting.pdf"');
		expect(mdx).toContain(`sourceHash: "${sha256(pdfBytes)}"`);
		expect(mdx).not.toContain('- 2 -');

		const problems = report.lines.filter((l) => !l.startsWith('converted'));
		expect(problems, problems.join('\n')).toHaveLength(3);
		expect(problems.find((l) => l.includes('scanned.pdf'))).toMatch(/^.*scanned\.pdf: the PDF has no text layer .*text version/u);
		expect(problems.find((l) => l.includes('truncated.pdf'))).toMatch(/^.*truncated\.pdf: the PDF is incomplete .*text version/u);
		expect(problems.find((l) => l.includes('locked.pdf'))).toMatch(/^.*locked\.pdf: the PDF is encrypted with a password.*text version/u);
		expect(report.errors).toBe(3);
	});

	test('a file that is not a PDF at all and a PDF with its end cut off after the marker are reported, not thrown', async () => {
		expect(await pdfToText(new TextEncoder().encode('サイバーセキュリティ'))).toEqual({ ok: false, code: 'not-pdf-text', line: null, message: expect.stringMatching(/^not a PDF file/u) });
		const broken = new Uint8Array([...pdfBytes.subarray(0, 200), ...new TextEncoder().encode('\n%%EOF\n')]);
		expect(await pdfToText(broken)).toEqual({ ok: false, code: 'not-pdf-text', line: null, message: expect.stringMatching(/^(?:not a readable PDF|the PDF has no text layer)/u) });
	});
});

describe('PDFs are read within limits', () => {
	let pdf: MinutesPdf;
	let bomb: Uint8Array;
	beforeAll(async () => {
		pdf = await minutesPdf(await readFile(join(SEEDS, seedNames[0] ?? ''), 'utf8'), { header: '資料' });
		bomb = await bombPdf(1_000_000);
	});
	const HINT = 'split the PDF into several files, or put a text version (.txt, UTF-8) into seeds/ instead';

	test('the default limits', () => {
		expect(PDF_LIMITS).toEqual({ pages: 2000, runsPerPage: 200_000, runs: 2_000_000, characters: 20_000_000, timeoutMs: 60_000, memoryMb: 1024 });
	});

	test.each([
		['pages', { pages: 2 }, /^the PDF is too big to read: it has \d+ pages, more than the limit of 2; /u],
		['text runs on a page', { runsPerPage: 10 }, /^the PDF is too big to read: page 1 has \d+ pieces of text, more than the limit of 10 per page; /u],
		['text runs in all', { runs: 50 }, /^the PDF is too big to read: it has more than 50 pieces of text; /u],
		['characters', { characters: 1000 }, /^the PDF is too big to read: it has more than 1000 characters of text; /u],
		['time', { timeoutMs: 1 }, /^the PDF is too big to read: reading it took longer than 0.001 s; /u],
	])('over the limit of %s: one message naming the limit', async (_, limits, message) => {
		const result = await pdfToText(pdf.bytes, { ...PDF_LIMITS, ...limits });
		expect(result).toEqual({ ok: false, code: 'pdf-limit', line: null, message: expect.stringMatching(message) });
		expect(!result.ok && result.message.endsWith(HINT)).toBe(true);
	});

	test('a compression bomb (60 KB inflating to a million text runs) stops at the default per-page limit', async () => {
		expect(bomb.length).toBeLessThan(100_000);
		const result = await pdfToText(bomb);
		expect(result).toMatchObject({ ok: false, code: 'pdf-limit', message: expect.stringMatching(/^the PDF is too big to read: page 1 has 1000002 pieces of text, more than the limit of 200000 per page; /u) });
	});

	test('a worker short of memory is stopped and reported, not the conversion', async () => {
		const result = await pdfToText(bomb, { ...PDF_LIMITS, memoryMb: 8, timeoutMs: 4000 });
		expect(result).toMatchObject({ ok: false, code: 'pdf-limit', message: expect.stringMatching(/reading it (needed more than 8 MB of memory|took longer than 4 s)/u) });
	});
});

describe('PDF text is cleaned like text seeds', () => {
	test('Kangxi radicals and supplement radicals in the text layer become ideographs, with one warning', async () => {
		const text = '⾏政の⻑期的な取組について⼩⼭構成員から説明があった。\n\n質疑応答が⾏われた。\n';
		const { bytes } = await minutesPdf(text, { header: '資料' });
		const result = await pdfToText(bytes);
		if (!result.ok) throw new Error(result.message);
		expect(result.text).toContain('行政の長期的な取組について小山構成員から説明があった。');
		expect(result.text).toContain('質疑応答が行われた。');
		expect(result.text).not.toMatch(/[\u2e80-\u2fd5]/u);
		expect(result.warnings).toEqual([{ severity: 'warning', code: 'cjk-radical', line: result.text.split('\n').findIndex((l) => l.includes('行政')) + 1, message: expect.stringMatching(/^5 CJK radical or compatibility characters/u) }]);
	});
});
