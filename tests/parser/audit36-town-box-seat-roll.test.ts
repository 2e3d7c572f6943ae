/**
 * A village committee's record saved from a minutes system as text, its header a table drawn in box characters, the members
 * present under `出席(応招)委員` in columns of seats without 番 and names (`│1  │港 山 實 登  │4  │比 嘉 重 則  │`), the
 * absent under `欠席(不応招)委員`: the members are the roll, each by name.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'┌─────────────────────────────────────────────┐',
	'│令和６年第４回ひがし村議会予算審査特別委員会会議録                    │',
	'├─────────┬───────────────────────────────────┤',
	'│招集年月日    │令和６年３月２８日                           │',
	'├─────────┼───────────────────────────────────┤',
	'│招集場所     │ひがし村議会委員会室                          │',
	'├─────────┼───┬─────────────────┬───┬─────────┤',
	'│開・閉の日時   │開会 │令和６年３月２８日 午後１時３０分  │委員長│神 山 牧 夫  │',
	'│及び宣言     │閉会 │令和６年３月２８日 午後２時１４分  │委員長│神 山 牧 夫  │',
	'├─────────┼───┼─────────────┬───┼───┴─────────┤',
	'│出席(応招)委員 │議 席│氏   名        │議 席│氏   名        │',
	'│         │番 号│             │番 号│             │',
	'│         ├───┼─────────────┼───┼─────────────┤',
	'│         │1  │港 山 實 登      │4  │比 嘉 重 則      │',
	'│         ├───┼─────────────┼───┼─────────────┤',
	'│         │2  │伊 佐 真 二      │5  │神 山 牧 夫      │',
	'│         ├───┼─────────────┼───┼─────────────┤',
	'│         │3  │宮 城 一 花      │   │             │',
	'├─────────┼───┼─────────────┼───┼─────────────┤',
	'│欠席(不応招)委員│   │なし           │   │             │',
	'├─────────┼───┴─────────────┴───┴─────────────┤',
	'│説明のため出席した者│村長 當 山 彰、副村長 大 城 勉、総務課長 金 城 明 美       │',
	'├─────────┼───────────────────────────────────┤',
	'│職務のため出席した者│議会事務局長 宮 里 勝、書記 玉 城 さやか                │',
	'└─────────┴───────────────────────────────────┘',
	'',
	'○委員長（神山牧夫君）　ただいまから予算審査特別委員会を開会します。',
	'○委員長（神山牧夫君）　質疑を許します。',
	'○２番（伊佐真二君）　ふるさと納税の返礼品の見直しはどのようになっていますか。',
	'○村長（當山彰君）　地元の特産品を中心に、品目を増やす方向で見直しを行っております。',
	'○委員長（神山牧夫君）　質疑を終わります。これより採決します。原案に賛成の方の挙手を求めます。',
	'　　（挙手全員）',
];

describe("a committee's roll in a box table of seats and names", () => {
	const { meeting, diagnostics } = parseText(record.join('\n'), 'higashi-yosan.txt');

	test('lists every member present, no column head among them', () => {
		const present = meeting?.participants.find((group) => group.group === '出席委員');
		expect(present?.members.map((member) => member.name)).toEqual(['港山實登', '比嘉重則', '伊佐真二', '神山牧夫', '宮城一花']);
		expect(diagnostics.filter((diagnostic) => diagnostic.code === 'empty-group')).toEqual([]);
	});
});
