import { describe, expect, test } from 'vitest';
import { parseHeaderAgenda } from '../../src/parser/agenda.ts';

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
