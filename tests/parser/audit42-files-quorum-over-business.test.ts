/**
 * An owners' association's board minutes on the usual template (saved as text with a BOM and CRLF line ends, as a Word
 * document is): the title under the association's name, `■　開催日` / `■　場　所` fields, `■出席者（敬称略）` with a post and a
 * name a line, `■欠席者（敬称略）`, then the sentence recording the quorum past a blank line (`出席者５名、欠席者１名、管理規約
 * 第５３条により本理事会は成立した。`), then `■審議事項` with its numbered items and `■議事内容` over the same items and the turns.
 * The quorum sentence is kept as text and the header goes on: the items are the agenda (it had been empty: the text had begun
 * at the sentence and each item had become an empty heading of its own before the same items again).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseText } from './unseen-helpers.ts';

const lines = [
	'\uFEFF令和６年１１月１０日',
	'',
	'グリーンヒルズ南台管理組合',
	'',
	'第２３期第４回理事会・議事録',
	'',
	'■　開催日　令和６年１１月９日（土）',
	'■　時　間　１０：００～１１：３０',
	'■　場　所　集会室',
	'',
	'■出席者（敬称略）',
	'理事長　　水野　隆',
	'副理事長　佐久間　恵',
	'理事　　　岡部　健太',
	'',
	'■欠席者（敬称略）',
	'理事　　　三浦　大輔',
	'',
	'出席者３名、欠席者１名、管理規約第５３条により本理事会は成立した。',
	'',
	'■審議事項',
	'１．長期修繕計画の見直しの件',
	'２．植栽管理業者の変更の件',
	'',
	'■議事内容',
	'１．長期修繕計画の見直しの件',
	'水野理事長：　コンサルタント三社の見積りの比較表を次回までに配布してください。',
	'佐久間副理事長：　修繕積立金の値上げが必要になる見込みはありますか。',
	'',
	'２．植栽管理業者の変更の件',
	'岡部理事：　現在の業者は剪定の時期が遅いとの苦情が出ています。',
	'水野理事長：　来年度から業者を変更する方向で検討します。',
];

describe('the quorum recorded between the roll and the business', () => {
	const result = parseText(lines.join('\r\n'), 'board.txt');

	test('the items under 審議事項 are the agenda', () => {
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['長期修繕計画の見直しの件', '植栽管理業者の変更の件']);
	});

	test('the quorum sentence is kept, and the turns are each speaker’s', () => {
		expect(bodyText(result)).toContain('本理事会は成立した。');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['水野理事長', '佐久間副理事長', '岡部理事', '水野理事長']);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.length])).toEqual([
			['出席者', 3],
			['欠席者', 1],
		]);
	});
});
