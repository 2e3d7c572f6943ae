/**
 * A committee's sitting copied from the 国会会議録検索システム's page: each speech headed by its number and the speaker's
 * name on a line of its own (`002 平将明` / `○平委員　…`), the list of speakers (発言者一覧) in the same form above the record.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const PAGE = `第213回国会 衆議院 内閣委員会 第12号 令和6年4月10日

発言者一覧
001 大岡敏孝
002 平将明
003 大岡敏孝
004 河野太郎

令和六年四月十日（水曜日）
　　　　午前九時開議
　出席委員
　　　委員長　大岡　敏孝君
　　　理事　平　将明君
　　　　…………………………………
　　　国務大臣　河野　太郎君
　　　　　―――――――――――――
本日の会議に付した案件
　重要経済安保情報の保護及び活用に関する法律案（内閣提出第二〇号）
　　　　　――――◇―――――
001 大岡敏孝
○大岡委員長　これより会議を開きます。
　内閣提出、重要経済安保情報の保護及び活用に関する法律案を議題といたします。
002 平将明
○平委員　自由民主党の平将明です。
003 大岡敏孝
○大岡委員長　次に、河野国務大臣。
004 河野太郎
○河野国務大臣　お答えいたします。
　　　　午前十一時五十分散会
`;

describe('speeches headed by their number and the speaker name', () => {
	const { meeting } = parseText(PAGE, 'naikaku-12.txt');

	test('the heads are no words of the speech before them', () => {
		expect(meeting?.title).toBe('第213回国会 衆議院 内閣委員会 第12号');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['大岡委員長', 'これより会議を開きます。\n内閣提出、重要経済安保情報の保護及び活用に関する法律案を議題といたします。'],
			['平委員', '自由民主党の平将明です。'],
			['大岡委員長', '次に、河野国務大臣。'],
			['河野国務大臣', 'お答えいたします。'],
		]);
	});

	test('a number with a name that is not the speaker below stays', () => {
		const other = PAGE.replace('002 平将明\n○', '002 山田太郎\n○');
		const remarks = parseText(other, 'naikaku-12.txt').meeting?.remarks ?? [];
		expect(remarks[0]?.text).toContain('002 山田太郎');
	});
});
