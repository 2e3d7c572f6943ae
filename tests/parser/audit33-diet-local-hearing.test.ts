/**
 * The record of a 衆議院 committee's members sent to a prefecture to hear opinions (地方公聴会): its list of those present,
 * `四、出席者` with `（１）派遣委員`, `（２）意見陳述者` and `（３）その他の出席者`, gives three rolls. Before, no roll was read:
 * the members, the witnesses and the staff were notes. A roll's name of three and two characters a space apart after a role
 * and one space (`座長 小野寺 五郎君`) is the name, where its surname had run into the role (`座長小野寺` / `五郎`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第213回国会 衆議院 予算委員会 第17号
令和六年二月二十日（火曜日）
　　　　―――――――――――――
　　　　　　派遣委員の福岡県における意見聴取に関する記録
一、期日
　　令和六年二月十九日（月曜日）
二、場所
　　ホテル博多ガーデン
三、意見を聴取した問題
　　令和六年度一般会計予算、令和六年度特別会計予算及び令和六年度政府関係機関予算について
四、出席者
　（１）派遣委員
　　　座長 小野寺 五郎君
　　　　　　井出 庸生君　　　　大串 博志君
　（２）意見陳述者
　　　福岡県商工会議所連合会会長　　谷川 浩道君
　　　九州大学大学院教授　　　　　　山本 一郎君
　（３）その他の出席者
　　　予算委員会専門員　　　　　　　中村 　実君
　　　　―――――――――――――
　　　　午後一時開議
○小野寺座長　これより会議を開きます。
　それでは、まず谷川浩道君に御意見をお述べいただきたいと存じます。
○谷川浩道君　福岡県商工会議所連合会の谷川でございます。
○井出委員　自由民主党の井出です。
○小野寺座長　これにて会議を終了いたします。
　　　　午後三時二分散会
`;

describe("a committee's members sent to hear opinions in a prefecture", () => {
	test('the members, the witnesses and the staff are rolls', () => {
		const { meeting } = parseText(RECORD, 'yosan-17.txt');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([
			['派遣委員', [['座長', '小野寺 五郎'], [null, '井出 庸生'], [null, '大串 博志']]],
			['意見陳述者', [['福岡県商工会議所連合会会長', '谷川 浩道'], ['九州大学大学院教授', '山本 一郎']]],
			['その他の出席者', [['予算委員会専門員', '中村 実']]],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['小野寺座長', '谷川浩道君', '井出委員', '小野寺座長']);
	});

	test("a name wider than the cell after a role and one space, in a committee's roll", () => {
		const committee = RECORD.replace('　（１）派遣委員\n　　　座長 小野寺 五郎君', '　出席委員\n　　　委員長 小野寺 五郎君\n　　　理事 井出 庸生君 理事 長谷川 一郎君');
		const { meeting } = parseText(committee, 'yosan-17.txt');
		expect(meeting?.participants[0]?.members.map((member) => [member.title, member.name])).toEqual([
			['委員長', '小野寺 五郎'],
			['理事', '井出 庸生'],
			['理事', '長谷川 一郎'],
			[null, '井出 庸生'],
			[null, '大串 博志'],
		]);
	});
});
