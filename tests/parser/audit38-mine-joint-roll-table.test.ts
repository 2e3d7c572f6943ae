/**
 * A joint body's assembly (一部事務組合議会) whose roll is a table of seat numbers, names padded to their column and the town
 * or village that sent each member (`議席番号　氏　名　　構成町村`). Before, every cell, the table's heads among them, was a member
 * of its own (`議席番号 氏名`, `構成町村`, `１`, `ともえ町`…); now each row is one member with the town as affiliation.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SITTING = `令和６年第２回ともえ広域行政事務組合議会臨時会会議録

令和６年１０月３日（木曜日）　午後２時開会

出席議員
　議席番号　氏　名　　　　　構成町村
　　１　　　桑　田　晴　美　　ともえ町
　　２　　　内　藤　和　宏　　ともえ町
　　３　　　宮　本　　　淳　　あさひ村
　　４　　　大　川　紀　子　　あさひ村

欠席議員
　なし

○議長（内藤和宏君）　ただいまから臨時会を開会します。本日の会議を開きます。
○３番（宮本淳君）　構成町村の負担金はどれだけ増えますか。
○議長（内藤和宏君）　閉会します。
`;

describe('a joint body’s roll table of seats, names and the towns that sent them', () => {
	test('each row is one member, the town the affiliation, the seat no post', () => {
		const { meeting } = parseText(SITTING, 'tomoe-r6-2.txt');
		const present = meeting?.participants.find((group) => group.group === '出席議員')?.members ?? [];
		expect(present.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['桑田晴美', null, 'ともえ町'],
			['内藤和宏', null, 'ともえ町'],
			['宮本 淳', null, 'あさひ村'],
			['大川紀子', null, 'あさひ村'],
		]);
	});
});
