/**
 * The Diet's rolls list the members who hold no post by name alone under the heading that says what they are (`出席委員`,
 * `出席小委員`, `出席分科員`, a 両院協議会's `出席協議委員`): their role at the sitting is that word. Before, the people's pages
 * gave them `出席者`, as for anyone of a list that names no role.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const COMMITTEE = `第213回国会 衆議院 憲法審査会 第3号
令和六年四月十一日（木曜日）
    午前十時開議
 出席委員
   会長 森  英介君
   幹事 新藤 義孝君
      赤嶺 政賢君    浜地 雅一君
 委員外の出席者
       衆議院憲法審査会事務局長  吉澤 紀子君
    ―――――――――――――
○森会長 これより会議を開きます。
○赤嶺委員 日本共産党の赤嶺です。
○森会長 これにて散会いたします。
    午前十一時五十八分散会
`;

const SUBCOMMITTEE = `第213回国会 衆議院 予算委員会第三分科会 第1号
令和六年二月二十七日（火曜日）
    午前九時開議
 出席分科員
   主査 井野 俊郎君
      上杉謙太郎君    中川 康洋君
    ―――――――――――――
○井野主査 これより予算委員会第三分科会を開会いたします。
○上杉分科員 再犯防止について伺います。
○井野主査 本日は、これにて散会いたします。
    午後五時三分散会
`;

/** Each listed person's roles at the sitting, by name. */
function roles(text: string, source: string): Record<string, string[]> {
	const { meeting } = parseText(text, source);
	if (!meeting) throw new Error('no record');
	const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
	return Object.fromEntries(index.persons.map((person) => [person.name, person.roles.map((role) => role.title)]));
}

describe('members listed without a post', () => {
	test('are 委員 under 出席委員', () => {
		expect(roles(COMMITTEE, 'kenpo-3.txt')).toEqual({
			'森 英介': ['会長'],
			'新藤 義孝': ['幹事'],
			'赤嶺 政賢': ['委員'],
			'浜地 雅一': ['委員'],
			'吉澤 紀子': ['衆議院憲法審査会事務局長'],
		});
	});

	test('are 分科員 under 出席分科員', () => {
		expect(roles(SUBCOMMITTEE, 'yosan-3-1.txt')).toEqual({
			'井野 俊郎': ['主査'],
			上杉謙太郎: ['分科員'],
			'中川 康洋': ['分科員'],
		});
	});
});
