/**
 * A town's 国民健康保険運営協議会 record printed to PDF and saved as text (EUC-JP), its roll by the sides the council is
 * made of: each side's representative padded to the column, the name after it, `同` for the side above, and the chair's
 * role in a bracket after her name (`出席委員　被保険者代表　岩田　和夫、同　久保田　美紀` / `　　　　　保険医代表　　柴田　信也` /
 * `　　　　　公益代表　　　松井　早苗（会長）`). The last is one member with her side and role (she had been two entries: a member
 * named 公益代表, and 松井 早苗 without her side).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年度第４回　はなみずき町国民健康保険運営協議会　会議録

日　時　令和６年１２月１６日（月）午後１時３０分〜午後３時
場　所　はなみずき町役場　２階　第一会議室
出席委員　被保険者代表　岩田　和夫、同　久保田　美紀
　　　　　保険医代表　　柴田　信也
　　　　　公益代表　　　松井　早苗（会長）
事務局　　住民課長　竹内　昇、住民課主幹　平田　麻衣
議　題　（１）令和７年度国民健康保険税の税率について

松井会長　　ただいまから第４回の運営協議会を開会します。
竹内住民課長　　令和７年度の税率について御説明します。
岩田委員　　基金を取り崩して据え置くことはできないのですか。
松井会長　　本日の協議会を閉会します。
`;

describe("a roll by sides, the chair's role in a bracket after her name", () => {
	test('the padded side and the name are one member', () => {
		const { meeting } = parseText(MINUTES, 'kokuho.txt');
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['岩田　和夫', '被保険者代表'],
			['久保田　美紀', '被保険者代表'],
			['柴田　信也', '保険医代表'],
			['松井　早苗', '公益代表（会長）'],
		]);
	});
});
