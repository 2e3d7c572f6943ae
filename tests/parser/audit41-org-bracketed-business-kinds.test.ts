/**
 * A foundation's 理事会 lists its agenda under `議　題` by kind of business in round brackets (`（決議事項）` / `第１号議案　…` /
 * … / `（報告事項）` / `１　職務執行状況の報告について`), and an association's 総代会 puts `【報告事項】` and its numbered items after
 * its motions: the bracketed kinds head the items under them, no items of their own (`（決議事項）` had been an item, and
 * `（報告事項）` the end of the last motion's title; `【報告事項】` an item between the motions and the reports).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const board = [
	'公益財団法人みなみ文化振興財団',
	'第１８回理事会議事録',
	'',
	'１　日　時　　令和６年６月５日（水）午後２時００分から午後３時まで',
	'２　場　所　　みなみ市文化会館　第１会議室',
	'３　出席理事',
	'　　理事長　森　明',
	'　　理事　　戸田　浩、加藤　陽子',
	'４　議　題',
	'（決議事項）',
	'　第１号議案　令和５年度事業報告の承認について',
	'　第２号議案　定時評議員会の招集について',
	'（報告事項）',
	'　１　職務執行状況の報告について',
	'',
	'５　議事の経過の概要及び議決の結果',
	'第１号議案　令和５年度事業報告の承認について',
	'　議長の指名により、事務局長が資料１に基づき説明した。',
	'加藤理事：講座の参加者が減っている理由は何か。',
	'事務局長：平日の開催が多かったためである。',
	'　全員異議なく原案どおり承認可決された。',
];

const association = [
	'みどり台団地自治会　令和６年度　総代会　議事録',
	'',
	'日　時　令和６年５月１９日（日）　午前１０時００分～１１時４０分',
	'場　所　みどり台団地集会所',
	'',
	'議　題',
	'　第１号議案　令和５年度事業報告の承認について',
	'　第２号議案　令和６年度予算（案）について',
	'【報告事項】',
	'　１　防犯灯のＬＥＤ化について',
	'　２　夏祭り実行委員会の発足について',
	'',
	'第１号議案　令和５年度事業報告の承認について',
	'　松尾会長が議案書に基づき説明した。',
	'質問（中央地区　山本総代）　集会所の予約が取りにくい。',
	'回答（会長）　来年度から改善する。',
	'　賛成多数で承認された。',
];

describe('kinds of business in brackets over the agenda’s items', () => {
	test('a board’s 決議事項 and 報告事項 in round brackets', () => {
		expect(parseLines(board, 'rijikai.txt').meeting?.agenda.map((item) => item.title)).toEqual(['第１号議案　令和５年度事業報告の承認について', '第２号議案　定時評議員会の招集について', '職務執行状況の報告について']);
	});

	test('an association’s 【報告事項】 after its motions', () => {
		expect(parseLines(association, 'sodaikai.txt').meeting?.agenda.map((item) => item.title)).toEqual(['第１号議案　令和５年度事業報告の承認について', '第２号議案　令和６年度予算（案）について', '防犯灯のＬＥＤ化について', '夏祭り実行委員会の発足について']);
	});
});
