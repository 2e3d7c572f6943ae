/**
 * An owners' association's 理事会議事録 (the common template's `■ 出席者（敬称略）` field) sets its managing agent on a line of its
 * own under the board, the word padded to the column apart from the company and who comes for it
 * (`管理会社　　　さくら住宅管理株式会社　フロント担当　青柳`): one member, the company their affiliation (the word had been an entry
 * of its own, no one, beside them).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'ベルテラス北浜管理組合',
	'第１５期第６回理事会・議事録',
	'',
	'■ 開催日　令和６年９月２１日（土）',
	'■ 場　所　１階集会室',
	'■ 出席者（敬称略）　理事長　杉山　徹　副理事長　中野　里美　理事　北川　誠',
	'　　　　　　　　　　管理会社　　　さくら住宅管理株式会社　フロント担当　青柳',
	'',
	'■ 審議事項',
	'第１号議案　大規模修繕工事の設計監理者選定の件',
	'　北川理事：足場の費用が一社だけ高いのは何故か。',
	'　青柳（管理会社）：外壁の面積の数え方が違うためです。',
];

describe('a managing agent’s word padded apart', () => {
	const result = parseText(minutes.join('\n'), 'rijikai.txt');

	test('the agent is one member, named, of the company', () => {
		const members = result.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title, member.affiliation]));
		expect(members).toEqual([
			['杉山　徹', '理事長', null],
			['中野　里美', '副理事長', null],
			['北川　誠', '理事', null],
			['青柳', 'フロント担当', 'さくら住宅管理株式会社'],
		]);
	});
});
