/**
 * An owners' association's board known by rooms (`理事長（３０２号室）`, turns `３０２号室：…`), its managing agent named in the
 * header after the absent (`管理会社：…`): each officer is their room with their post, and the agent a list of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

describe('a board whose officers are named by their rooms', () => {
	const result = parseLines([
		'グランドメゾン桜台管理組合 第１２期 第５回理事会議事録',
		'',
		'日時：２０２４年８月２５日（日）１０：００～１１：３０',
		'場所：集会室',
		'出席者：理事長（３０２号室）、副理事長（５０５号室）、４０８号室（理事）',
		'欠席者：監事（６０１号室）',
		'管理会社：株式会社アーバンライフ管理　フロント担当 大西',
		'',
		'議事内容',
		'１．大規模修繕工事の進捗について',
		'大西（管理会社）：足場の設置が完了し、９月から外壁補修に入ります。',
		'３０２号室：バルコニーの私物撤去の周知はどうなっていますか。',
		'５０５号室：撤去されていない住戸への対応は。',
	]);

	test('reads each officer as their room with their post, and the agent apart from the absent', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			['出席者', [['理事長', '３０２号室'], ['副理事長', '５０５号室'], ['理事', '４０８号室']]],
			['欠席者', [['監事', '６０１号室']]],
			['管理会社', [['フロント担当', '大西']]],
		]);
	});

	test('the rooms speak', () => {
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['大西（管理会社）', '３０２号室', '５０５号室']);
	});
});
