/**
 * A roll set as a table whose category column is merged down over several rows (`学識経験者⇥山田　太郎` / `⇥佐藤　花子`, the same
 * with spaces, or `〃` under it): each name under the category is a member of it, the category their title (the category had
 * been a member of its own, or read with no name, and the names under it had none).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (roll: readonly string[]) =>
	parseDocuments(['第２回みどり市環境審議会　会議録', '', '１　日　時　令和６年７月１０日（水）午後２時から', '２　場　所　みどり市役所　第１会議室', '３　出席者', ...roll, '４　議事', '（１）環境基本計画について', '', '○会長　開会いたします。', '○山田委員　質問があります。'].join('\n'), {
		source: 'a.txt',
		sourceHash: '0'.repeat(64),
	})[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]));

describe('a category merged down over the rows under it', () => {
	test('typed with tabs', () => {
		expect(members(['学識経験者\t山田　太郎', '\t佐藤　花子', '市民代表\t鈴木　一郎', '\t高橋　明美'])).toEqual([
			['山田　太郎', '学識経験者'],
			['佐藤　花子', '学識経験者'],
			['鈴木　一郎', '市民代表'],
			['高橋　明美', '市民代表'],
		]);
	});
	test('with spaces, a padded name and a ditto mark', () => {
		expect(members(['　学識経験者　　　山田　太郎', '　　　　　　　　　佐藤　花子', '　交通事業者　　　森　　一夫', '　〃　　　　　　　川口　恵'])).toEqual([
			['山田　太郎', '学識経験者'],
			['佐藤　花子', '学識経験者'],
			['森 一夫', '交通事業者'],
			['川口　恵', '交通事業者'],
		]);
	});
	test('names indented under a role held by one are not given it', () => {
		expect(members(['　会長　　山田　太郎', '　　　　　佐藤　花子'])).toEqual([
			['山田　太郎', '会長'],
			['佐藤　花子', null],
		]);
	});
});
