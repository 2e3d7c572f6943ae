/**
 * A prefecture's record marks a member's speech going on after an interruption with `（続）` after the bracketed label
 * (`○三番（西川理沙君）（続）　…`): the member's turn, the mark no part of the label or the words.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `　　　第四百二回みなと県議会（定例会）会議録（第三号）

令和六年十二月九日（月曜日）
　　　午前十時一分開議
出席議員（二名）
　　　第　三　番　　　　　　　　　　　　　西　川　理　沙　君
　　　第　九　番　　　　　　　　　　　　　中　山　和　男　君
○議長（中山和男君）　第三番西川理沙君。
○三番（西川理沙君）　まず、県立病院の医師確保について伺います。
　　　　〔議場騒然〕
○議長（中山和男君）　静粛に願います。
○三番（西川理沙君）（続）　医師の働き方改革の影響をどう見ていますか。（拍手）
○知事（山崎昭彦君）　お答えいたします。
○議長（中山和男君）　本日は、これにて散会いたします。
`;

describe('a turn going on after an interruption', () => {
	test('is the member speaking again, not a heading', () => {
		const { meeting } = parseText(MINUTES, 'minato-402-3.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（中山和男君）', '第三番西川理沙君。'],
			['三番（西川理沙君）', 'まず、県立病院の医師確保について伺います。\n〔議場騒然〕'],
			['議長（中山和男君）', '静粛に願います。'],
			['三番（西川理沙君）', '医師の働き方改革の影響をどう見ていますか。（拍手）'],
			['知事（山崎昭彦君）', 'お答えいたします。'],
			['議長（中山和男君）', '本日は、これにて散会いたします。'],
		]);
		expect(meeting?.sections.map((section) => section.title)).not.toContain('三番（西川理沙君）（続）　医師の働き方改革の影響をどう見ていますか。（拍手）');
	});
});
