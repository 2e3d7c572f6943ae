/**
 * A long stage direction in 〔〕 that a printed record wraps over two lines (`〔「議長、議事進行について」と呼ぶ者あり、その他発言す`
 * / `る者多し〕`): one note of the turn, no lines of the member's words.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第３回かすみ野市議会定例会会議録（第３号）

令和６年９月１１日（水曜日）

出席議員（２名）
　１番　佐　藤　一　郎　君　　２番　山　本　和　子　君

　　　　　　　　午前１０時００分　開議
○議長（山本和子君）　ただいまから本日の会議を開きます。
◆１番（佐藤一郎君）　質問します。
　　　　　〔「議長、議事進行について」と呼ぶ者あり、その他発言す
　　　　　る者多し〕
○議長（山本和子君）　静粛に願います。
○議長（山本和子君）　本日はこれにて散会いたします。
`;

describe('a stage direction wrapped over two lines', () => {
	test('is one note of the turn', () => {
		const { meeting, body } = parseText(MINUTES, 'kasumino-r6-3-3.txt');
		const turn = body.flatMap((section) => section.children).find((block) => block.type === 'remark' && block.speaker === '１番（佐藤一郎君）');
		expect(turn?.type === 'remark' ? turn.children.map((block) => [block.type, 'text' in block ? block.text : null]) : null).toEqual([
			['paragraph', '質問します。'],
			['note', '〔「議長、議事進行について」と呼ぶ者あり、その他発言する者多し〕'],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（山本和子君）', '１番（佐藤一郎君）', '議長（山本和子君）', '議長（山本和子君）']);
	});
});
