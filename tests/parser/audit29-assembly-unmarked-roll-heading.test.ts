/**
 * A town's record typed without turn marks (`議長（田村君）　…`) writes a roll's heading and its word on one line
 * (`不応招議員　なし`): a heading, never a member's turn swallowing the rolls below it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第１回ひなた町議会臨時会会議録

招集年月日　令和６年１月２５日
招集場所　　ひなた町議会議場

応招議員（３名）
　１番　秋山　幸子　　２番　伊藤　大和　　３番　田村　淳

不応招議員　なし

地方自治法第１２１条の規定により説明のため出席した者
　町長　　　西田　隆　　総務課長　安田　恵

議長（田村君）　ただいまから臨時会を開会します。
町長（西田君）　議案第１号について御説明いたします。
２番（伊藤君）　支援物資の内容を伺います。
総務課長（安田君）　毛布と飲料水を送付いたします。
議長（田村君）　以上で臨時会を閉会します。
`;

describe('a roll heading with its word on the line in an unmarked record', () => {
	test('is the header, the rolls under it read', () => {
		const { meeting } = parseText(MINUTES, 'hinata-rinji.txt');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（田村君）', '町長（西田君）', '２番（伊藤君）', '総務課長（安田君）', '議長（田村君）']);
		const officials = meeting?.participants.find((group) => group.group === '説明のため出席した者');
		expect(officials?.members.map((member) => [member.name, member.title])).toEqual([
			['西田 隆', '町長'],
			['安田 恵', '総務課長'],
		]);
	});
});
