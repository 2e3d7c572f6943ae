/**
 * A roll numbered member by member (`１　山田太郎（やまと交通株式会社）`, `２　佐藤　花子（やまと町商工会）`): each line is the
 * member after the number, their affiliation in brackets; the lines had been read with no name.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (roll: readonly string[]) =>
	parseDocuments(['第１回やまと町地域公共交通会議　議事要旨', '', '１．日時　令和６年５月１５日（水）１４時００分～１５時３０分', '２．場所　やまと町役場　大会議室', '３．出席者', ...roll, '４．議事', '（１）路線の見直しについて', '', '○会長　開会します。'].join('\n'), {
		source: 'a.txt',
		sourceHash: '0'.repeat(64),
	})[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title, member.affiliation]));

describe('members numbered one by one', () => {
	test('a number and a space, the affiliation in brackets', () => {
		expect(members(['　１　山田太郎（やまと交通株式会社）', '　２　佐藤　花子（やまと町商工会）', '　３　鈴木一郎（国土交通省中部運輸局）'])).toEqual([
			['山田太郎', null, 'やまと交通株式会社'],
			['佐藤　花子', null, 'やまと町商工会'],
			['鈴木一郎', null, '国土交通省中部運輸局'],
		]);
	});
	test('a group numbered the same way is still a group', () => {
		const result = parseDocuments(['第１回やまと町地域公共交通会議　議事要旨', '', '１．日時　令和６年５月１５日（水）', '２．場所　やまと町役場', '３．出席者', '　１　委員', '　　山田太郎（やまと交通株式会社）', '　２　事務局', '　　都市計画課長　木村　隆', '４．議事', '', '○会長　開会します。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
		expect(result?.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['委員', ['山田太郎']],
			['事務局', ['木村　隆']],
		]);
	});
});
