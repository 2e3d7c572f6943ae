/**
 * A neighbourhood association's 役員会 minutes (as a 連合自治会 circulates them) number their parts at the margin (`１．事務局長より`
 * … `４．議事`), the items of business under a part with a bracketed number (`　（１）…について`, `　（３）質疑`), and indent the
 * turns under them (`　　　３丁目代表：…`); the next part at the margin right under the last turn (`５．次回役員会`) goes on the
 * outline: a heading as the other parts are (it had run into the last speaker's words, with the date under it).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'令和６年度第１回さくら台連合自治会役員会議事録',
	'',
	'　・日時；令和６年４月１４日（日）１０：００～１２：００',
	'　・場所；さくら台コミュニティセンター',
	'',
	'１．事務局長より',
	'　　開会にあたり本日の議事進行等についての説明。',
	'２．連合自治会会長挨拶',
	'　　この一年間皆様のご協力をいただきながら務めたい。',
	'３．自己紹介',
	'　　会長、議長、事務局長挨拶の後、１丁目より順次自己紹介。',
	'４．議事',
	'　（１）役員選考委員会の設置について',
	'　　　規約集の規定に準じて行うことを承認。',
	'　（２）議事録の回覧方法について',
	'　　　前年どおりの手順にて回覧することを承認。',
	'　（３）質疑',
	'　　　３丁目代表：集会所の鍵の管理は誰が行うのか。',
	'　　　事務局長：事務局で管理し、貸出簿に記入してもらいます。',
	'　　　５丁目代表：貸出簿は集会所に置いてほしい。',
	'５．次回役員会',
	'　　５月１２日（日）１０：００～',
	'６．防災倉庫の点検について',
	'　　各丁目から１名ずつ出すことを承認。',
	'以上',
];

describe('an association’s outline going on under indented turns', () => {
	const result = parseText(minutes.join('\n'), 'yakuinkai.txt');

	test('the parts after the turns are headings', () => {
		expect(result.body.map((section) => section.title).slice(-2)).toEqual(['次回役員会', '防災倉庫の点検について']);
	});

	test('the last turn keeps its own words alone', () => {
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['３丁目代表', '集会所の鍵の管理は誰が行うのか。'],
			['事務局長', '事務局で管理し、貸出簿に記入してもらいます。'],
			['５丁目代表', '貸出簿は集会所に置いてほしい。'],
		]);
	});
});
