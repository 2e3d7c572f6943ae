/**
 * A prefectural assembly's sitting copied from a page that links each member's name, so that the roll's seat, name and
 * honorific stand a line each (`第一番` / `金田もとみ` / `君`). Before, each line was a member of its own (18 entries for 6
 * members: the seats, the names and a nameless one for each 君).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SITTING = `令和 6年 11月 定例会(第390回)
みやび県議会
(定例会)会議録
(第一号)
令和六年
十一月二十五日(月曜日)
午後一時四分開会
出席議員
(三名)
第一番
金田もとみ
君
第二番
小畑きみ江
君
第三番
柏 佑介
君
欠席議員
(なし)
説明のため出席した者
知事
村井嘉一
君
○議長(小畑きみ江君) ただいまから第三百九十回みやび県議会を開会いたします。
○知事(村井嘉一君) 提出議案の概要について御説明申し上げます。
`;

describe('a roll whose seat, name and honorific stand a line each', () => {
	test('each member once, with the seat in the entry', () => {
		const { meeting } = parseText(SITTING, 'miyabi-r6-11-25.txt');
		const present = meeting?.participants.find((group) => group.group === '出席議員')?.members ?? [];
		expect(present.map((member) => member.name)).toEqual(['金田もとみ', '小畑きみ江', '柏 佑介']);
		expect(present.map((member) => member.text)).toEqual(['第一番　金田もとみ', '第二番　小畑きみ江', '第三番　柏 佑介']);
	});
});
