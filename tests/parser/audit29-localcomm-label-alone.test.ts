/**
 * An agricultural committee's 総会 record from its common template: each part of the sitting headed by its name (`挨　拶`,
 * `議事録署名委員選任`), the post that speaks alone on its line set a letter apart (`議　長`, `会　長`) and its words below, the
 * members answering at once (`委員一同` / `異議なし。`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const record = [
	'令和６年度第４回ひなた町農業委員会総会会議録',
	'',
	'招集年月日　　令和６年７月１２日（金）',
	'招集場所　　　ひなた町役場　議場',
	'',
	'開　会',
	'会　長',
	'　定刻になったことを確認し、定足数に達しているとして、第４回ひなた町農業委員会を開会すると宣言した。',
	'',
	'挨　拶',
	'議　長',
	'　皆様、お忙しいところお集まりいただきありがとうございます。',
	'',
	'議事録署名委員選任',
	'議　長',
	'　議事録署名委員に８番内田委員、９番淺田委員を指名したいと思いますが、よろしいでしょうか。',
	'委員一同',
	'　異議なし。',
	'',
	'議案第１号',
	'議　長',
	'　議案第１号について事務局より説明をお願いします。',
	'事務局長',
	'　番号１、譲受人は経営規模拡大のため、譲渡人から田３筆を取得するものです。',
	'議　長',
	'　担当委員より現地確認の報告をお願いします。',
	'３番委員',
	'　現地を確認しましたが、特に問題はありません。',
	'',
	'閉　会',
	'議　長',
	'　以上をもちまして、本日の総会を閉会します。',
];

describe("an agricultural committee's record with each post alone over its words", () => {
	const result = parseLines(record);

	test('a post set a letter apart alone on its line speaks the words below it, and the members at once answer', () => {
		expect(turnsOf(result)).toEqual([
			['会長', '定刻になったことを確認し、定足数に達しているとして、第４回ひなた町農業委員会を開会すると宣言した。'],
			['議長', '皆様、お忙しいところお集まりいただきありがとうございます。'],
			['議長', '議事録署名委員に８番内田委員、９番淺田委員を指名したいと思いますが、よろしいでしょうか。'],
			['委員一同', '異議なし。'],
			['議長', '議案第１号について事務局より説明をお願いします。'],
			['事務局長', '番号１、譲受人は経営規模拡大のため、譲渡人から田３筆を取得するものです。'],
			['議長', '担当委員より現地確認の報告をお願いします。'],
			['３番委員', '現地を確認しましたが、特に問題はありません。'],
			['議長', '以上をもちまして、本日の総会を閉会します。'],
		]);
	});

	test("each part's name over a label heads a section, never the last speaker's words", () => {
		expect(result.body.map((section) => section.title).filter((title) => title !== '')).toEqual(['開　会', '挨　拶', '議事録署名委員選任', '議案第１号', '閉　会']);
	});
});
