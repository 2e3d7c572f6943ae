/**
 * A cabinet council's summary (a 内閣府 会議's 議事要旨) names its members by office: a roll of ministers' posts
 * (`議長　　内閣総理大臣`, `構成員　　経済安全保障担当大臣、財務大臣…`) and each turn under the post in brackets alone on its line
 * (`（経済産業大臣）`). A minister's post is a post held by no one named, and such a line starts that minister's turn, as
 * `（議長）` does.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments, parseNameLabel } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

const SUMMARY = [
	'第３回 重要物資供給推進会議 議事要旨',
	'',
	'１．日時　令和６年10月４日（金）17:30～17:50',
	'２．場所　総理大臣官邸４階大会議室',
	'３．出席者',
	'　議長　　　内閣総理大臣',
	'　副議長　　内閣官房長官',
	'　構成員　　こども政策担当大臣、財務大臣、経済産業大臣、外務副大臣',
	'４．議事概要',
	'',
	'（議長）',
	'本日は、重要物資の安定供給について議論を行った。',
	'',
	'（こども政策担当大臣）',
	'資料１に基づき、取組の状況を報告した。',
	'',
	'（経済産業大臣）',
	'重要鉱物の備蓄について、関係国との連携を強化していく。',
	'',
	'（外務副大臣）',
	'同志国との対話を通じて、供給網の強靱化を進める。',
	'',
	'（議長）',
	'各大臣は取組を加速していただきたい。',
];

describe("ministers' posts", () => {
	test('a post alone is a title, no name', () => {
		for (const post of ['経済産業大臣', '外務副大臣', '経済安全保障担当大臣', '内閣官房長官', '財務大臣政務官']) expect(parseNameLabel(post)).toEqual({ name: null, title: post, affiliation: null });
		// (A surname before the post is still the person.)
		expect(parseNameLabel('河野大臣')).toEqual({ name: '河野', title: '大臣', affiliation: null });
	});

	test("each minister's turn under the post in brackets is a turn of its own", () => {
		const meeting = read(SUMMARY);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長', '本日は、重要物資の安定供給について議論を行った。'],
			['こども政策担当大臣', '資料１に基づき、取組の状況を報告した。'],
			['経済産業大臣', '重要鉱物の備蓄について、関係国との連携を強化していく。'],
			['外務副大臣', '同志国との対話を通じて、供給網の強靱化を進める。'],
			['議長', '各大臣は取組を加速していただきたい。'],
		]);
	});

	test('the roll: the role held and the post of who holds it are one member; the posts listed are posts', () => {
		const meeting = read(SUMMARY);
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.text, member.name, member.title])])).toEqual([
			[
				'出席者',
				[
					['議長　内閣総理大臣', null, '内閣総理大臣（議長）'],
					['副議長　内閣官房長官', null, '内閣官房長官（副議長）'],
				],
			],
			[
				'構成員',
				[
					['こども政策担当大臣', null, 'こども政策担当大臣'],
					['財務大臣', null, '財務大臣'],
					['経済産業大臣', null, '経済産業大臣'],
					['外務副大臣', null, '外務副大臣'],
				],
			],
		]);
	});
});
