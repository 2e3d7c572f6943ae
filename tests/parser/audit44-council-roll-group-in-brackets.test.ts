/**
 * A town's 運営協議会 会議録 on the municipality's form heads those present by group, the group in brackets after the label
 * (`出席者氏名（委員）` over the members' names, `出席者氏名（事務局）` over the staff by post and name, then `欠席者氏名（委員）`;
 * also `出席者（委員）`, `出席者氏名【事務局】`). Each is a roll named by its bracket's word; the labels had been no label at all,
 * the roll read as more of the meeting's place (0 members).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const read = (present: string, staff: string) =>
	parseText(
		[
			'令和５年度　第３回　こもれび町国民健康保険運営協議会　会議録',
			'',
			'日　時　令和６年２月１６日（金）午後１時３０分～午後２時４５分',
			'場　所　こもれび町役場　３階　大会議室',
			'',
			present,
			'　早乙女　清（会長）、小柳　美千代、丹羽　健吾',
			staff,
			'　住民課長　鶴田　浩、住民課国保係長　三上　紗季',
			'欠席者氏名（委員）',
			'　柏倉　正人',
			'',
			'議　題',
			'（１）令和６年度国民健康保険特別会計予算（案）について',
			'',
			'会議の経過',
			'（事務局）',
			'ただいまから、第３回こもれび町国民健康保険運営協議会を開会いたします。',
		].join('\n'),
		'a.txt',
	).meeting;

describe('a roll label with its group in brackets', () => {
	for (const [present, staff] of [
		['出席者氏名（委員）', '出席者氏名（事務局）'],
		['出席者（委員）', '出席者（事務局）'],
		['出席者氏名【委員】', '出席者氏名【事務局】'],
	] as const) {
		test(present, () => {
			const meeting = read(present, staff);
			expect(meeting?.location).toBe('こもれび町役場　３階　大会議室');
			expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
				[
					'委員',
					[
						['早乙女　清', '会長'],
						['小柳　美千代', null],
						['丹羽　健吾', null],
					],
				],
				[
					'事務局',
					[
						['鶴田　浩', '住民課長'],
						['三上　紗季', '住民課国保係長'],
					],
				],
				['欠席者氏名', [['柏倉　正人', null]]],
			]);
		});
	}
});
