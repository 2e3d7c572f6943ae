/**
 * A prefecture's 地域医療構想調整会議 types its roll in a Word table, the cells a tab apart: the member's body and post, then the
 * name (`あかね中央病院　院長⇥江藤　修`, `あかね保健所　企画課長⇥木下　恵`). A hospital, a health centre, a school or a town's
 * 商工会 is a body as an association is: the row is the person, their post and that body (it had been read as no one, the
 * body's name unknown as one).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const members = (rows: readonly string[]) =>
	parseText(['第12回　地域医療構想調整会議　議事録', '', '日時\t令和4年3月24日（木）19:00～20:30', '場所\tあかね保健所　2階　講堂', '出席者\t（委員）', ...rows.map((row) => `\t${row}`), '', '○井口議長', '　議事に入ります。'].join('\n'), 'a.txt').meeting?.participants.flatMap((group) =>
		group.members.map((member) => [member.name, member.title, member.affiliation]),
	);

describe('a row of a hospital’s or a public office’s post and the name', () => {
	test('病院, 保健所, 小学校 and 商工会 before the post', () => {
		expect(members(['あかね市医師会　会長\t井口　康弘', 'あかね中央病院　院長\t江藤　修', 'あかね保健所　企画課長\t木下　恵', 'あかね市立みどり小学校　校長\t大塚　聡', 'あかね市商工会　事務局長\t北村　亘'])).toEqual([
			['井口　康弘', '会長', 'あかね市医師会'],
			['江藤　修', '院長', 'あかね中央病院'],
			['木下　恵', '企画課長', 'あかね保健所'],
			['大塚　聡', '校長', 'あかね市立みどり小学校'],
			['北村　亘', '事務局長', 'あかね市商工会'],
		]);
	});
});
