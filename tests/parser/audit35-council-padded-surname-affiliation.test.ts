/**
 * A roll's row of a post, then a surname padded apart from the given name with the member's affiliation in a bracket after it
 * (`部会長　　　森　　久美子（はるかぜ大学名誉教授）`): one member with the post and the affiliation (the surname had been a member
 * of its own with the post, the given name another with the affiliation).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (rows: readonly string[]) =>
	parseDocuments(['はるかぜ県環境審議会　自然環境部会（令和６年度第１回）', '会議録', '', '１　日時　令和６年８月２日（金）　午後１時３０分から午後３時まで', '２　場所　はるかぜ県庁　第３会議室', '３　出席委員', ...rows, '', '【森部会長】　ただいまから部会を開催します。', '【石田委員】　担い手の確保が急務です。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('a padded surname with the affiliation after the given name', () => {
	test('is one member with the post and the affiliation', () => {
		const members = parse(['　　部会長　　　森　　久美子（はるかぜ大学名誉教授）', '　　委員　　　　石田　勝也（県猟友会会長）'])?.meeting?.participants.flatMap((group) => group.members);
		expect(members?.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['森 久美子', '部会長', 'はるかぜ大学名誉教授'],
			['石田　勝也', '委員', '県猟友会会長'],
		]);
	});
});
