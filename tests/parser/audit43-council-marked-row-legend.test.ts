/**
 * A ministry's 検討会 議事録 lists its 構成員 as a table of name and affiliation, the chair marked before the name and the mark
 * explained on a line of its own under the roll, without a note's mark or brackets: `○相沢　正樹　　　北東医科大学医学部教授`
 * … `○は座長` (`◎は座長、○は座長代理` when two are marked). The marked row is one member, the affiliation theirs and the legend's
 * role their post; the legend is no member (the affiliation had been a nameless member of its own, the legend a member named `は`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const roll = (rows: string[]) => {
	const { meeting } = parseText(
		[
			'第２回　在宅医療の推進に関する検討会　議事録',
			'',
			'１．日時　令和６年５月１６日（木）１５：００～１７：００',
			'２．場所　中央合同庁舎第５号館　共用第８会議室',
			'３．出席者',
			'（構成員）',
			...rows,
			'（事務局）',
			'　医政局地域医療計画課長　　　　森下　哲也',
			'４．議題',
			'（１）在宅医療の現状について',
			'５．議事',
			'○森下地域医療計画課長　ただいまから検討会を開催いたします。',
			'○相沢座長　それでは議事に入ります。',
		].join('\n'),
		'a.txt',
	);
	return meeting?.participants.map((group) => [group.group, group.members.map((m) => [m.name, m.title, m.affiliation])]);
};

describe('a roll row marked for the chair, the mark explained under the roll', () => {
	test('○ before the name, ○は座長 under the rows', () => {
		expect(roll(['○相沢　正樹　　　北東医科大学医学部教授', '　石丸　京子　　　全国訪問看護協会常務理事', '', '○は座長'])).toEqual([
			['構成員', [['相沢　正樹', '座長', '北東医科大学医学部教授'], ['石丸　京子', '構成員', '全国訪問看護協会常務理事']]],
			['事務局', [['森下　哲也', '医政局地域医療計画課長', null]]],
		]);
	});

	test('◎ and ○, ◎は座長、○は座長代理', () => {
		expect(roll(['◎相沢　正樹　　　北東医科大学医学部教授', '○石丸　京子　　　全国訪問看護協会常務理事', '　上杉　誠　　　　県立中央病院院長', '◎は座長、○は座長代理'])).toEqual([
			[
				'構成員',
				[
					['相沢　正樹', '座長', '北東医科大学医学部教授'],
					['石丸　京子', '座長代理', '全国訪問看護協会常務理事'],
					['上杉　誠', '構成員', '県立中央病院院長'],
				],
			],
			['事務局', [['森下　哲也', '医政局地域医療計画課長', null]]],
		]);
	});
});
