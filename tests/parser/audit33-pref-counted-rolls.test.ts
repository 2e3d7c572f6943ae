/**
 * Rolls an assembly gives by their count on the heading's line: a 全員協議会's `出席議員　　４６名` (no names), its absent member
 * in brackets after the count (`欠席議員　　　１名（１５番　大　川　浩　司）`), and a prefecture's `本日の出席議員　議長共104名`
 * above the roll that names them.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const BRIEFING = `　　　　　　　　　　　　わかば県議会全員協議会会議録

日　時　　令和６年７月１０日（水）　午後１時３０分～午後２時４５分
場　所　　本会議場

出席議員　　４６名
欠席議員　　　１名（１５番　大　川　浩　司）

説明のため出席した者
　知事　　　　　　　　　　　長　岡　慎　吾

○議長（吉村泰三君）　ただいまから全員協議会を開会いたします。
○知事（長岡慎吾君）　県庁舎の建替えについて御説明申し上げます。
○２３番（山内弘美君）　事業費の見込みを伺います。
○議長（吉村泰三君）　以上で全員協議会を閉会いたします。
`;

const SITTING = `令和６年第一回定例会　ゆずりは県議会会議録第３号

〇令和６年２月21日　午後１時開議
〇本日の出席議員　議長共104名
　　　　　　　　出　席　議　員
　　　　議　長　　　加　藤　良　平
　　　　１　番　　　大　村　美　奈
〇議長（加藤良平）　ただいまから、本日の会議を開きます。
〇大村美奈君　質問します。
`;

describe('a roll given by its count', () => {
	test('a count alone is the roll\'s note, without a warning; members in brackets after a count are the roll\'s', () => {
		const result = parseText(BRIEFING, 'wakaba-zenkyo-2024-07-10.txt');
		const groups = result.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => member.name)]);
		expect(groups).toEqual([
			['出席議員', '４６名', []],
			['欠席議員', null, ['大川浩司']],
			['説明のため出席した者', null, ['長岡慎吾']],
		]);
		expect(result.diagnostics.filter((d) => d.code === 'empty-group')).toEqual([]);
	});

	test('`議長共104名` is the count of the roll named below it, no member', () => {
		const result = parseText(SITTING, 'yuzuriha-r6-1-3.txt');
		const groups = result.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => member.name)]);
		expect(groups).toEqual([['出席議員', '議長共104名', ['加藤良平', '大村美奈']]]);
	});
});
