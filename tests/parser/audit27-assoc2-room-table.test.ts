/**
 * An owners' association's roll set as a table of post, room and name (`役職　　号室　　氏名` over `理事長　　１０１　　松井　大輔`),
 * with `同` for the post above: one member a row, the room their affiliation. The header had been three members, each cell of a
 * row a member of its own, and a `同` row a member without a post.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (rows: readonly string[]) =>
	parseDocuments(['ニューハイツ西町管理組合　第３回理事会　議事録', '', '日時：令和６年９月１５日（日）１０：００～１１：３０', '場所：集会室', '出席者', ...rows, '', '議事', '松井理事長：定刻となりましたので開会します。'].join('\n'), {
		source: 'a.txt',
		sourceHash: '0'.repeat(64),
	})[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title, member.affiliation]));

const expected = (room: (n: string) => string) => [
	['松井　大輔', '理事長', room('１０１')],
	['川口　誠', '理事', room('３０２')],
	['野口　恵', '理事', room('４０１')],
	['田辺　清', '理事', room('５０３')],
];

describe('a roll of post, room and name', () => {
	test('under its header row', () => {
		expect(members(['　役職　　　　号室　　　氏名', '　理事長　　　１０１　　松井　大輔', '　理事　　　　３０２　　川口　誠', '　同　　　　　４０１　　野口　恵', '　〃　　　　　５０３　　田辺　清'])).toEqual(expected((n) => n));
	});

	test('without a header row, the room a number alone', () => {
		expect(members(['　理事長　　　１０１　　松井　大輔', '　理事　　　　３０２　　川口　誠', '　同　　　　　４０１　　野口　恵', '　同　　　　　５０３　　田辺　清'])).toEqual(expected((n) => n));
	});

	test('without a header row, the room with 号室', () => {
		expect(members(['　理事長　　　１０１号室　　松井　大輔', '　理事　　　　３０２号室　　川口　誠', '　同　　　　　４０１号室　　野口　恵', '　同　　　　　５０３号室　　田辺　清'])).toEqual(expected((n) => `${n}号室`));
	});
});
