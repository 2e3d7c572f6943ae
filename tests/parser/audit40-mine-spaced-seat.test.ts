/**
 * A prefecture's roll in two columns whose seats write 番 a space after the number (`1 番 熊井元尋      6 番 両角友成`, as a
 * prefectural assembly's web page gives its minutes). Before, each cell was read as a seat without 番 followed by a name, and
 * 番 became the name's first letter (`番 熊井元尋`); now the seat is read as a seat and the name is the member's.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SITTING = `みなと県議会令和６年６月定例会本会議　令和６年７月５日（金曜日）

  出席議員（６名）
   1 番 熊井元尋      4 番 両角友成
   2 番 望月義男      5 番 中川宏昭
   3 番 小林君子      6 番 酒井 茂
  欠席議員（1名）
   7 番 平野成基
        ───────────────────
  説明のため出席した者
   知事        阿部守男    農政部長      山本智章
        ───────────────────
      午前10時開議
○議長（佐々木祥二君）これより本日の会議を開きます。
○知事（阿部守男君）ただいま議題となりました議案について御説明申し上げます。
○議長（佐々木祥二君）本日はこれをもって散会いたします。
        午前11時5分散会
`;

describe('a roll whose seats write 番 a space after the number', () => {
	test('names each member without the seat’s 番', () => {
		const { meeting } = parseText(SITTING, 'minato-pref-2024-07-05.txt');
		const present = meeting?.participants.find((group) => group.group === '出席議員')?.members ?? [];
		expect(present.map((member) => member.name)).toEqual(['熊井元尋', '両角友成', '望月義男', '中川宏昭', '小林君子', '酒井 茂']);
		const absent = meeting?.participants.find((group) => group.group === '欠席議員')?.members ?? [];
		expect(absent.map((member) => member.name)).toEqual(['平野成基']);
	});

	test('a seat without 番, a space before the name, is read as before', () => {
		const { meeting } = parseText(SITTING.replace(/(\d) 番 /gu, '$1　'), 'minato-pref-2024-07-05.txt');
		const present = meeting?.participants.find((group) => group.group === '出席議員')?.members ?? [];
		expect(present.map((member) => member.name)).toEqual(['熊井元尋', '両角友成', '望月義男', '中川宏昭', '小林君子', '酒井 茂']);
	});
});
