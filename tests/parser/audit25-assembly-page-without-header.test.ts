/**
 * One page of a 定例会's sitting copied from a minutes system without its header: the line naming the sitting
 * (`令和 6年 6月 定例会 － 06月14日－03号`), the printed page (`P.31`), and the turns of the chair, members by seat and
 * officials (`○議長（池田　勝）`, `◆１番（浅野真一議員）`, `◎危機管理監（石原健司）`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const PAGE = `令和 6年 6月 定例会 － 06月14日－03号

P.31

◆１番（浅野真一議員）　おはようございます。通告に従いまして質問させていただきます。

P.32

○議長（池田　勝）　危機管理監。
◎危機管理監（石原健司）　お答えいたします。
○議長（池田　勝）　浅野真一議員。
◆１番（浅野真一議員）　ありがとうございました。
○議長（池田　勝）　本日はこれで延会することに決定しました。
　　　　　午前１１時０６分　延会
`;

describe('a page of an assembly sitting without its header', () => {
	test('is read as a sitting of the assembly, the file name standing for the assembly', () => {
		const { meeting, diagnostics } = parseText(PAGE, 'minato-r6-06-14.txt');
		expect(meeting?.title).toBe('minato-r6-06-14 令和6年6月定例会 第3号');
		expect(meeting?.date).toBe('2024-06-14');
		expect(meeting?.end).toBe('11:06');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['１番（浅野真一議員）', '議長（池田　勝）', '危機管理監（石原健司）', '議長（池田　勝）', '１番（浅野真一議員）', '議長（池田　勝）']);
		expect(diagnostics.map((d) => d.code)).toContain('no-series');
	});

	test('a 定例会 of a board whose chair speaks, without members by seat, is not', () => {
		const board = PAGE.replace(/◆１番（浅野真一議員）/gu, '○理事（浅野真一君）');
		const result = parseText(board, 'board.txt');
		expect(result.family).not.toBe('assembly');
		expect(result.meeting?.sessionLabel).toBeUndefined();
	});
});
