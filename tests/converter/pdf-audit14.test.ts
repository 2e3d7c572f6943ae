/**
 * PDFs of the fourteenth audit: a header field's value and a table cell's words wrapped under themselves, past their label
 * (Word's and Excel's way), are one value; they had been cut in two (`遠` / `藤　亮`: two people of the roll). A scan's text
 * layer with a space after its words loses those spaces (its date had been read as another day).
 */
import { describe, expect, test } from 'vitest';
import { dropOcrSpaces } from '../../src/converter/pdf.ts';
import { linesToText, type TextLine } from '../../src/converter/pdf-layout.ts';

const line = (text: string, y: number, right = 500, x = 100): TextLine => ({ text, x, right, y, size: 10 });

describe('a value wrapped under itself, past its label', () => {
	test("a roll's names: the wrapped line joins its value; the next group, after a short line, stays its own", () => {
		const text = linesToText([
			[
				line('２　場　所　あおば市役所　本庁舎５階　第１会議室', 720, 380),
				line('３　出席者　委員　田村　和彦（会長）、小松　由紀（副会長）、石田　誠、遠', 705),
				line('藤　亮', 690, 190, 160),
				line('事務局　環境政策課長　川口　修', 675, 460, 160),
				line('４　議　題　（１）第３次あおば市環境基本計画の中間見直しについて', 660, 500),
			],
		]);
		expect(text.split('\n').filter((row) => row !== '')).toEqual([
			'２　場　所　あおば市役所　本庁舎５階　第１会議室',
			'３　出席者　委員　田村　和彦（会長）、小松　由紀（副会長）、石田　誠、遠藤　亮',
			'\u3000\u3000\u3000\u3000\u3000\u3000事務局　環境政策課長　川口　修',
			'４　議　題　（１）第３次あおば市環境基本計画の中間見直しについて',
		]);
	});

	test("a table of speakers: a cell's words wrapped under the cell, also on a third line", () => {
		const text = linesToText([
			[
				line('杉山課長　　　　　上半期の総合相談の件数は１，４１２件で、前年同期より', 700),
				line('８％増えました。認知症に関する相談と、家族の介護の負担に関する相談', 685, 500, 190),
				line('が増えております。', 670, 280, 190),
				line('桑原委員　　　　　初期集中支援チームの活動状況はどうなっていますか。', 655, 470),
			],
		]);
		expect(text.split('\n').filter((row) => row !== '')).toEqual([
			'杉山課長　　　　　上半期の総合相談の件数は１，４１２件で、前年同期より８％増えました。認知症に関する相談と、家族の介護の負担に関する相談が増えております。',
			'桑原委員　　　　　初期集中支援チームの活動状況はどうなっていますか。',
		]);
	});

	test("a paragraph's first line, indented one letter after a full line, starts a paragraph of its own", () => {
		const text = linesToText([
			[
				line('１　事務局から資料１に基づき、計画の進捗状況について説明があった。説明は', 700),
				line('以上である。', 685, 160),
				line('２　委員から、家庭部門の削減が遅れている理由について質問があり、事務局', 670),
				line('委員からの意見は次のとおり。', 655, 390, 110),
			],
		]);
		expect(text.split('\n').filter((row) => row !== '').at(-1)).toBe('\u3000委員からの意見は次のとおり。');
	});
});

describe("a scan's text layer with a space after its words", () => {
	const ocr = [
		'１　日　時　令和６年 １ １月１２日 （火 ） 午後２時０ ０ 分か ら',
		'○ 川口 環境政策 課長　資料 １ をご覧 くださ い。第３次 環境基本 計画 は令和 ２ 年度 から の 計画 です。',
		'○田村会 長　定刻 になりまし たの で、ただいま から 開会 いたし ます。NTT 松原氏 の Web site を 見ました。',
	].join('\n');

	test('the spaces between Japanese letters go, those beside Latin letters stay, and the count is told', () => {
		const { text, dropped } = dropOcrSpaces(ocr);
		expect(text.split('\n')).toEqual([
			'１　日　時　令和６年１１月１２日（火）午後２時００分から',
			'○川口環境政策課長　資料１をご覧ください。第３次環境基本計画は令和２年度からの計画です。',
			'○田村会長　定刻になりましたので、ただいまから開会いたします。NTT 松原氏の Web site を見ました。',
		]);
		expect(dropped).toBeGreaterThan(30);
	});

	test('text with a few such spaces is left as it is', () => {
		const typeset = '○田村会長　定刻になりましたので、ただいまから開会いたします。本日は委員５名全員に御出席いただいております。 NTT 松原氏の資料 2 をご覧ください。それでは議題（１）について事務局から説明をお願いします。';
		expect(dropOcrSpaces(typeset)).toEqual({ text: typeset, dropped: 0 });
	});
});
