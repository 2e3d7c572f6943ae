/**
 * A research group's 議事概要 whose roll names its groups by the role their members hold (`（座長）　平山　純一（みずほ大学教授）`,
 * `（構成員）　星野　剛、前原　里香`): each member holds the group's role. Before, the members had no post, and the people pages
 * gave each of them as 出席者. A post after 同 alone (`同課理事官`, which no reading had named) is the post in the office before it.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const SUMMARY = `地方財政の持続可能性に関する研究会（第５回）
議事概要

【日　時】令和６年８月２９日（木）１０時００分～１２時００分
【場　所】総務省８階　第１特別会議室
【出席者】
　（座長）　　　　平山　純一（みずほ大学教授）
　（座長代理）　　福原　綾（あさひ大学准教授）
　（構成員）　　　星野　剛、前原　里香、水野　克己
　（事務局）　　　自治財政局財政課長、同課理事官

【概要】
（平山座長）
　○　地方交付税の算定の簡素化は、透明性の観点からも重要である。
（星野構成員）
　○　人口減少が著しい団体では、行政サービスの維持に課題がある。
`;

describe('a roll’s groups named by a role', () => {
	test('give each member named without a post that role', () => {
		const { meeting, diagnostics } = parseText(SUMMARY, 'chizai-5.txt');
		if (!meeting) throw new Error(diagnostics.map((d) => d.message).join('; '));
		expect(meeting.participants.filter((group) => group.group !== '事務局').map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])])).toEqual([
			['座長', [['平山　純一', '座長', 'みずほ大学教授']]],
			['座長代理', [['福原　綾', '座長代理', 'あさひ大学准教授']]],
			['構成員', [['星野　剛', '構成員', null], ['前原　里香', '構成員', null], ['水野　克己', '構成員', null]]],
		]);
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		expect(index.persons.find((person) => person.labels.includes('前原　里香'))?.roles.map((role) => role.title)).toEqual(['構成員']);
	});

	test('a post after 同 alone is the post in the office before it', () => {
		const { meeting } = parseText(SUMMARY, 'chizai-5.txt');
		expect(meeting?.participants.find((group) => group.group === '事務局')?.members.map((member) => [member.name, member.title])).toEqual([
			[null, '自治財政局財政課長'],
			[null, '自治財政局財政課理事官'],
		]);
	});
});
