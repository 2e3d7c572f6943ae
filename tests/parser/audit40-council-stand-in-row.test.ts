/**
 * A roll's member by post attended by one standing in, named in brackets after 代理 (`みなと警察署長（代理　交通課長　石川　誠）`,
 * a body's word before it, `関係行政機関　…`): the person who came, with their own post, the member's post (代理) their
 * affiliation (the row had been a member without a name, and the deputy's turns had matched no one on the roll).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const members = (rows: readonly string[]) =>
	parseDocuments(
		['第５回みなと市交通安全対策協議会　会議録', '', '日時：令和６年７月１８日（木）１４：００～１５：３０', '場所：みなと市役所第１会議室', '', '出席者：', '（委員）', ...rows, '', '○大西会長　議事に入ります。', '○石川交通課長　取締りを進めてまいります。'].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	)[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.title, member.name, member.affiliation]));

describe('a member attended by a stand-in', () => {
	test('after a body’s word, the deputy’s post and name', () => {
		expect(members(['会長　　　　　大西　隆之（自治会連合会長）', '関係行政機関　みなと警察署長（代理　交通課長　石川　誠）'])).toEqual([
			['会長', '大西　隆之', '自治会連合会長'],
			['交通課長', '石川　誠', 'みなと警察署長（代理）'],
		]);
	});

	test('the post alone, the deputy’s name with a colon', () => {
		expect(members(['会長　　　　　大西　隆之（自治会連合会長）', 'みなと土木事務所長（代理：管理課長　石川　誠）'])).toEqual([
			['会長', '大西　隆之', '自治会連合会長'],
			['管理課長', '石川　誠', 'みなと土木事務所長（代理）'],
		]);
	});
});
