/**
 * A 両院協議会's record: its title over two lines (`第二百十三回国会　両院協議会` / `…両院協議会会議録　第一号`), and its roll
 * `出席協議委員` with the delegates of each house under `衆議院` and `参議院`. The file had not been read as the Diet's at all
 * (a plain document, the roll one paragraph), and the roll was no roll: each delegate is now a participant of their house.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `第二百十三回国会　両院協議会
令和六年度一般会計予算外二件両院協議会会議録　第一号
令和六年三月二十八日（木曜日）
　　　午後五時三十一分開会
　　　―――――――――――――
　出席協議委員
　　衆議院
　　　議長　　　　　　　　　　根本　匠君
　　　副議長　　　　　　　　　江田　憲司君
　　　　　　　　　　　　　　　加藤　勝信君
　　参議院
　　　議長　　　　　　　　　　末松　信介君
　　　　　　　　　　　　　　　古賀友一郎君
　　　―――――――――――――
○議長（根本匠君）　これより令和六年度一般会計予算外二件両院協議会を開会いたします。
○協議委員（加藤勝信君）　衆議院の議決の趣旨を御説明申し上げます。
○協議委員（古賀友一郎君）　参議院の議決の趣旨を御説明申し上げます。
○議長（根本匠君）　これにて散会いたします。
　　　午後五時五十分散会
`;

describe('a 両院協議会', () => {
	const result = parseText(MINUTES, 'ryoin-1.txt');

	test("is the Diet's record, of both houses", () => {
		expect(result.family).toBe('diet');
		expect(result.meeting?.title).toBe('第213回国会 両院協議会 第1号');
		expect(result.meeting?.series).toBe('両院協議会');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（根本匠君）', '協議委員（加藤勝信君）', '協議委員（古賀友一郎君）', '議長（根本匠君）']);
	});

	test('its delegates are its roll, each of their house', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name, member.affiliation])])).toEqual([
			[
				'出席協議委員',
				[
					['議長', '根本 匠', '衆議院'],
					['副議長', '江田 憲司', '衆議院'],
					[null, '加藤 勝信', '衆議院'],
					['議長', '末松 信介', '参議院'],
					[null, '古賀友一郎', '参議院'],
				],
			],
		]);
	});
});
