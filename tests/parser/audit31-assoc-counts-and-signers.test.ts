/**
 * A residents' association's 総会: the roll given as counts one after another (`出席者　４５名　委任状　５０名　計９５名（定足数６０名）`)
 * is a note on the list, never a member named `委任状　５０名…`; the sentence naming who signs (`…議長及び議事録署名人が署名押印する。`)
 * opens the signatures, never the last answer's words, and the signers under it are no one's turn.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const result = (roll: string) =>
	parseLines(
		[
			'緑ヶ丘町内会　第４０回定期総会議事録',
			'',
			'日　時　令和６年４月１４日（日）午前１０時～１１時３０分',
			'場　所　緑ヶ丘会館',
			roll,
			'',
			'議事',
			'５．その他',
			'　会員（４班）：ゴミ当番の負担が大きいので見直してほしい。',
			'　会長：新役員会で検討します。',
			'',
			'以上、議事の経過及び結果を明確にするため、議長及び議事録署名人が署名押印する。',
			'',
			'　　議長　　　　　島村　健　　㊞',
			'　　議事録署名人　宮内　和子　㊞',
		],
		'sokai.txt',
	);

describe('an association’s counts and signers', () => {
	test('counts after the count are a note on the list', () => {
		expect(result('出席者　４５名　委任状　５０名　計９５名（定足数６０名）').meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.length])).toEqual([
			['出席者', '４５名　委任状　５０名　計９５名（定足数６０名）', 0],
		]);
	});

	test('who signs, told after the turns, is no one’s words', () => {
		expect(turnsOf(result('出席者　４５名'))).toEqual([
			['会員（４班）', 'ゴミ当番の負担が大きいので見直してほしい。'],
			['会長', '新役員会で検討します。'],
		]);
	});
});
