/**
 * A city assembly's roll of officials in two columns, copied from a minutes site with a blank line between rows, where a post of
 * two offices is too long for its cell and wraps around its holder's name (`会計管理者兼` / `日向 亘君　政策秘書課長　駒井宗夫君` /
 * `会計課長`). Before, `会計管理者兼` was a member of that name, 日向 亘 had no post, and `会計課長` was lost.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SITTING = `令和６年第３回ひのき市議会定例会

議事日程（第１号）

                   令和６年９月６日（金曜日）午前１０時開会

日程第１ 会議録署名議員の指名

−−−−−−−−−−−−−−−−−−−−−−−−−−−−−

出席議員（２名）

    1番 守山 久君     2番 宮川文則君

−−−−−−−−−−−−−−−−−−−−−−−−−−−−−

地方自治法第121条の規定により出席した者の職氏名

   市長       横内公平君   副市長      水川 勉君

   会計管理者兼

            日向 亘君   政策秘書課長   駒井宗夫君

   会計課長

   総務課長     水川秋彦君   企画財政課長   五味秀樹君

−−−−−−−−−−−−−−−−−−−−−−−−−−−−−

○議長（宮川文則君） ただいまから令和６年第３回ひのき市議会定例会を開会いたします。

○会計管理者兼会計課長（日向 亘君） 決算の概要を御説明いたします。
`;

describe('a post wrapped around its holder’s name in a two-column roll', () => {
	test('the holder has the whole post, no member is named by its first half', () => {
		const { meeting } = parseText(SITTING, 'hinoki-r6-3-1.txt');
		const officials = meeting?.participants.find((group) => group.group.startsWith('説明') || group.group.includes('地方自治法'))?.members ?? [];
		expect(officials.map((member) => [member.name, member.title])).toEqual([
			['横内公平', '市長'],
			['水川 勉', '副市長'],
			['日向 亘', '会計管理者兼会計課長'],
			['駒井宗夫', '政策秘書課長'],
			['水川秋彦', '総務課長'],
			['五味秀樹', '企画財政課長'],
		]);
	});
});
