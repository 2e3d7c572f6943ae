/**
 * A public hearing's record that marks every turn with ○ over its words: `○議長` alone is the chair's turn (it had been read as
 * a header field naming the chair, the hearing's turns below it as members of a roll), and the speakers heard by number
 * (`○公述人１`, `○公述人２`, like `市民１`, `住民Ａ` at a town meeting) each a turn of their own (they had been kept as text).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

describe("a hearing's turns marked ○ over their words", () => {
	test('the chair and the speakers heard by number', () => {
		const parsed = parseDocuments(
			[
				'北台市一般廃棄物処理基本計画（案）に関する公聴会　会議録',
				'',
				'■日時：令和６年６月８日（土）午前１０時～午前１１時',
				'■場所：北台市役所　大会議室',
				'■出席者',
				'　議長：北台市環境部長　岩崎　守',
				'　市側：環境部環境政策課長　小松　直樹',
				'■傍聴者：８名',
				'',
				'○議長',
				'　ただいまから公聴会を開会いたします。',
				'○公述人１',
				'　ごみの有料化には反対です。',
				'○公述人２',
				'　低所得世帯への配慮をお願いしたい。',
				'○環境政策課長',
				'　いただいたご意見は計画案に反映を検討します。',
				'○議長',
				'　以上で公聴会を終了します。',
			].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0];
		expect(parsed?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長', 'ただいまから公聴会を開会いたします。'],
			['公述人１', 'ごみの有料化には反対です。'],
			['公述人２', '低所得世帯への配慮をお願いしたい。'],
			['環境政策課長', 'いただいたご意見は計画案に反映を検討します。'],
			['議長', '以上で公聴会を終了します。'],
		]);
		expect(parsed?.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['岩崎　守', '小松　直樹']);
		expect(parsed?.diagnostics.filter((d) => d.message.includes('appears twice'))).toEqual([]);
	});
});
