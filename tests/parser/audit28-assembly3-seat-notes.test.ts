/**
 * A seat roll with a vacant seat (`３番　欠　　　員`) and a member's attendance in brackets after the name
 * (`７番　中　村　誠　司　君（１０時３０分出席）`, `（早退）`): the vacancy is a note, no member; the bracket no group of the member.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第３回かすみ野市議会定例会会議録（第３号）

令和６年９月１１日（水曜日）

出席議員（４名）
　１番　佐　藤　一　郎　君　　２番　高　橋　美　咲　君　　３番　欠　　　員
　６番　山　本　和　子　君（早退）　７番　中　村　誠　司　君（１０時３０分出席）
　８番　小　林　恵　子　君（市民クラブ）

　　　　　　　　午前１０時００分　開議
○議長（山本和子君）　ただいまから本日の会議を開きます。
○議長（山本和子君）　本日はこれにて散会いたします。
`;

describe('a seat roll', () => {
	test('keeps a vacant seat as a note and a member\'s attendance out of their group', () => {
		const { meeting, body } = parseText(MINUTES, 'kasumino-r6-3-3.txt');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.affiliation])])).toEqual([
			[
				'出席議員',
				[
					['佐藤一郎', null],
					['高橋美咲', null],
					['山本和子', null],
					['中村誠司', null],
					['小林恵子', '市民クラブ'],
				],
			],
		]);
		const notes = body.flatMap((section) => section.children).flatMap((block) => (block.type === 'note' ? [block.text] : []));
		expect(notes).toContain('３番　欠　　　員');
	});
});
