/**
 * A town's roll without seats, two names a line, each ending with 君 (`吉岡 修二君          三上  誠君`), as a minutes site
 * copies the members who answered the call: a short name is padded to the column's width, two spaces between the surname
 * and a one-letter given name (`三上  誠君`, `三浦  進君`). The surname and the given name had been two members (`三上`, `誠`).
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = (rows: string[]) =>
	[
		'令和5年第3回みずき町議会臨時会会議録(第1日)',
		'令和5年7月18日(火曜日)',
		'応招議員',
		...rows,
		'不応招議員(なし)',
		'午前9時30分開会',
		'○議長(神田 宣之君) ただいまから臨時会を開会いたします。',
		'○議長(神田 宣之君) これにて閉会します。',
	].join('\n');

describe('a short name padded to its column, 君 after each name', () => {
	test('one member for each name', () => {
		const rolls = rollsOf(parseText(record(['吉岡 修二君          三上  誠君', '三浦  進君          神田 宣之君', '森川 浩之君']), 'mizuki-2023-07-18.txt'));
		expect(rolls).toEqual([['出席議員', ['null 吉岡 修二', 'null 三上 誠', 'null 三浦 進', 'null 神田 宣之', 'null 森川 浩之']]]);
	});
});
