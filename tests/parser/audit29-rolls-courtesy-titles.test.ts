/**
 * A roll whose names carry a courtesy title set apart after them (`山田　太郎　様`, `鈴木　一郎　氏`, `林　修　殿`, before a
 * bracket: `佐藤　花子　様（みずほ市商工会）`): the name without it; the entries had been read with no name.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (roll: readonly string[]) =>
	parseDocuments(['令和６年度第２回あさひ町文化財保護審議会　会議録', '', '日時　令和６年１１月７日（木）午後１時３０分', '会場　あさひ町公民館　研修室', '出席委員', ...roll, '事務局', '　教育長　　石井　浩二', '', '○会長　開会します。'].join('\n'), {
		source: 'a.txt',
		sourceHash: '0'.repeat(64),
	})[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.text, member.name, member.affiliation]));

describe('a courtesy title after a space', () => {
	test('closing the entry or before its bracket', () => {
		expect(members(['　山田　太郎　様', '　鈴木　一郎　氏', '　林　修　殿', '　佐藤　花子　様（みずほ市商工会）'])).toEqual([
			['山田　太郎　様', '山田　太郎', null],
			['鈴木　一郎　氏', '鈴木　一郎', null],
			['林　修　殿', '林　修', null],
			['佐藤　花子　様（みずほ市商工会）', '佐藤　花子', 'みずほ市商工会'],
			['教育長　石井　浩二', '石井　浩二', null],
		]);
	});
});
