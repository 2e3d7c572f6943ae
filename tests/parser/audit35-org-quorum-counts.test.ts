/**
 * A 総会's or a convention's check of its quorum, its counts one a line (`・正会員総数　120名` / `・出席者　45名` / `・委任状　30名`,
 * `出席代議員　54名` / `委任状　4名`): counts kept as text, never a roll of nameless members, and the roll of officers below read.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const general = [
	'一般社団法人さくら緑地協会',
	'令和6年度 定時社員総会 議事録',
	'',
	'１．日　時　　令和6年6月15日（土）午後1時30分～午後3時10分',
	'２．場　所　　さくら区民センター　第2会議室',
	'３．総会成立の確認',
	'　・正会員総数　　　　120名',
	'　・出席者　　　　　　 45名',
	'　・委任状　　　　　　 30名',
	'　・書面表決　　　　　 12名',
	'　　以上、出席者合計87名となり、定足数を満たしており、本総会は成立した。',
	'４．出席役員',
	'　代表理事　　平田　正之',
	'　理事　　　　岸本　健吾',
	'　監事　　　　石黒　和彦',
	'５．議事の経過及び結果',
	'第1号議案　令和5年度事業報告の件',
	'岸本理事：資料1に基づき説明します。海岸清掃を12回実施しました。',
	'平田代表理事：ご質問はございませんか。',
	'議長が賛否を諮ったところ、全員異議なく承認可決された。',
].join('\n');

const convention = [
	'みどり製作所労働組合',
	'第48回定期大会 議事録',
	'',
	'日時　2024年9月14日（土）13:00～16:20',
	'会場　本社 大ホール',
	'',
	'１．大会成立の確認',
	'　　代議員定数　　　60名',
	'　　出席代議員　　　54名',
	'　　委任状　　　　　 4名',
	'　　規約第21条により、大会は成立した。',
	'２．議事',
	'第1号議案　2024年度運動方針（案）',
	'書記長：運動方針を提案します。',
	'代議員（製造支部・宮崎）：夜勤手当の改善はどこに含まれているのか。',
	'書記長：第3章に掲げています。',
].join('\n');

describe('counts of a quorum among the header fields', () => {
	test('a general meeting: the officers are the roll, the counts no members', () => {
		const meeting = parseText(general, 'general.txt').meeting;
		expect(meeting?.participants.map((group) => group.group)).toEqual(['出席役員']);
		expect(meeting?.participants[0]?.members.map((member) => `${member.title} ${member.name}`)).toEqual(['代表理事 平田　正之', '理事 岸本　健吾', '監事 石黒　和彦']);
	});

	test('a convention: the delegates counted, no nameless roll', () => {
		const meeting = parseText(convention, 'convention.txt').meeting;
		expect(meeting?.participants.flatMap((group) => group.members).filter((member) => member.name === null)).toEqual([]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['書記長', '代議員（製造支部・宮崎）', '書記長']);
	});
});
