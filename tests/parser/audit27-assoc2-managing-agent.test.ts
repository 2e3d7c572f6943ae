/**
 * An owners' association's managing agent on its roll (`管理会社　株式会社サンライフ管理　フロント担当　岡本`, a company named by
 * its legal form first): the person, the post and the company, where the entry had been left without a name.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseNameLabel } from '../../src/parser/names.ts';

describe("the managing agent's staff", () => {
	test.each([
		['管理会社　株式会社サンライフ管理　フロント担当　岡本', '岡本', '株式会社サンライフ管理'],
		['管理会社　みどり管理サービス株式会社　フロント担当　岡本', '岡本', 'みどり管理サービス株式会社'],
		['株式会社サンライフ管理　課長　岡本　聡', '岡本　聡', '株式会社サンライフ管理'],
	])('%s', (label, name, affiliation) => {
		expect(parseNameLabel(label)).toMatchObject({ name, affiliation });
	});

	test("on a board's roll", () => {
		const meeting = parseDocuments(
			[
				'みどりが丘マンション管理組合　第１回理事会議事録',
				'',
				'日時　令和６年６月９日（日）１０時～１１時',
				'場所　管理事務室',
				'出席　理事長　山田　太一',
				'　　　監事　　　石井　誠',
				'　　　管理会社　株式会社サンライフ管理　フロント担当　岡本',
				'',
				'山田理事長：開会します。',
			].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0]?.meeting;
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title, member.affiliation]))).toEqual([
			['山田　太一', '理事長', null],
			['石井　誠', '監事', null],
			['岡本', 'フロント担当', '株式会社サンライフ管理'],
		]);
	});
});
