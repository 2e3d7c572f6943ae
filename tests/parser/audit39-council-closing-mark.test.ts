/**
 * A roll that marks its chair after the entry (`稲葉　恵子（東京福祉大学教授）◎`) and says what the mark means in a legend
 * (`※◎は座長`, `（◎は座長）`, or in the group's note): the member with the legend's role.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const roll = (rows: readonly string[]) =>
	parseDocuments(['第３回　障害者の就労支援の在り方に関する検討会', '議事録', '', '○日時', '令和６年４月２３日（火）１３：００～１５：００', '', '○出席者', ...rows, '', '○議事', '【稲葉座長】　開会します。', '【秋元構成員】　質問します。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.flatMap((group) =>
		group.members.map((member) => [member.name, member.title, member.affiliation]),
	);

describe('a legend’s mark closing a roll’s entry', () => {
	test('after the affiliation, the legend under the roll', () => {
		expect(roll(['構成員（五十音順、敬称略）', '　秋元　博之（全国就労支援事業者協議会副会長）', '　稲葉　恵子（東京福祉大学社会福祉学部教授）◎', '　大河内　守（障害者雇用企業ネットワーク理事）', '　※◎は座長'])).toEqual([
			['秋元　博之', '構成員', '全国就労支援事業者協議会副会長'],
			['稲葉　恵子', '座長', '東京福祉大学社会福祉学部教授'],
			['大河内　守', '構成員', '障害者雇用企業ネットワーク理事'],
		]);
	});

	test('after the name, the legend in the group’s note', () => {
		expect(roll(['構成員（五十音順、◎は座長）', '　秋元　博之', '　稲葉　恵子◎', '　大河内　守'])).toEqual([
			['秋元　博之', '構成員', null],
			['稲葉　恵子', '座長', null],
			['大河内　守', '構成員', null],
		]);
	});
});
