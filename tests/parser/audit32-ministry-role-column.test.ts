/**
 * A council's roll typed as a table's columns: the role padded to the width of a name (`委　　員　　石井　美加、…`, two spaces a
 * letter) heads the names of its line; a role many hold with one name, its cell merged down over the names under it
 * (`委員　　大塚　恵理（オンライン参加）` / `　　　　北川　大輔`), is the title of each of them, as a category's column is.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const members = (meeting: ReturnType<typeof read>) => meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])]);
const HEAD = ['金融審議会「市場制度ワーキング・グループ」（第28回）議事録', '', '１．日時：令和６年10月２日（水曜日）10時00分～12時00分', '２．場所：中央合同庁舎第７号館', ''];

describe("a roll's role column", () => {
	test('a role padded two spaces a letter heads the names of its line', () => {
		const meeting = read([...HEAD, '出席者：', '　分科会長　　新野　宏', '　委　　員　　石井　美加、岡本　光（オンライン）、河村　直樹', '', '○新野分科会長　開会します。']);
		expect(members(meeting)).toEqual([
			[
				'出席者',
				[
					['新野　宏', '分科会長', null],
					['石井　美加', '委員', null],
					['岡本　光', '委員', 'オンライン'],
					['河村　直樹', '委員', null],
				],
			],
		]);
	});

	test('a role many hold, merged down over the names under it, is each one’s title', () => {
		const meeting = read([...HEAD, '出席者（五十音順、敬称略）', '座長　　神田　秀人', '委員　　大塚　恵理（オンライン参加）', '　　　　北川　大輔', '　　　　島田　亜紀（オンライン参加）', '　　　　中西　浩二', 'オブザーバー　日本証券業協会', '', '○神田座長　開会します。']);
		expect(members(meeting)?.[0]).toEqual([
			'出席者',
			[
				['神田　秀人', '座長', null],
				['大塚　恵理', '委員', 'オンライン参加'],
				['北川　大輔', '委員', null],
				['島田　亜紀', '委員', 'オンライン参加'],
				['中西　浩二', '委員', null],
			],
		]);
	});

	test("a chair's post is held by one: the name under it is not given it", () => {
		const meeting = read([...HEAD, '出席者', '会長　　神田　秀人', '　　　　北川　大輔', '', '○神田会長　開会します。']);
		expect(members(meeting)).toEqual([
			[
				'出席者',
				[
					['神田　秀人', '会長', null],
					['北川　大輔', null, null],
				],
			],
		]);
	});
});
