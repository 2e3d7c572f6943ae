import { describe, expect, test } from 'vitest';
import { matchSectionLine, splitHeader } from '../../src/parser/sections.ts';

describe('matchSectionLine', () => {
	test.each([
		{ line: '1. 日時) 令和5年2月1日（水）16:00～18:00', key: 'date', number: 1, rest: '令和5年2月1日（水）16:00～18:00' },
		{ line: '１．日時）令和６年４月１日', key: 'date', number: 1, rest: '令和６年４月１日' },
		{ line: '1. 日 時) 令和6年6月14日(金) 14:00~16:00', key: 'date', number: 1, rest: '令和6年6月14日(金) 14:00~16:00' },
		{ line: '１．日　時：令和６年４月１日', key: 'date', number: 1, rest: '令和６年４月１日' },
		{ line: '２．場所', key: 'location', number: 2, rest: '' },
		{ line: '2. 場 所) WEB 開催', key: 'location', number: 2, rest: 'WEB 開催' },
		{ line: '3. 出席者)', key: 'participants', number: 3, rest: '' },
		{ line: '4. 配付資料', key: 'handouts', number: 4, rest: '' },
		{ line: '4. 配布資料', key: 'handouts', number: 4, rest: '' },
		{ line: '5. 議事概要', key: 'body', number: 5, rest: '' },
		{ line: '5. 議事', key: 'body', number: 5, rest: '' },
		{ line: '５．議事録', key: 'body', number: 5, rest: '' },
		{ line: '## 1. 日時) 令和5年2月1日', key: 'date', number: 1, rest: '令和5年2月1日' },
		{ line: '**２．場所**：オンライン', key: 'location', number: 2, rest: 'オンライン' },
		{ line: '■日時 令和5年2月1日', key: 'date', number: null, rest: '令和5年2月1日' },
		{ line: '日時：令和5年2月1日', key: 'date', number: null, rest: '令和5年2月1日' },
		{ line: '6. その他) 特になし', key: null, number: 6, rest: '特になし' },
	])('$line', ({ line, ...expected }) => {
		expect(matchSectionLine(line)).toMatchObject(expected);
	});

	test.each(['資料 42-1-1 国際連携に関する最近の取組', '日時は未定である。', '後藤座長、小山構成員', '【構成員】', '(1) 開会'])('%s is not a section line', (line) => {
		expect(matchSectionLine(line)).toBeNull();
	});
});

describe('splitHeader', () => {
	const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

	test('a summary document: title, issuer and date lines, then its text', () => {
		const split = splitHeader(lines('', '前回までの御議論について', '', 'タスクフォース事務局', '', '令和元年12月5日', '', '【総論】', '- 意見'));
		expect(split.title).toEqual({ text: '前回までの御議論について', line: 2 });
		expect(split.preamble.map((l) => l.line)).toEqual([4, 6]);
		expect(split.sections).toEqual([]);
		expect(split.body.map((l) => l.text)).toEqual(['【総論】', '- 意見']);
		expect(split.bodyLine).toBe(8);
	});

	test('numbered sections collect the lines under them', () => {
		const split = splitHeader(lines('会議（第1回）議事要旨', '1. 日時) 令和5年2月1日', '3. 出席者)', '【構成員】', '後藤座長', '5. 議事概要', '(1) 開会'));
		expect(split.sections.map((s) => [s.key, s.line, s.lines.map((l) => l.text)])).toEqual([
			['date', 2, ['令和5年2月1日']],
			['participants', 3, ['【構成員】', '後藤座長']],
		]);
		expect(split.body.map((l) => l.text)).toEqual(['(1) 開会']);
		expect(split.hasBody).toBe(true);
	});
});
