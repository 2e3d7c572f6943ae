/**
 * A roll with no header row whose category column is merged down and whose third column is the member's affiliation
 * (`学識経験者⇥山田　太郎⇥○○大学教授` / `⇥佐藤　花子⇥△△研究所`, tabs read as one space, or wide gaps): each name under the
 * category is a member of it with their affiliation. The rows had been read with no name, or name and affiliation run
 * together (`鈴木一郎公募`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (roll: readonly string[]) =>
	parseDocuments(['第２回ひばり町環境審議会　会議録', '', '１　日　時　令和６年７月１０日（水）午後２時から', '２　場　所　ひばり町役場　第１会議室', '３　出席者', ...roll, '４　議事', '（１）環境基本計画について', '', '○会長　開会いたします。'].join('\n'), {
		source: 'a.txt',
		sourceHash: '0'.repeat(64),
	})[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title, member.affiliation]));

describe('a category merged down, an affiliation after each name', () => {
	test('typed with tabs', () => {
		expect(members(['学識経験者\t山田　太郎\t○○大学教授', '\t佐藤　花子\t△△研究所', '市民代表\t鈴木　一郎\t公募', '\t高橋　明美\tひばり町自治会連合会'])).toEqual([
			['山田　太郎', '学識経験者', '○○大学教授'],
			['佐藤　花子', '学識経験者', '△△研究所'],
			['鈴木　一郎', '市民代表', '公募'],
			['高橋　明美', '市民代表', 'ひばり町自治会連合会'],
		]);
	});
	test('with wide gaps', () => {
		expect(members(['　学識経験者　　山田　太郎　　○○大学　教授', '　　　　　　　　佐藤　花子　　△△研究所'])).toEqual([
			['山田　太郎', '学識経験者', '○○大学　教授'],
			['佐藤　花子', '学識経験者', '△△研究所'],
		]);
	});
	test('a name padded character by character stays one name', () => {
		expect(members(['　学識経験者　　吉　川　真　理', '　交通事業者　　森　　一夫'])).toEqual([
			['吉川真理', '学識経験者', null],
			['森 一夫', '交通事業者', null],
		]);
	});
});
