/**
 * A society's 理事会議事録 lists who came in one run, the officers with their posts in brackets, then the rest of the board by
 * name with one bracket after the last of them giving their post at once (`安田誠,山本悟,吉村直子,岩崎学(以上 理事)`), and those
 * who sent a proxy the same way (`委任状：` / `高野洋(広報担当),工藤昌平(以上 理事)`): each of the run holds that post (the bracket
 * had been the last one's affiliation, `以上 理事`, the others named with no post).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'日本土壌微生物学会',
	'2024年度第2回理事会議事録',
	'',
	'日時：',
	'2024年7月20日(土)13:00-16:30',
	'会場：',
	'北陵大学農学部2階 第3会議室',
	'出席：',
	'村上健太(理事長),西田久美(副理事長),',
	'安田誠,山本悟,吉村直子,岩崎学(以上 理事),上野聡(監事)',
	'委任状：',
	'高野洋(広報担当),工藤昌平(以上 理事)',
	'',
	'【報告事項】',
	'',
	'1. 会計報告',
	'会計担当理事より,上半期の収支について報告された。',
];

describe('a post given at once after a run of names', () => {
	const result = parseText(minutes.join('\n'), 'rijikai.txt');
	const roll = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])]);

	test('each of the run holds the post', () => {
		expect(roll).toEqual([
			[
				'出席者',
				[
					['村上健太', '理事長', null],
					['西田久美', '副理事長', null],
					['安田誠', '理事', null],
					['山本悟', '理事', null],
					['吉村直子', '理事', null],
					['岩崎学', '理事', null],
					['上野聡', '監事', null],
				],
			],
			[
				'委任状',
				[
					['高野洋', null, '広報担当'],
					['工藤昌平', '理事', null],
				],
			],
		]);
	});
});
