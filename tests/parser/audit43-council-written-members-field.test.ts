/**
 * A town's 国民健康保険運営協議会 held in writing (書面開催) numbers its header's fields and lists those it asked under
 * `４　委員`, each row the part of the public the member stands for and the names (`被保険者代表委員　　杉本　和子、長谷部　実`,
 * `公益代表委員　　　　古賀　範子（会長）、松浦　仁`), then `５　事務局`. The numbered `委員` is the roll: five members with
 * their posts (the rows had been lines not understood, no member read, and `４　委員` the meeting's place).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

describe('the members listed under a numbered 委員', () => {
	test('a council held in writing', () => {
		const { meeting } = parseText(
			[
				'令和６年度第１回　ふじみ町国民健康保険運営協議会　会議録（書面開催）',
				'',
				'１　開催方法　書面による開催',
				'２　書面送付日　令和６年７月３日（水）',
				'３　意見提出期限　令和６年７月１２日（金）',
				'４　委員',
				'　　被保険者代表委員　　杉本　和子、長谷部　実',
				'　　保険医代表委員　　　川島　洋',
				'　　公益代表委員　　　　古賀　範子（会長）、松浦　仁',
				'５　事務局',
				'　　住民課長　　　　　　森永　隆',
				'６　議題',
				'　　議題１　令和５年度国民健康保険特別会計決算について',
				'７　結果',
				'　　委員５名中５名から回答があり、全員が原案を了承した。',
				'８　委員の意見',
				'　　（杉本委員）決算の内容について、広報紙で分かりやすく周知をお願いしたい。',
			].join('\n'),
			'a.txt',
		);
		expect(meeting?.location).toBeNull();
		expect(meeting?.participants.map((group) => [group.group, group.members.map((m) => [m.name, m.title])])).toEqual([
			[
				'委員',
				[
					['杉本　和子', '被保険者代表委員'],
					['長谷部　実', '被保険者代表委員'],
					['川島　洋', '保険医代表委員'],
					['古賀　範子', '会長'],
					['松浦　仁', '公益代表委員'],
				],
			],
			['事務局', [['森永　隆', '住民課長']]],
		]);
	});
});
