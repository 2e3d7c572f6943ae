/**
 * A metropolitan committee's 速記録 whose officials' roll writes each post against the name (`政策企画局局長梶原  洋君`), where
 * some posts are held besides another (`次長理事兼務福田  至君`, `総務部長調整担当部長兼務小室 一人君`) or end in 員
 * (`主席監察員齋藤  進君`): each official is the post and the name.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const COMMITTEE = `総務委員会速記録第八号

令和六年六月五日(水曜日)
第一委員会室
午後一時一分開議
出席委員 三名
委員長馬場 裕介君
副委員長伊藤 ゆう君
大沢  昇君

欠席委員 なし

出席説明員
政策企画局局長梶原  洋君
次長理事兼務福田  至君
総務部長オリンピック・パラリンピック調整担当部長兼務小室 一人君
総合対策部長調整担当部長兼務森山 寛司君
総務局局長中田 清己君
主席監察員齋藤  進君
選挙管理委員会事務局局長澤   章君

本日の会議に付した事件
付託議案の審査(質疑)
・第百七号議案 令和六年度一般会計補正予算(第一号)

○馬場委員長 ただいまから総務委員会を開会いたします。
○福田政策企画局次長 第百七号議案についてご説明いたします。
○大沢委員 対象地域を伺います。
○馬場委員長 これをもちまして本日の委員会を閉会いたします。
   午後一時二十分散会
`;

describe('a metropolitan roll of officials whose posts are held besides another', () => {
	test('each official is the post, 兼務 included, and the whole name', () => {
		const { meeting, diagnostics } = parseText(COMMITTEE, 'somu-r6-8.txt');
		if (!meeting) throw new Error(diagnostics.map((d) => d.message).join('; '));
		const officials = meeting.participants.find((group) => group.group === '出席説明員');
		expect(officials?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['梶原 洋', '政策企画局局長', null],
			['福田 至', '次長理事兼務', null],
			['小室 一人', '総務部長オリンピック・パラリンピック調整担当部長兼務', null],
			['森山 寛司', '総合対策部長調整担当部長兼務', null],
			['中田 清己', '総務局局長', null],
			['齋藤 進', '主席監察員', null],
			['澤 章', '選挙管理委員会事務局局長', null],
		]);
		expect(meeting.participants.find((group) => group.group === '出席委員')?.members.map((member) => member.name)).toEqual(['馬場 裕介', '伊藤 ゆう', '大沢 昇']);
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['馬場委員長', '福田政策企画局次長', '大沢委員', '馬場委員長']);
	});
});

const STEERING = `議会運営委員会速記録第六号

令和六年二月十五日(木曜日)
議会運営委員会室
   午前十一時三分開議
 出席委員 三名
委員長野中 有信君
副委員長新田 義彦君
林田  武君

 欠席委員 二名

議長川島 忠一君
副議長木内 良明君
財務局長谷川 健次君

本日の会議に付した事件
第一回定例会の招集について

○野中委員長 ただいまから議会運営委員会を開会いたします。
○谷川財務局長 第一回定例会を二月二十一日に招集いたします。
○野中委員長 以上で閉会いたします。
`;

describe('a committee\'s absent only counted, then those who attend by their posts', () => {
	const groups = (text: string) => {
		const { meeting, diagnostics } = parseText(text, 'unei-r6-6.txt');
		if (!meeting) throw new Error(diagnostics.map((d) => d.message).join('; '));
		return meeting.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.name, member.title])]);
	};

	test('the chair of the assembly and the officials after a blank line are present, not absent', () => {
		expect(groups(STEERING)).toEqual([
			['出席委員', '三名', [['野中 有信', '委員長'], ['新田 義彦', '副委員長'], ['林田 武', null]]],
			['欠席委員', '二名', []],
			['出席者', null, [['川島 忠一', '議長'], ['木内 良明', '副議長'], ['谷川 健次', '財務局長']]],
		]);
	});

	test('members listed under the count stay the absent', () => {
		const named = STEERING.replace('議長川島 忠一君\n副議長木内 良明君\n財務局長谷川 健次君\n', '大西由紀子君\n吉沢 利明君\n');
		expect(groups(named).find(([group]) => group === '欠席委員')?.[2]).toEqual([['大西由紀子', null], ['吉沢 利明', null]]);
	});
});
