/**
 * A secretariat listed by office and post with no one named (`（事務局）　みどり川河川事務所　調査課長`, as a river office's
 * 協議会 prints it): the post at that office, where the entry had been no one with no post. An office and a full name
 * (`愛知県交通対策課　木村　隆`) stays a person of that office.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `第２回　みどり川流域治水協議会　議事録
日時：令和６年７月２２日（月）１０時００分～１１時４５分
場所：みどり川河川事務所　２階大会議室
出席者：
（構成員）　中道会長（みどり川市長）、北原構成員（あさひ町長）
（オブザーバー）　愛知県交通対策課　木村　隆
（事務局）　みどり川河川事務所　調査課長
議事
○中道会長　ただいまから第２回協議会を開会します。
○調査課長　資料２により、流域治水プロジェクトの進捗を御説明します。
`;

describe('an office and a post held by no one named', () => {
	test('is the post at the office', () => {
		const meeting = parseMinutes(MINUTES, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		const roll = (group: string) => meeting?.participants.find((found) => found.group === group)?.members.map((member) => [member.name, member.title, member.affiliation]);
		expect(roll('事務局')).toEqual([[null, '調査課長', 'みどり川河川事務所']]);
		expect(roll('オブザーバー')).toEqual([['木村　隆', null, '愛知県交通対策課']]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['中道会長', '調査課長']);
	});
});
