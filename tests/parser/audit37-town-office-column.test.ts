/**
 * A joint body's officials listed in three columns, the post, the office its holder has in a member town, the name
 * (`管　理　者　　　みなみ町長　　　　渡　辺　英　樹`), as a 一部事務組合's roll sets them.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const record = [
	'令和６年第１回みなみ地区衛生組合議会定例会会議録',
	'令和６年２月２６日（月曜日）',
	'',
	'出席議員（２名）',
	'　　１番　　田　中　　　誠　　　２番　　石　田　浩　二',
	'',
	'地方自治法第１２１条の規定により説明のため出席した者の職氏名',
	'　　管　理　者　　　みなみ町長　　　　渡　辺　英　樹',
	'　　副 管 理 者　　　きたや村長　　　　山　本　　　修',
	'　　会計管理者　　　　　　　　　　　　林　　　真由美',
	'　　事 務 局 長　　　　　　　　　　　　清　水　隆　之',
	'',
	'○議長（石田浩二君）　ただいまから会議を開きます。',
	'○管理者（渡辺英樹君）　御説明します。',
	'○議長（石田浩二君）　これで閉会します。',
];

describe("a joint body's post, the member town's office and the name in columns of their own", () => {
	test('the post is the title and the office the affiliation', () => {
		const officials = parseLines(record, 'minami-eisei.txt').meeting?.participants.find((group) => group.group === '説明のため出席した者');
		expect(officials?.members.map((member) => [member.title, member.name, member.affiliation])).toEqual([
			['管理者', '渡辺英樹', 'みなみ町長'],
			['副管理者', '山本修', 'きたや村長'],
			['会計管理者', '林 真由美', null],
			['事務局長', '清水隆之', null],
		]);
	});
});
