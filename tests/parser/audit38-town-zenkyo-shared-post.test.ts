/**
 * A village's 全員協議会 roll by sides whose members past the chairs stand on one line under the post they all hold
 * (`議員　　　　土　屋　健　太　　長　尾　まゆみ　　桜　井　正　人`), a given name in kana padded whole (`長　尾　まゆみ`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和６年３月　かわべ村議会全員協議会　記録',
	'',
	'日　時　　令和６年３月４日（月）　午後１時３０分～午後２時４５分',
	'場　所　　かわべ村役場　第１会議室',
	'',
	'出席者',
	'　議会側　　議長　　　　大　島　　　孝',
	'　　　　　　議員　　　　土　屋　健　太　　長　尾　まゆみ　　桜　井　正　人',
	'　村側　　　村長　　　　青　山　克　己',
	'　　　　　　住民課長　　内　田　恭　子',
	'',
	'協議事項',
	'　１　地域公共交通計画（案）について',
	'',
	'○議長　ただいまから全員協議会を開きます。',
	'○住民課長　資料１により計画（案）の概要を説明。',
	'○長尾議員　当日予約はできないのか。',
	'○住民課長　来年度以降に検討します。',
	'○議長　以上で全員協議会を終わります。',
].join('\n');

describe("a 全員協議会's members on one line under the post they hold", () => {
	test('each name is a member holding the post, none a member named by the post', () => {
		const side = parseText(record, 'kawabe-zenkyo.txt').meeting?.participants.find((group) => group.group === '議会側');
		expect(side?.members.map((member) => [member.name, member.title])).toEqual([
			['大島 孝', '議長'],
			['土屋健太', '議員'],
			['長尾 まゆみ', '議員'],
			['桜井正人', '議員'],
		]);
	});
});
