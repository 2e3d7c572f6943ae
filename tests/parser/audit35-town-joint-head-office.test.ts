/**
 * A joint body's head and deputy listed with the office each holds in a member town, in brackets after the name
 * (`広域連合長　　山　崎　正　人（なぎさ市長）`) or against the post (`管理者（しおさい市長）　　橋　爪　隆　信`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const record = (officials: string[]) => [
	'令和６年第１回なぎさ地区広域連合議会定例会会議録',
	'令和６年２月２７日',
	'',
	'出席議員（２名）',
	'　　１番　向　井　　　修　　２番　安　井　　　実',
	'',
	'地方自治法第１２１条の規定により説明のため出席した者の職氏名',
	...officials,
	'',
	'○議長（安井実君）　ただいまから会議を開きます。',
	'○広域連合長（山崎正人君）　御説明します。',
	'○議長（安井実君）　これで閉会します。',
];

const officialsOf = (lines: string[]) =>
	parseLines(lines, 'nagisa.txt')
		.meeting?.participants.find((group) => group.group === '説明のため出席した者')
		?.members.map((member) => [member.title, member.name, member.affiliation]);

describe("a joint body's head with the office held in a member town", () => {
	test('after the name: the office is the affiliation, no part of the given name', () => {
		expect(officialsOf(record(['　　広域連合長　　　　山　崎　正　人（なぎさ市長）', '　　副広域連合長　　　山　田　浩　平（あさひ町長）', '　　総務課長　　　　　吉　岡　真　一']))).toEqual([
			['広域連合長', '山崎正人', 'なぎさ市長'],
			['副広域連合長', '山田浩平', 'あさひ町長'],
			['総務課長', '吉岡真一', null],
		]);
	});

	test('against the post: the post alone is the title', () => {
		expect(officialsOf(record(['　管理者（しおさい市長）　　　　橋　爪　隆　信', '　副管理者（うみべ町長）　　　　長谷川　　　光']))).toEqual([
			['管理者', '橋爪隆信', 'しおさい市長'],
			['副管理者', '長谷川 光', 'うみべ町長'],
		]);
	});
});
