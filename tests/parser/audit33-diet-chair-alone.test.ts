/**
 * Older 衆議院 committee records name the chair once (`○竹尾委員長`) and then label the chair's turns by the post alone
 * (`○委員長　…`), as the 本会議 of those years did with `○議長　…`. Before, such a line was read as no turn: its words
 * ran on into the turn above, under another speaker.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第十三回国会　衆議院　文部委員会　第五号
昭和二十七年二月二十日（水曜日）
　　　　午前十一時開議
　出席委員
　　　委員長　竹尾　　弌君
　　　　　　井出一太郎君　　　浦口　鉄男君
　出席国務大臣
　　　　文部大臣　天野　貞祐君
　　　――――――――――――
本日の会議に付した事件
　教育委員会法の一部を改正する法律案（内閣提出第五号）
　　　――――◇―――――
○竹尾委員長　これより会議を開きます。
○委員長　教育委員会法の一部を改正する法律案を議題といたします。
　政府より提案理由の説明を求めます。
○天野国務大臣　ただいま議題となりました法律案について御説明申し上げます。
○委員長　質疑の通告があります。井出一太郎君。
○井出委員　お尋ねいたします。
○委員長代理　暫時休憩いたします。
　　　　午後零時三十分散会
`;

describe("the chair's turns labelled by the post alone", () => {
	test('each is a remark of its own', () => {
		const { meeting } = parseText(RECORD, 'monbu-5.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['竹尾委員長', 'これより会議を開きます。'],
			['委員長', '教育委員会法の一部を改正する法律案を議題といたします。\n政府より提案理由の説明を求めます。'],
			['天野国務大臣', 'ただいま議題となりました法律案について御説明申し上げます。'],
			['委員長', '質疑の通告があります。井出一太郎君。'],
			['井出委員', 'お尋ねいたします。'],
			['委員長代理', '暫時休憩いたします。'],
		]);
	});

	test('a 本会議 of the first sessions, `○議長　…`', () => {
		const plenary = `第一回国会　衆議院　本会議　第三号
昭和二十二年五月二十三日（金曜日）
　議事日程　第二号
　　午後一時開議
○議長（松岡駒吉君）　これより会議を開きます。
○議長　内閣総理大臣の指名を行います。
○田中太郎君　動議を提出いたします。
○議長　田中君の動議に御異議ありませんか。
　　〔「異議なし」と呼ぶ者あり〕
　　午後二時散会
`;
		const { meeting } = parseText(plenary, 'honkaigi-3.txt');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（松岡駒吉君）', '議長', '田中太郎君', '議長']);
	});
});
