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
		{ line: '開催日時　令和６年１２月３日（火）', key: 'date', number: null, rest: '令和６年１２月３日（火）' },
		{ line: '１　開催日時　令和６年１２月３日', key: 'date', number: 1, rest: '令和６年１２月３日' },
		{ line: '一、日時　令和６年１２月３日', key: 'date', number: 1, rest: '令和６年１２月３日' },
		{ line: '【日時】令和5年2月1日', key: 'date', number: null, rest: '令和5年2月1日' },
		{ line: '［場所］オンライン', key: 'location', number: null, rest: 'オンライン' },
		{ line: '＜出席者＞', key: 'participants', number: null, rest: '' },
		{ line: '出席委員', key: 'participants', number: null, rest: '' },
		{ line: '欠席者：篠田構成員', key: 'absent', number: null, rest: '篠田構成員' },
		{ line: '4. 欠席構成員', key: 'absent', number: 4, rest: '' },
		{ line: '資料：', key: 'handouts', number: null, rest: '' },
		{ line: '4. 資料', key: 'handouts', number: 4, rest: '' },
		{ line: '4. 議題', key: 'agenda', number: 4, rest: '' },
		{ line: '議事次第', key: 'agenda', number: null, rest: '' },
		{ line: '【議事要旨】', key: 'body', number: null, rest: '' },
		{ line: '議事録', key: 'body', number: null, rest: '' },
	])('$line', ({ line, ...expected }) => {
		expect(matchSectionLine(line)).toMatchObject(expected);
	});

	test.each(['資料 42-1-1 国際連携に関する最近の取組', '**資料 2-1** 論点', '日時は未定である。', '後藤座長、小山構成員', '【構成員】', '(1) 開会', '1 国際連携について', '議事 の進め方について'])('%s is not a section line', (line) => {
		expect(matchSectionLine(line)).toBeNull();
	});
});

describe('splitHeader', () => {
	test('a bare 議事 before a fuller body label is the agenda; inside it, 1. 開会 lines are items', () => {
		const split = splitHeader(
			['会議（第1回）議事要旨', '1. 日時) 令和5年2月1日', '2. 議事', '1. 開会', '2. 議題', '3. 閉会', '3. 議事概要', '(1) 開会'].map((text, index) => ({ text, line: index + 1 })),
		);
		expect(split.sections.map((s) => [s.key, s.line, s.lines.map((l) => l.text)])).toEqual([
			['date', 2, ['令和5年2月1日']],
			['agenda', 3, ['1. 開会', '2. 議題', '3. 閉会']],
		]);
		expect(split.bodyLine).toBe(7);
		expect(split.bodyLabel).toBe('議事概要');
	});

	test('a title split over two lines (… / 議事要旨) before the header is one title', () => {
		const split = splitHeader(['第３回　研究会', '議事要旨', '日時：令和5年2月1日', '議事：', '本文。'].map((text, index) => ({ text, line: index + 1 })));
		expect(split.title).toEqual({ text: '第３回　研究会 議事要旨', line: 1 });
		expect(split.bodyLine).toBe(4);
	});

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
