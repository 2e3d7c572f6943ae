/**
 * Records of an assembly's meetings that the council reader reads (a 全員協議会, a 分科会 of the 予算特別委員会): the members
 * under `出席議員` by post, `議員　柏木　実、金子　彩` among them, and a numbered roll that says it lists none on its
 * heading's line (`４　欠席委員（なし）`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const ALL_MEMBERS = `すずらん町議会全員協議会記録

日　　時　　令和６年１０月２２日（火）　午後１時３０分～午後２時４５分
場　　所　　すずらん町役場　第１会議室
出席議員　　議長　大塚　浩　　副議長　小川　真一
　　　　　　議員　柏木　実、金子　彩、河合　修
出 席 者　　町長　桑原　智、企画課長　近藤　悟

協議事項
　１　第６次総合計画（素案）について

○議長（大塚浩）　ただいまから全員協議会を開会します。
○企画課長（近藤悟）　素案について説明します。
○議員（金子彩）　住民アンケートの回収率を教えてください。
○議長（大塚浩）　以上で全員協議会を閉会します。
`;

const SUBCOMMITTEE = `予算特別委員会第２分科会記録

１　日　時　　令和６年３月８日（金）　午前１０時０２分開会　午後２時４０分閉会

２　出席委員（２名）
　　　主　査　　　　中島　弘美
　　　委　員　　　　服部　千春

３　欠席委員（なし）

４　出席説明員
　　　健康福祉部長　　前田　光男

○中島主査
　ただいまから予算特別委員会第２分科会を開会します。
○服部委員
　介護人材の確保について伺います。
`;

describe('rolls of assembly meetings read by the council reader', () => {
	test('議員 before a name is the member post, as 議長 is', () => {
		const { meeting } = parseText(ALL_MEMBERS, 'suzuran-zenkyo.txt');
		expect(meeting?.participants[0]?.members.map((member) => [member.title, member.name])).toEqual([
			['議長', '大塚　浩'],
			['副議長', '小川　真一'],
			['議員', '柏木　実'],
			['議員', '金子　彩'],
			['議員', '河合　修'],
		]);
	});

	test('a roll that says none on its heading line is no member of the roll above', () => {
		const { meeting, diagnostics } = parseText(SUBCOMMITTEE, 'yosan-2bunka.txt');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席委員', ['中島　弘美', '服部　千春']],
			['欠席委員', []],
			['出席説明員', ['前田　光男']],
		]);
		expect(meeting?.participants[1]?.note).toBe('なし');
		expect(diagnostics).toEqual([]);
	});
});
