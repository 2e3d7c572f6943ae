/**
 * A village's 全員協議会 typed in Word: each turn a post, a full-width space and the holder's surname, then a wider gap and the
 * words (`議長　山田　　ただいまから…`, `議員　関　　…`): the label is the post with the name (`議長（山田）`), the words without it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'ゆずりは村議会全員協議会記録',
	'',
	'日　時　　令和６年７月１８日（木）　午後１時３０分～午後２時４５分',
	'場　所　　ゆずりは村役場　第２会議室',
	'',
	'出席者',
	'　議会側　　議長　山田　和男、議員　久保　大輔、議員　関　一郎',
	'　村側　　　村長　鈴木　一郎、総務課長　青木　紀子',
	'',
	'協議事項',
	'１　ゆずりは村地域防災計画の見直しについて',
	'',
	'議長　山田　　ただいまから全員協議会を開会します。総務課長から説明をお願いします。',
	'総務課長　青木　　お手元の資料１により説明いたします。避難所の指定を３か所追加いたします。',
	'議員　久保　　旧分校の体育館は耐震化が済んでいますか。',
	'総務課長　青木　　平成２９年度に耐震補強を完了しております。',
	'議員　関　　福祉避難所の協定先も増やす予定はありますか。',
	'村長　鈴木　　年度内の締結を目指しております。',
	'議長　山田　　これで全員協議会を閉会します。',
];

describe("a 全員協議会's turns of a post and a surname typed before a wide gap", () => {
	const { meeting } = parseText(record.join('\n'), 'yuzuriha.txt');

	test("each turn is the post's holder named, the name no part of the words", () => {
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（山田）', 'ただいまから全員協議会を開会します。総務課長から説明をお願いします。'],
			['総務課長（青木）', 'お手元の資料１により説明いたします。避難所の指定を３か所追加いたします。'],
			['議員（久保）', '旧分校の体育館は耐震化が済んでいますか。'],
			['総務課長（青木）', '平成２９年度に耐震補強を完了しております。'],
			['議員（関）', '福祉避難所の協定先も増やす予定はありますか。'],
			['村長（鈴木）', '年度内の締結を目指しております。'],
			['議長（山田）', 'これで全員協議会を閉会します。'],
		]);
	});
});
