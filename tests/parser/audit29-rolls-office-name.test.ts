/**
 * A roll's entry of an office or a body and a full name with no post between (`愛知県交通対策課　木村　隆`,
 * `やまと交通株式会社　小川　恵`): the member, the office their affiliation; such entries had been read with no name.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (roll: readonly string[]) =>
	parseDocuments(['第１回やまと町地域公共交通会議　議事要旨', '', '１．日時　令和６年５月１５日（水）１４時００分', '２．場所　やまと町役場　大会議室', '３．出席者', ...roll, '４．議事', '', '○会長　開会します。'].join('\n'), {
		source: 'a.txt',
		sourceHash: '0'.repeat(64),
	})[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title, member.affiliation]));

describe('an office and a name', () => {
	test('are the member and their affiliation', () => {
		expect(members(['　愛知県交通対策課　木村　隆', '　やまと交通株式会社　小川　恵', '　やまと町企画課長　森　正人'])).toEqual([
			['木村　隆', null, '愛知県交通対策課'],
			['小川　恵', null, 'やまと交通株式会社'],
			['森　正人', 'やまと町企画課長', null],
		]);
	});
});
