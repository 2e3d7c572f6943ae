/**
 * A participants table under its header row (`区分⇥氏名⇥所属等`), its category or affiliation column merged down over the
 * rows under it (`学識経験者⇥山田　太郎⇥○○大学教授` / `⇥佐藤　花子⇥△△研究所`): each row's name, the category (or affiliation)
 * carried down, and the cells after the name; the tabs (read as one space) or a padded layout with spaces. The rows had
 * been read with no name, or the affiliation column as the holder's post.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (roll: readonly string[]) =>
	parseDocuments(['第３回みなと市都市計画審議会　会議録', '', '１　日　時　令和６年１０月３日（木）午後２時から', '２　場　所　みなと市役所　第２会議室', '３　出席者', ...roll, '４　議事', '（１）用途地域の変更について', '', '○会長　開会いたします。'].join('\n'), {
		source: 'a.txt',
		sourceHash: '0'.repeat(64),
	})[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title, member.affiliation]));

describe('a roll table with a column merged down', () => {
	test('typed with tabs, the category merged', () => {
		expect(members(['区分\t氏名\t所属等', '学識経験者\t山田　太郎\t○○大学教授', '\t佐藤　花子\t△△研究所主任研究員', '市民代表\t林　修\t公募委員', '\t原　ひろみ\tみなと市自治会連合会'])).toEqual([
			['山田　太郎', '学識経験者', '○○大学教授'],
			['佐藤　花子', '学識経験者', '△△研究所主任研究員'],
			['林　修', '市民代表', '公募委員'],
			['原　ひろみ', '市民代表', 'みなと市自治会連合会'],
		]);
	});
	test('padded with spaces, a name padded to its column', () => {
		expect(members(['　区　分　　　　氏　名　　　　所　属', '　学識経験者　　山田　太郎　　○○大学教授', '　　　　　　　　佐藤　花子　　△△研究所主任研究員', '　公募委員　　　林　　　修　　市民'])).toEqual([
			['山田　太郎', '学識経験者', '○○大学教授'],
			['佐藤　花子', '学識経験者', '△△研究所主任研究員'],
			['林 修', '公募委員', '市民'],
		]);
	});
	test('typed with tabs, the affiliation merged', () => {
		expect(members(['所属\t氏名\t役職', 'みなと市消防団\t山田　太郎\t団長', '\t佐藤　花子\t副団長', 'みなと警察署\t鈴木　一郎\t署長'])).toEqual([
			['山田　太郎', '団長', 'みなと市消防団'],
			['佐藤　花子', '副団長', 'みなと市消防団'],
			['鈴木　一郎', '署長', 'みなと警察署'],
		]);
	});
	test('a status after an unspaced name is no given name', () => {
		expect(members(['役職 氏名 出欠', '委員長 守屋亘弘 出席', '委員 鈴木道子 出席'])).toEqual([
			['守屋亘弘', '委員長', null],
			['鈴木道子', '委員', null],
		]);
	});
});
