/**
 * A town assembly's 全員協議会 whose roll gives only the count and a word on it (`出席議員　　１０名（欠席なし）`): the count and
 * the word are the roll's note. Before, `（欠席なし）` was a member of the roll with no name.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MEETING = `もみじ町議会全員協議会会議録

日　時　　令和６年１０月８日（火）午後１時３０分開会
場　所　　もみじ町役場　大会議室

出席議員　　１０名（欠席なし）
説明員　　　町長　大川　直哉、建設課長　島田　陽介

協議事項
　１　町営住宅の長寿命化計画について

議長（西村）　ただいまから全員協議会を開会します。
建設課長（島田）　資料に基づき説明いたします。
議員（東）　入居者の仮移転先は確保できていますか。
建設課長（島田）　町内の空き家を借り上げる方向で調整しております。
議長（西村）　以上で全員協議会を閉会します。
`;

describe('a roll given by its count and a word on it', () => {
	test('is the count and the word, no one named', () => {
		const { meeting } = parseText(MEETING, 'momiji-zenkyo-2024-10-08.txt');
		const present = meeting?.participants.find((group) => group.group === '出席議員');
		expect(present?.members).toEqual([]);
		expect(present?.note).toBe('１０名（欠席なし）');
	});
});
