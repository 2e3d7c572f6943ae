/**
 * The tables an assembly's record sets out in columns under their titles, the 一般質問通告表 (drawn with box-drawing
 * characters or laid out with spaces) and the 議決結果一覧表 after the close, read as tables: a row of the columns' names,
 * then a row a line, each cell in its column (a subject wrapped onto a row of its own stays under the subjects), where
 * each line had been a note of text whose cells ran together, the head row of a spaced table a member of the roll above it.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = `令和６年第４回あおば町議会定例会会議録（第３号）

令和６年１２月１０日（火曜日）午前９時３０分開議

◯出席議員（３名）
　２番　川　口　里　美　君　　　７番　戸　田　一　馬　君
１２番　藤　井　　　誠　君

◯説明のため出席した者
　町長　　　　　　前　田　康　夫　君
　教育長　　　　　宮　本　さ　と　み　君
`;

const TURNS = `
◯議長（藤井　誠君）　ただいまから本日の会議を開きます。
◯２番（川口里美君）　子育て支援についてお伺いします。
◯町長（前田康夫君）　来年度から保育料を無償化いたします。
◯議長（藤井　誠君）　本日はこれで散会します。
　　　　　　　　　　　散会　午前１１時１０分
`;

const BOXED = `${HEADER}
◯一般質問通告表
┌──┬────────┬──────────────────┬──────┐
│順位│質　問　者　　　│質　問　事　項　　　　　　　　　　　│答弁を求める者│
├──┼────────┼──────────────────┼──────┤
│１　│２番　川口里美　│１　子育て支援の拡充について　　　　│町長　　　　　│
│　　│　　　　　　　　│２　通学路の安全対策について　　　　│教育長　　　　│
├──┼────────┼──────────────────┼──────┤
│２　│７番　戸田一馬　│１　町営バスの運行見直しについて　　│町長　　　　　│
└──┴────────┴──────────────────┴──────┘
${TURNS}`;

const SPACED = `${HEADER}
　　　　　　　　　　　　一般質問通告一覧表
　順位　　　質問者　　　　　　　　質問事項
　　１　　２番　川口里美　　　１．子育て支援の拡充について
　　　　　　　　　　　　　　　２．通学路の安全対策について
　　２　　７番　戸田一馬　　　１．町営バスの運行見直しについて
${TURNS}`;

const RESULTS = `${HEADER}${TURNS}
　　　議決結果一覧表
　議案番号　　　　件　　　　名　　　　　　　　　　　　　　　　　　　　議決月日　　結　果
　議案第２０号　　あおば町税条例の一部を改正する条例　　　　　　　　　６月１４日　原案可決
　議案第２１号　　令和６年度あおば町一般会計補正予算（第２号）　　　　６月１４日　原案可決
`;

const TABBED = `${HEADER}
一般質問通告表

順位\t質問者\t質問事項\t答弁者
１\t２番　川口里美\t１　子育て支援の拡充について\t町長
２　通学路の安全対策について
２\t７番　戸田一馬\t１　町営バスの運行見直しについて\t町長
${TURNS}`;

/** The rows of the body's tables, each as its cells (the head row first, marked). */
function tableRows(text: string): string[][] {
	const { body } = parseText(text, 'aoba-r6-4-3.txt');
	const rows: string[][] = [];
	const visit = (blocks: readonly Block[]): void => {
		for (const block of blocks) {
			if (block.type === 'paragraph' && block.cells) rows.push([block.cells, ...block.text.split('\t')]);
			if (block.type === 'remark') visit(block.children);
		}
	};
	for (const section of body) visit(section.children);
	return rows;
}

describe("an assembly's tables in columns", () => {
	test('a 一般質問通告表 drawn in a box reads as a table, the wrapped subject under its column', () => {
		expect(tableRows(BOXED)).toEqual([
			['head', '順位', '質問者', '質問事項', '答弁を求める者'],
			['row', '１', '２番　川口里美', '１　子育て支援の拡充について', '町長'],
			['row', '', '', '２　通学路の安全対策について', '教育長'],
			['row', '２', '７番　戸田一馬', '１　町営バスの運行見直しについて', '町長'],
		]);
	});

	test('a 一般質問通告一覧表 laid out with spaces reads as a table, and its head is no member of the roll above', () => {
		expect(tableRows(SPACED)).toEqual([
			['head', '順位', '質問者', '質問事項'],
			['row', '１', '２番　川口里美', '１．子育て支援の拡充について'],
			['row', '', '', '２．通学路の安全対策について'],
			['row', '２', '７番　戸田一馬', '１．町営バスの運行見直しについて'],
		]);
		const { meeting } = parseText(SPACED, 'aoba-r6-4-3.txt');
		expect(meeting?.participants.find((group) => group.group === '説明のため出席した者')?.members.map((member) => member.name)).toEqual(['前田康夫', '宮本さとみ']);
		expect(meeting?.remarks).toHaveLength(4);
	});

	test("a web page's table, its cells apart by tabs, a cell's further line after its row, reads as a table", () => {
		expect(tableRows(TABBED)).toEqual([
			['head', '順位', '質問者', '質問事項', '答弁者'],
			['row', '１', '２番　川口里美', '１　子育て支援の拡充について　２　通学路の安全対策について', '町長'],
			['row', '２', '７番　戸田一馬', '１　町営バスの運行見直しについて', '町長'],
		]);
	});

	test('a 議決結果一覧表 after the close reads as a table, a column spaced out and one a single space apart kept apart', () => {
		expect(tableRows(RESULTS)).toEqual([
			['head', '議案番号', '件名', '議決月日', '結果'],
			['row', '議案第２０号', 'あおば町税条例の一部を改正する条例', '６月１４日', '原案可決'],
			['row', '議案第２１号', '令和６年度あおば町一般会計補正予算（第２号）', '６月１４日', '原案可決'],
		]);
	});
});
