/**
 * A metropolitan assembly's committee record lists members with 君 after each name and no post for most of them
 * (`古城まさお君`): the honorific is no post (it had been each member's title, shown as their post).
 */
import { expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

test('members written with 君 after their names have no post of 君', () => {
	const text = `総務委員会速記録第六号

令和六年三月二十日（水曜日）
第一委員会室
午後一時開議
出席委員　四名
委員長小松　大介君
理事鈴木　章浩君
古城まさお君
原　のり子君

欠席委員　なし

○小松委員長　ただいまから総務委員会を開会いたします。
○原委員　第二十九号議案に反対の立場から意見を述べます。
○小松委員長　これをもちまして本日の委員会を閉会いたします。
`;
	const meeting = parseDocuments(text, { source: 'somu.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
	const members = meeting?.participants[0]?.members.map((member) => [member.name, member.title]);
	expect(members).toEqual([
		['小松 大介', '委員長'],
		['鈴木 章浩', '理事'],
		['古城まさお', null],
		['原 のり子', null],
	]);
});
