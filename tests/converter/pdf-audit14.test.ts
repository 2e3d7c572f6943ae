/**
 * PDFs of the fourteenth audit: a header field's value and a table cell's words wrapped under themselves, past their label
 * (Word's and Excel's way), are one value; they had been cut in two (`遠` / `藤　亮`: two people of the roll).
 */
import { describe, expect, test } from 'vitest';
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
