/**
 * A ministry's officials in a roll with 同 before the head of another section of the same bureau (`初等中等教育局財務課長、
 * 同教職員課長`): that bureau's section head, no one named (`同教` had been a surname and `職員課長` the post).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (roll: string) =>
	parseDocuments(['第６回　教員の働き方改革に関する有識者会議　議事要旨', '', '１．日時：令和６年１１月２５日（月）１０：００～１２：００', '２．場所：文部科学省１５階特別会議室', '３．出席者：', '（委員）岩崎座長、植田委員', roll, '', '○岩崎座長　開会します。'].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe("同 before another section's head", () => {
	test("is the bureau's section head, held by no one named", () => {
		const staff = parse('（事務局）初等中等教育局財務課長、同教職員課長')?.meeting?.participants.find((group) => group.group === '事務局')?.members;
		expect(staff?.map((member) => [member.name, member.title])).toEqual([
			[null, '初等中等教育局財務課長'],
			[null, '初等中等教育局教職員課長'],
		]);
	});

	test('同 before a post of the same section still takes the section', () => {
		const staff = parse('（事務局）松田企画課長、同課長補佐')?.meeting?.participants.find((group) => group.group === '事務局')?.members;
		expect(staff?.map((member) => [member.name, member.title])).toEqual([
			['松田', '企画課長'],
			[null, '企画課課長補佐'],
		]);
	});
});
