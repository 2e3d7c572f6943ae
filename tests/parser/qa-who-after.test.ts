/**
 * A residents' association's 総会 minutes write who asks or answers in brackets after the words: a numbered group's member
 * (`(4班 会員)`), a role and who holds it (`(広報担当:森川)`), a member with the post (`(田所副会長)`). The item of business in
 * 【】 after the answers (`【議題3】…`) heads a section, and `8.閉会挨拶(副会長:村井)` over the words is 村井's turn (before:
 * the questions and answers were `Q` and `A` with the bracket in their words, and the last answer took in the rest).
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `令和6年度さくら台北自治会定期総会・議事録

1.日時:令和7年4月20日(日)13:30〜15:00
2.場所:北集会所 大広間
6.議事
【議題2】令和6年度決算報告(会計:石黒)
・収入合計 812,000円、支出合計 790,450円。
【質疑応答】
Q:集会所の網戸の修理はいつになるのか。(4班 会員)
A:業者の見積りを待って5月中に直す予定。(広報担当:森川)
Q:資源回収の日程は変わるのか。(11組 会員)
A:これまでどおり第2土曜日で続ける。(田所副会長)

【議題3】令和7年度役員選出
・新会長に村井を選出し、拍手で承認。
8.閉会挨拶(副会長:村井)
「一年間のご協力に感謝したい。」
`;

describe('questions and answers with who asks or answers in brackets after the words', () => {
	const { meeting } = parseMinutes(MINUTES, { source: 'sakura.txt', sourceHash: '0'.repeat(64) });

	test('name the member of the numbered group, the role’s holder and the member with the post', () => {
		expect(meeting!.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['Q（4班 会員）', '集会所の網戸の修理はいつになるのか。'],
			['A（森川広報担当）', '業者の見積りを待って5月中に直す予定。'],
			['Q（11組 会員）', '資源回収の日程は変わるのか。'],
			['A（田所副会長）', 'これまでどおり第2土曜日で続ける。'],
			['村井副会長', '一年間のご協力に感謝したい。'],
		]);
	});

	test('the item of business in 【】 heads a section, the closing greeting one of its own', () => {
		const titles = meeting!.sections.map((section) => section.title);
		expect(titles).toContain('【議題3】令和7年度役員選出');
		expect(titles).toContain('閉会挨拶(副会長:村井)');
		const closing = meeting!.remarks.at(-1)!;
		expect(meeting!.sections.find((section) => section.id === closing.section)?.title).toBe('閉会挨拶(副会長:村井)');
	});
});
