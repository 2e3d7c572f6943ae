/**
 * A handout list a word processor numbers with circled numbers (`①資料１　用途地域変更案`, as a `.doc`, `.docx` or `.odt`
 * list reads once its numbers are written in): each line is the handout its own id names, not a line not understood.
 */
import { expect, test } from 'vitest';
import { parseHandouts } from '../../src/parser/handouts.ts';
import type { Diagnostic } from '../../src/parser/types.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

test('a circled list number before a handout id is the list\'s, not the title\'s', () => {
	const diagnostics: Diagnostic[] = [];
	expect(parseHandouts(lines('①資料１　用途地域変更案', '② 資料２　位置図', '③【参考資料】　委員名簿'), diagnostics)).toEqual([
		{ id: '資料１', title: '用途地域変更案', note: null },
		{ id: '資料２', title: '位置図', note: null },
		{ id: '参考資料', title: '委員名簿', note: null },
	]);
	expect(diagnostics).toEqual([]);
});

test('a circled number before a title with no handout id stays a title wrapped from the line before', () => {
	const diagnostics: Diagnostic[] = [];
	expect(parseHandouts(lines('資料１　用途地域の変更（案）について', '①位置図を含む'), diagnostics)).toEqual([{ id: '資料１', title: '用途地域の変更（案）について①位置図を含む', note: null }]);
});
