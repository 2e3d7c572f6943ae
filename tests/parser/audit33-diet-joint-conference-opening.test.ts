/**
 * A 両院協議会's record whose first line names the session and the body but no sitting number (`第二百十回国会　両院協議会`):
 * the chair's opening words (`これより両院協議会を開会いたします。`) name the body, filed under neither house. Before, the
 * chair's label (`議長（…君）`) made it the 衆議院's 本会議.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第二百十回国会　両院協議会
令和四年十二月十日（土曜日）
　　　午後四時開会
　　　　―――――――――――――
出席協議委員
　衆議院
　　議長 大島 健一君
　　　　　　佐藤 次郎君
　参議院
　　議長 山本 浩二君
　　　　　　伊藤 四郎君
　　　　―――――――――――――
本日の会議に付した案件
　令和四年度一般会計補正予算（第２号）
　　　　―――――――――――――
○議長（大島健一君）　これより両院協議会を開会いたします。
○佐藤次郎君　衆議院の議決の趣旨を御説明いたします。
○伊藤四郎君　参議院の議決の趣旨を御説明いたします。
○議長（大島健一君）　協議が整わなかったものと認めます。これにて散会いたします。
　　　午後四時三十分散会
`;

describe("a 両院協議会 named by the chair's opening words", () => {
	test('is filed under neither house', () => {
		const { meeting, diagnostics } = parseText(RECORD, 'ryoin.txt');
		expect([meeting?.series, meeting?.title]).toEqual(['両院協議会', '両院協議会 2022-12-10']);
		expect(diagnostics.map((d) => d.code)).not.toContain('no-house');
	});
});
