import { describe, expect, test } from 'vitest';
import { linkAgendaToRemarks, parseHeaderAgenda } from '../../src/parser/agenda.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('a header agenda numbered again under each kind of item', () => {
	test('every item is kept, numbered on; the bracketed kinds are no part of a title', () => {
		expect(parseHeaderAgenda(lines('【陳  情】', '(1)陳情1第 7号 区議会議員顔写真に関する陳情        (新規)', '【報告事項】', '(1)区有施設見直し方針の改定について              (資料あり)', '(2)指定管理者の選定について'))).toEqual([
			{ number: 1, title: '陳情1第 7号 区議会議員顔写真に関する陳情        (新規)' },
			{ number: 2, title: '区有施設見直し方針の改定について' },
			{ number: 3, title: '指定管理者の選定について' },
		]);
	});

	test('an item written twice is listed once', () => {
		expect(parseHeaderAgenda(lines('（１）予算について', '（１）予算について', '（２）その他'))).toEqual([
			{ number: 1, title: '予算について' },
			{ number: 2, title: 'その他' },
		]);
	});
});

describe('a 議事次第 with reports and motions under their kinds', () => {
	test('the items under every kind are the agenda, and each motion is an item of its own', () => {
		expect(
			parseHeaderAgenda(lines('1. 開会の辞', '2. 議長選出', '3. 報告事項', '　(1) 2022年度事業報告', '　(2) 学会誌編集委員会報告', '4. 審議事項', '　第1号議案 2022年度決算承認の件', '　第2号議案 会則の一部改正の件（学生会員の会費区分新設）', '5. 閉会の辞')),
		).toEqual([
			{ number: 1, title: '2022年度事業報告' },
			{ number: 2, title: '学会誌編集委員会報告' },
			{ number: 3, title: '第1号議案 2022年度決算承認の件' },
			{ number: 4, title: '第2号議案 会則の一部改正の件（学生会員の会費区分新設）' },
		]);
	});

	test('a single 議題 with its items keeps only them, as before', () => {
		expect(parseHeaderAgenda(lines('1. 開会', '2. 議題', '　(1) 予算について', '　(2) その他', '3. 閉会'))).toEqual([
			{ number: 1, title: '予算について' },
			{ number: 2, title: 'その他' },
		]);
	});
});

describe('agenda items without a section of their own (audit 13)', () => {
	test('link to the first turn that names them: by the motion, by 日程第N, or by the start of the title', () => {
		const agenda = [
			{ number: 1, title: '日程第１　会期の決定', section: null },
			{ number: 2, title: '議案第７２号　職員の給与に関する条例の一部を改正する条例', section: null },
			{ number: 3, title: '地方交付税法等の一部を改正する法律案（内閣提出第四号）', section: null },
			{ number: 4, title: 'その他', section: null },
			{ number: 5, title: '請願の審査', section: 's2' },
		];
		const remarks = [
			{ id: 'r1', text: 'ただいまから会議を開きます。日程第一、会期の決定を議題といたします。' },
			{ id: 'r2', text: '御異議なしと認めます。' },
			{ id: 'r3', text: '日程第２、議案第72号を議題といたします。' },
			{ id: 'r4', text: '次に、内閣提出、地方交付税法等の一部を改正する法律案を議題といたします。' },
		];
		linkAgendaToRemarks(agenda, remarks);
		expect(agenda.map((item) => ('remark' in item ? item.remark : undefined))).toEqual(['r1', 'r3', 'r4', undefined, undefined]);
	});
});
