/**
 * A 都市計画審議会's header with the officials who serve it as `幹事等` (marked as the other fields are, or numbered), and a
 * 部会's roll closed by its count in brackets (`杉浦委員（以上６名）`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const groups = (fields: readonly string[]) =>
	parseDocuments(['第１８２回みなと市都市計画審議会　会議録', '', ...fields, '', '○都市計画課長　ただいまから開会いたします。', '○秋山会長　議事に入ります。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.map((group) => [
		group.group,
		group.note ?? null,
		group.members.map((member) => [member.name, member.title, member.affiliation]),
	]);

describe("the officials serving a council, under 幹事等", () => {
	test('marked as the fields are, after the absent: a roll of their own', () => {
		expect(groups(['○開催日時　令和６年１１月１９日（火）午前１０時～午前１１時２０分', '○出席委員　秋山会長、江口委員', '○欠席委員　　小松　正人', '○幹事等　　都市政策部長、都市計画課長、同課主幹'])).toEqual([
			['出席委員', null, [['秋山', '会長', null], ['江口', '委員', null]]],
			['欠席委員', null, [['小松　正人', null, null]]],
			['幹事等', null, [[null, '都市政策部長', null], [null, '都市計画課長', null], [null, '都市計画課主幹', null]]],
		]);
	});

	test('numbered as the fields are', () => {
		expect(groups(['１　日時　令和６年１１月１９日（火）午前１０時～午前１１時２０分', '２　出席委員　秋山会長、江口委員', '３　幹事　都市政策部長、都市計画課長'])?.map(([group]) => group)).toEqual(['出席委員', '幹事']);
	});
});

describe('a count closing the roll after the last member', () => {
	test('`（以上３名）` is the list’s note, no affiliation of the last member', () => {
		expect(groups(['日時：令和６年２月２０日（火）１３：３０～１５：３０', '出席委員：秋山部会長、岸委員、杉浦委員（以上３名）'])).toEqual([['出席委員', '以上３名', [['秋山', '部会長', null], ['岸', '委員', null], ['杉浦', '委員', null]]]]);
	});
});
