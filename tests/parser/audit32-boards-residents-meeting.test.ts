/**
 * A meeting of a city with its residents (意見交換会, まちづくり懇談会): the residents counted, not named (`参加者　市民１８名`,
 * `出席者　住民３５名`), a note on the list without a warning, and the city's side under `市出席者` a roll of its own (its line had
 * been lost, or read as nameless members of the list above).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const groups = (lines: readonly string[]) =>
	read(lines)?.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.name, member.title])]);

describe("a meeting with residents: the public counted and the city's side", () => {
	test('the residents counted, then the city under 市出席者', () => {
		expect(
			groups([
				'南川市長と市民の意見交換会　記録',
				'',
				'１　日　時　令和６年８月３日（土）１０時～１１時３０分',
				'２　会　場　南川市立中央図書館　多目的室',
				'３　参加者　市民１８名',
				'４　市出席者　市長　佐々木　博、市民協働課長　野口　真理',
				'',
				'市民協働課長：ただいまから意見交換会を始めます。',
				'市長：今日は皆さんの率直なご意見を伺いたいと思います。',
				'市民１：図書館の開館時間を延長してほしい。',
			]),
		).toEqual([
			['参加者', '市民１８名', []],
			[
				'市出席者',
				null,
				[
					['佐々木　博', '市長'],
					['野口　真理', '市民協働課長'],
				],
			],
		]);
	});

	test('the residents counted over the city’s side, without a warning', () => {
		const parsed = read([
			'東町地区まちづくり懇談会　会議録',
			'',
			'日　時　令和６年１０月５日（土）午後７時～午後８時３０分',
			'場　所　東町公民館　大ホール',
			'出席者　住民３５名',
			'　　　　市側　市長　大川　誠、企画課長　森　隆',
			'',
			'市長：本日はお集まりいただきありがとうございます。',
			'参加者Ａ：東町の通学路に歩道がなく危険です。',
		]);
		expect(parsed?.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.length])).toEqual([
			['出席者', '住民３５名', 0],
			['市側', null, 2],
		]);
		expect(parsed?.diagnostics.filter((d) => d.message.includes('lists no members'))).toEqual([]);
	});

	test('a count of a board’s own members stays what it was', () => {
		const parsed = read([
			'第３回北浜町農業委員会総会議事録',
			'',
			'１　日時　令和６年３月８日（金）午後１時３０分',
			'２　場所　北浜町役場　第１会議室',
			'３　出席委員　山田　一郎、川上　二郎',
			'４　欠席委員　委員１名',
			'',
			'議長：開会します。',
		]);
		expect(parsed?.meeting?.participants.find((group) => group.group === '欠席委員')?.note ?? null).toBeNull();
	});
});
