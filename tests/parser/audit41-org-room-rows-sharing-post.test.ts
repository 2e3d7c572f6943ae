/**
 * An owners' association's 理事会 lists its officers a post, a room and a surname a line, padded into columns, and writes
 * the post once for several holders (`理事　　　　　４０３号室　中川、６０８号室　松井`) or a holder of a surname of one
 * letter (`理事　　　　　５０２号室　林`): each is a member by that post and their room (they had been members without a
 * name, the post lost, or the post and the room two entries of nobody).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const minutes = [
	'パークヒルズ桜台管理組合',
	'第８期　第３回理事会　議事録',
	'',
	'１．開催日時　２０２４年６月１６日（日）１０：００～１１：３０',
	'２．開催場所　集会室',
	'３．出席者',
	'　理事長　　　　３０５号室　坂本',
	'　理事　　　　　４０３号室　中川、６０８号室　松井、７１０号室　堀',
	'４．欠席者',
	'　理事　　　　　５０２号室　林',
	'',
	'５．議事の経過',
	'第１号議案　５月度会計報告',
	'　坂本理事長：５月度の収支を報告します。',
	'　中川理事：滞納の状況はどうか。',
	'　坂本理事長：２戸あり、督促しています。',
	'　→承認',
];

describe('rooms after a post written once', () => {
	const result = parseLines(minutes, 'kanri.txt');
	const roll = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])]);

	test('each holder is a member by the post and their room', () => {
		expect(roll).toEqual([
			[
				'出席者',
				[
					['坂本', '理事長', '３０５号室'],
					['中川', '理事', '４０３号室'],
					['松井', '理事', '６０８号室'],
					['堀', '理事', '７１０号室'],
				],
			],
			['欠席者', [['林', '理事', '５０２号室']]],
		]);
	});
});
