/**
 * The floor answering the chair at a vote, on a line of its own between the chair's call and the chair's next turn, is read one
 * way whatever its form: in brackets (`（異議なし）`, `（全員挙手）`, `(総員挙手)`, `（挙手多数）`) or without them, as a web page
 * made from the record's PDF or an old record writes it (`賛成者起立`, `賛成の声多数`, `異議なしの声あり`): a note between the turns,
 * never words of the chair's call (a show of hands in brackets had been kept in the call's text, the words without brackets read
 * two ways by two rules). With no turn after it, the answer stays a note of the chair's turn, as it always has in brackets.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const committee = (answer: string, after = '○議長（元木会長）  全員賛成で許可することに決定いたしました。') =>
	[
		'第 10 回 農 業 委 員 会 議 事 録',
		'',
		'令和６年１２月１９日（木）',
		'みなみ文化会館　1001学習室',
		'',
		'出席委員',
		'    1番委員  吉 井 美華子         2番委員  野 口 達 也',
		'',
		'○元木事務局長  では，定刻になりましたので，ただいまから総会を開催いたします。',
		'○議長（元木会長）  原案のとおり許可することに賛成の方の挙手を求めます。',
		answer,
		after,
		'',
		'閉会時間　　午後３時４５分',
	].join('\n');

function turnsAndNotes(text: string) {
	const result = parseText(text, 'nogyo.txt');
	const remarks = (result.meeting?.remarks ?? []).map((remark) => [remark.speaker, remark.text]);
	const between = result.body.flatMap((section) => section.children.filter((block) => block.type === 'note').map((block) => ('text' in block ? block.text : '')));
	const inside = result.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'remark' ? block.children.filter((child) => child.type === 'note').map((child) => ('text' in child ? child.text : '')) : [])));
	return { remarks, between, inside };
}

describe("the floor's answer at a vote, between the chair's call and the chair's next turn", () => {
	for (const answer of ['（全員挙手）', '(総員挙手)', '（挙手多数）', '（異議なし）', '賛成者起立', '全員挙手', '賛成の声多数', '異議なしの声あり', '「異議なし」と呼ぶ者あり']) {
		test(`${answer}: a note between the turns, no words of the chair's call`, () => {
			const { remarks, between, inside } = turnsAndNotes(committee(answer));
			expect(remarks).toEqual([
				['元木事務局長', 'では，定刻になりましたので，ただいまから総会を開催いたします。'],
				['議長（元木会長）', '原案のとおり許可することに賛成の方の挙手を求めます。'],
				['議長（元木会長）', '全員賛成で許可することに決定いたしました。'],
			]);
			expect(between).toContain(answer);
			expect(inside).not.toContain(answer);
		});
	}
});

describe('with no turn after it', () => {
	for (const answer of ['（全員挙手）', '賛成の声多数']) {
		test(`${answer}: a note of the chair's turn, as in brackets`, () => {
			const { remarks, between, inside } = turnsAndNotes(committee(answer, '全員賛成で許可することに決定いたしました。'));
			expect(inside).toContain(answer);
			expect(between).not.toContain(answer);
			expect(remarks.map(([speaker]) => speaker)).toEqual(['元木事務局長', '議長（元木会長）']);
		});
	}
});
