/**
 * An association's roll with its counts: the floor counted with who came by proxy in brackets (`正会員３２名（うち委任状１０名）`)
 * and the board's count in brackets under the names (`（理事総数５名中４名出席）`) are notes on the list, never a member or a
 * group; a list at 、 whose last entry is a surname of one letter (`委員　大崎　貞和、南`) is two members, never one name.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const rolls = (lines: readonly string[]) =>
	parseLines(['ＮＰＯ法人ふるさと森づくりの会　通常総会議事録', '', '日時　令和６年８月３日（土）午前１０時～１２時', '場所　事務所', ...lines, '', '議事', '高田理事長：今年は１１月９日で準備を進めたい。'], 'sokai.txt').meeting?.participants.map((group) => [
		group.group,
		group.note ?? null,
		group.members.map((member) => [member.title, member.name]),
	]);

describe('an association’s counts on its roll', () => {
	test('the floor counted with its proxies is a note, no member', () => {
		expect(rolls(['出席者　正会員３２名（うち委任状１０名）'])).toEqual([['出席者', '正会員３２名（うち委任状１０名）', []]]);
	});

	test('the board’s count in brackets under the names and the floor’s count below are notes on the list', () => {
		expect(rolls(['出席者　理事長　高田、理事　北村、監事　三浦', '　　　　（理事総数５名中４名出席）', '正会員３２名（うち委任状１０名）'])).toEqual([
			[
				'出席者',
				'理事総数５名中４名出席、正会員３２名（うち委任状１０名）',
				[
					['理事長', '高田'],
					['理事', '北村'],
					['監事', '三浦'],
				],
			],
		]);
	});

	test('a surname of one letter after 、 is a member of its own', () => {
		expect(rolls(['欠席者　委員　大崎　貞和、南'])).toEqual([
			[
				'欠席者',
				null,
				[
					['委員', '大崎　貞和'],
					['委員', '南'],
				],
			],
		]);
	});

	test('a floor’s count with a bracket that names people keeps them', () => {
		expect(rolls(['出席監事　１名（岡本六子）'])).toEqual([['出席監事', '１名', [['監事', '岡本六子']]]]);
	});
});
