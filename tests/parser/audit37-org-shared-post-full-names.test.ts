/**
 * A roll on one line whose post many hold comes before full names (`…、理事　山内 孝、吉川 恵、和田 隆`, `評議員　秋山 浩（オンライン），
 * 今井 千尋`): each name after it holds that post, as bare surnames after it do; never after a post only one holds.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

/** The roll of a board's minutes whose fields are these lines. */
function roll(fields: string[]): [string, [string | null, string | null][]][] | undefined {
	const text = ['はなみち商店街振興組合　令和６年度第４回理事会　議事録', '', '日時　令和６年８月２日（金）午後７時～午後８時３０分', '場所　組合事務所', ...fields, '', '村田理事長：ただいまから理事会を開会します。'].join('\n');
	return parseText(text, 'board.txt').meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);
}

describe('a shared post carried over full names', () => {
	test('directors listed after 理事', () => {
		expect(roll(['出席理事　理事長　村田 義男、副理事長　森本 京子、理事　山内 孝、吉川 恵、和田 隆'])).toContainEqual([
			'出席理事',
			[['理事長', '村田 義男'], ['副理事長', '森本 京子'], ['理事', '山内 孝'], ['理事', '吉川 恵'], ['理事', '和田 隆']],
		]);
	});

	test('councillors with how they attended', () => {
		const groups = roll(['出席：会長　斎藤 敏夫，評議員　秋山 浩（オンライン），今井 千尋，小野寺 香（オンライン），片桐 誠']);
		expect(groups?.[0]?.[1]).toEqual([['会長', '斎藤 敏夫'], ['評議員', '秋山 浩'], ['評議員', '今井 千尋'], ['評議員', '小野寺 香'], ['評議員', '片桐 誠']]);
	});

	test('never after a post one holds', () => {
		const groups = roll(['出席者：会長　坂本 久美子、副会長　杉山 徹、関 美紀']);
		expect(groups?.[0]?.[1]).toEqual([['会長', '坂本 久美子'], ['副会長', '杉山 徹'], [null, '関 美紀']]);
	});
});
