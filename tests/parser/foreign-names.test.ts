/**
 * Members with foreign names: katakana words joined by ・ or ＝ (`エマ・ワトソン委員`, `ジャン＝ピエール・ルノー委員`) and
 * capitalised Latin words (`David Kim委員`, `Kevin Brown:`), in turns and in the roll. Before, their marked turns were read
 * as a list inside the previous speaker's remark, a Latin label was cut at its space (`David`), and a roll's cell after the
 * post (`委　員　　グエン・ティ・ラン（…）`) came apart into a post without a name and a name without a post.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const COUNCIL = `第７回　国際観光戦略懇談会　議事録

日　時：令和６年１０月８日（火）１５：００～１６：３０
場　所：観光庁　会議室Ａ
出席者：（委員）小西座長、エマ・ワトソン委員、ジャン＝ピエール・ルノー委員、David Kim委員、李　美玲委員
　　　　（事務局）観光戦略課長　他

○小西座長　それでは開会します。まず事務局から資料の説明をお願いします。
○事務局　資料１により、訪日客の地方分散の状況を御説明します。
○エマ・ワトソン委員　地方空港の国際線の復便状況も併せて示してほしい。
○ジャン＝ピエール・ルノー委員　欧州からの旅行者は滞在日数が長いので、周遊パスの充実が有効です。
○David Kim委員　Korean travellers book mostly through mobile apps; local operators need to be listed there.
○李委員　中国語の表示は簡体字と繁体字の両方が必要です。
○小西座長　ありがとうございました。本日はこれで閉会します。
`;

const ROLL = `令和６年度第２回　はなみずき市多文化共生推進会議　議事録

日　時　　令和６年７月１７日（水）午後６時３０分～午後８時１５分
場　所　　はなみずき市国際交流センター　ホール
出席者　　（委員）
　　　　　　会　長　　佐藤　健一（はなみずき大学教授）
　　　　　　委　員　　髙橋　誠（商工会議所）
　　　　　　委　員　　グエン・ティ・ラン（ベトナム人コミュニティ）
　　　　　　委　員　　ワン＝ウェイ（中国出身市民）
　　　　　　委　員　　Rahul Mehta（外国人雇用企業）
　　　　　（事務局）
　　　　　　市民協働課長　斉藤　隆

議　題
　（１）やさしい日本語の普及について

議事
佐藤会長：ただいまから会議を開きます。
グエン・ティ・ラン委員：ベトナム語の翻訳より、やさしい日本語の方が早く届くことも多いです。
Rahul Mehta委員：English version is also needed for the workers in the industrial park.
ワン＝ウェイ委員：窓口の開設時間を夜まで延ばせないでしょうか。
斉藤課長：検討いたします。
`;

const BOARD = `経営会議　議事録

日時：2024/4/1（月）10:00～11:00
場所：本社 第1会議室
出席：代表取締役 小松、取締役 荒井、執行役員 Kevin Brown、経営企画 千葉（記）

1. 海外拠点の状況
小松：ベトナム工場の立ち上げ状況を報告してほしい。
Kevin Brown: The Vietnam plant will start trial production in June.
荒井：人員の手当ては足りていますか。
Kevin Brown：現地採用で30名を確保しました。
`;

const read = (text: string, source: string) => parseMinutes(text, { source, sourceHash: '0'.repeat(64) }).meeting!;

describe('members with foreign names', () => {
	test('marked turns of katakana and Latin names are turns of their own', () => {
		const meeting = read(COUNCIL, 'kankou.txt');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['小西座長', '事務局', 'エマ・ワトソン委員', 'ジャン＝ピエール・ルノー委員', 'David Kim委員', '李委員', '小西座長']);
		expect(meeting.remarks[4]!.text).toBe('Korean travellers book mostly through mobile apps; local operators need to be listed there.');
		expect(meeting.remarks[1]!.text).toBe('資料１により、訪日客の地方分散の状況を御説明します。');
	});

	test("a roll's post and foreign name are one member, with where they come from", () => {
		const meeting = read(ROLL, 'tabunka.txt');
		const members = meeting.participants.flatMap((group) => group.members).map((member) => [member.title, member.name, member.affiliation]);
		expect(members).toContainEqual(['委員', 'グエン・ティ・ラン', 'ベトナム人コミュニティ']);
		expect(members).toContainEqual(['委員', 'ワン＝ウェイ', '中国出身市民']);
		expect(members).toContainEqual(['委員', 'Rahul Mehta', '外国人雇用企業']);
		expect(members.filter(([title, name]) => title === '委員' && name === null)).toEqual([]);
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['佐藤会長', 'グエン・ティ・ラン委員', 'Rahul Mehta委員', 'ワン＝ウェイ委員', '斉藤課長']);
	});

	test('a Latin name in the roll speaks before a colon, in either width', () => {
		const meeting = read(BOARD, 'keiei.txt');
		expect(meeting.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['小松', 'ベトナム工場の立ち上げ状況を報告してほしい。'],
			['Kevin Brown', 'The Vietnam plant will start trial production in June.'],
			['荒井', '人員の手当ては足りていますか。'],
			['Kevin Brown', '現地採用で30名を確保しました。'],
		]);
	});
});
