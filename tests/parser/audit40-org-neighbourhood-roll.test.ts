/**
 * A neighbourhood association's roll, its officers one a line: the 組長 counted on a line of their own (`組長　　８名`) a note on
 * the list (they had been two members named no one), and a post ending in 委員 that says what its holder looks after before the
 * name (`民生委員　大野節子`, `体育委員　長谷川　聡`) that member's post (the whole had been read as one name, or as no one).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const minutes = [
	'ひばりが丘町内会　令和６年度　第２回役員会　議事録',
	'',
	'日時　令和６年６月９日（日）　午前１０時～１１時３０分',
	'場所　ひばりが丘会館',
	'出席者',
	'　会長　　　　村田　幸雄',
	'　副会長　　　西野　恵',
	'　会計　　　　岡田　修',
	'　組長　　１２名',
	'　民生委員　大野節子',
	'　体育委員　長谷川　聡',
	'欠席者　副会長　平田　実',
	'',
	'議事',
	'１　盆踊りについて',
	'会長：今年も７月２７日に開きたい。',
	'民生委員：高齢の方の送迎を手配したい。',
	'体育委員：やぐらの組み立ては前日に行う。',
];

describe('a neighbourhood association’s officers one a line', () => {
	const result = parseLines(minutes, 'chonaikai.txt');
	const roll = result.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.name, member.title])]);

	test('the 組長 counted are a note; each post ending in 委員 is its member’s', () => {
		expect(roll).toEqual([
			[
				'出席者',
				'組長１２名',
				[
					['村田　幸雄', '会長'],
					['西野　恵', '副会長'],
					['岡田　修', '会計'],
					['大野節子', '民生委員'],
					['長谷川　聡', '体育委員'],
				],
			],
			['欠席者', null, [['平田　実', '副会長']]],
		]);
	});
});
