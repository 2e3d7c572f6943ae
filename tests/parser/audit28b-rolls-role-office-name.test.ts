/**
 * A roll's row of the role held at the meeting, the office the member holds and the name (`会長　町長　森下　孝`, `副会長　教育長
 * 石田　誠`, `委員　教育委員　木村　里美`): the name, the role as title and the office as affiliation (it had been read with no name).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (roll: readonly string[]) =>
	parseDocuments(['令和６年度第１回ひばり町総合教育会議　会議録', '', '１　日　時　令和６年６月１２日（水）午後１時３０分', '２　場　所　ひばり町役場　２階会議室', '３　出席者', ...roll, '４　議事', '（１）教育大綱について', '', '森下会長　開会します。', '石田副会長　資料を説明します。'].join('\n'), {
		source: 'a.txt',
		sourceHash: '0'.repeat(64),
	})[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title, member.affiliation]));

describe('role, office and name', () => {
	test('each row a member with all three', () => {
		expect(members(['　　会長　町長　森下　孝', '　　副会長　教育長　石田　誠', '　　委員　教育委員　木村　里美'])).toEqual([
			['森下　孝', '会長', '町長'],
			['石田　誠', '副会長', '教育長'],
			['木村　里美', '委員', '教育委員'],
		]);
	});
	test('a role and a name alone stay as before', () => {
		expect(members(['　　会長　森下　孝', '　　委員　木村　里美'])).toEqual([
			['森下　孝', '会長', null],
			['木村　里美', '委員', null],
		]);
	});
});
