/**
 * A prefectural assembly's record whose only day is on the 議事日程's line (`議　事　日　程　第一号　平成五年九月二十八日（火曜日）`,
 * as a prefecture's web page of older minutes heads each sitting), the first line naming the year and month alone. Before, the
 * day on that line was passed over: the assembly reader refused the record as undated and it was kept as a plain document
 * (no roll, no agenda); now it is the sitting's day.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SITTING = `平成５年９月　みなと県議会定例会会議録　第１号（全文）

議 事 日 程 第一号 平成五年九月二十八日(火曜日)
  午前十時開会・開議
  第一 議席の変更
  第二 会議録署名議員の指名
  第三 会期決定の件
出 席 議 員(三人)
 1  番  吉  井  和  視
 2  番  井  出  益  弘
 3  番  和  田  正  一
説明のため出席した者
 知事        仮  谷  志  郎
────────────────────
  午前十時二分開会
○議長(門 三佐博君) ただいまから、平成五年九月定例会を開会いたします。
○議長(門 三佐博君) 日程第一、議席の変更を行います。
○知事(仮谷志郎君) 本日ここに、九月定例会を招集いたしましたところ、御出席を賜り厚く御礼申し上げます。
○議長(門 三佐博君) 本日はこれをもって散会いたします。
  午前十一時五分散会
`;

describe('the day on the 議事日程’s line', () => {
	test('dates the sitting, read as an assembly’s record with its roll and agenda', () => {
		const { meeting, family, diagnostics } = parseText(SITTING, 'minato-pref-h5-9-1.txt');
		expect(family).toBe('assembly');
		expect(meeting?.date).toBe('1993-09-28');
		expect(meeting?.participants.find((group) => group.group === '出席議員')?.members.map((member) => member.name)).toEqual(['吉井和視', '井出益弘', '和田正一']);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['議席の変更', '会議録署名議員の指名', '会期決定の件']);
		expect(meeting?.remarks).toHaveLength(4);
		expect(diagnostics.filter((problem) => problem.severity === 'error')).toEqual([]);
	});

	test('a day on a line of its own before the 議事日程 stays the sitting’s', () => {
		const text = SITTING.replace('議 事 日 程 第一号 平成五年九月二十八日(火曜日)', '平成五年九月二十九日(水曜日)\n議 事 日 程 第一号');
		const { meeting } = parseText(text, 'minato-pref-h5-9-1.txt');
		expect(meeting?.date).toBe('1993-09-29');
	});
});
