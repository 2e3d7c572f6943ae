/**
 * A roll set as a web page's table of name and affiliation (two members a row, one a line once read), each line a full name and its
 * affiliation apart by a tab (`小池　正和⇥みどり大学教授`): the member and their affiliation (they had been one member without a name,
 * or a nameless entry). A tab between a name's parts stays a space inside it (`⇥髙田⇥義夫⇥⇥宮﨑⇥香`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const HEAD = ['第７回 みどり市都市計画審議会 会議録', '日時\t令和６年１１月１４日（木）午後２時～午後３時３０分', '場所\tみどり市役所本庁舎４階'];
const TURNS = ['議題', '', '議案第１号　用途地域の変更について', '', '○小池会長　ただいまから審議会を開会します。', '', '○辻委員　商店街との関係はどうなりますか。'];

describe("a roll's rows of a full name and an affiliation apart by a tab", () => {
	test('each row is a member with their affiliation', () => {
		const members = parse([...HEAD, '出席委員', '小池　正和\tみどり大学教授', '辻　由美子\tみどり市商工会議所', '長尾　浩\t市議会議員', '福田　健一\tみどり県都市計画課長', ...TURNS])?.meeting?.participants.flatMap((group) => group.members);
		expect(members?.map((member) => [member.name, member.affiliation])).toEqual([
			['小池　正和', 'みどり大学教授'],
			['辻　由美子', 'みどり市商工会議所'],
			['長尾　浩', '市議会議員'],
			['福田　健一', 'みどり県都市計画課長'],
		]);
	});

	test("a name's parts in cells of their own are still one member each", () => {
		const members = parse([...HEAD, '出席委員', '\t髙田\t義夫\t\t宮﨑\t香', ...TURNS])?.meeting?.participants.flatMap((group) => group.members);
		expect(members?.map((member) => member.name?.replace(/[\s\u3000]/gu, ''))).toEqual(['髙田義夫', '宮﨑香']);
	});
});
