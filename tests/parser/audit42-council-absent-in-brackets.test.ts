/**
 * A prefecture's 部会 議事録 (a PDF's text) lists its members present in 五十音順 and says who was absent in a bracket of its own
 * under them: `（欠席：６名中０名）`, `（欠席：なし）`. That is a group of the absent with its count or nobody as its note, no warning
 * (the bracket had been a group named `欠席：６名中０名`, the list's order noted on it, warned of as listing no members).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const read = (absent: string) => {
	const { meeting, diagnostics } = parseText(
		['令和５年度 第１回 あおば県環境審議会 水環境部会 議事録', '', '１ 日 時 令和５年７月２０日（木） 午前１０時から正午まで', '２ 場 所 あおば県庁 西庁舎 ５階 大会議室', '３ 出席委員（５０音順）', '安西委員、伊吹委員（部会長）、小野田委員', absent, '４ 県出席者', '水環境課長 島田 純一', '５ 議 事', '（１）水質測定計画（案）について', '６ 会議の概要', '伊吹部会長 ただいまから水環境部会を開会します。', '小野田委員 測定項目の変更について教えてください。'].join('\n'),
		'a.txt',
	);
	return { groups: meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.length]), warnings: diagnostics.filter((d) => d.code === 'empty-group').length };
};

describe('the absent said in a bracket under the roll', () => {
	test('（欠席：６名中０名）', () => {
		expect(read('（欠席：６名中０名）')).toEqual({ groups: [['出席委員', '５０音順', 3], ['欠席', '６名中０名', 0], ['県出席者', null, 1]], warnings: 0 });
	});

	test('（欠席：なし）', () => {
		expect(read('（欠席：なし）')).toEqual({ groups: [['出席委員', '５０音順', 3], ['欠席', 'なし', 0], ['県出席者', null, 1]], warnings: 0 });
	});
});
