/**
 * The 衆議院 lists those present who hold no seat of the committee under `委員外の出席者` (a 小委員会 `小委員外の出席者`, a
 * 両院協議会 `協議委員外の出席者`): the officials who answer, labelled by their part (`○山野政府参考人`, the courts'
 * `○馬渡最高裁判所長官代理者`, the Board of Audit's `○宮川会計検査院当局者`), the clerks of the 法制局 (`○橘法制局参事`) and the
 * committee's staff. Before, the heading's 委員 made them members, and none of these speakers was found in the roll.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const TEXT = `第213回国会 衆議院 法務委員会 第4号 令和6年3月15日

令和六年三月十五日（金曜日）
    午前九時開議
 出席委員
   委員長 武部  新君
   理事 熊田 裕通君 理事 寺田  学君
      東  国幹君    米山 隆一君
 出席国務大臣
       法務大臣     小泉 龍司君
 委員外の出席者
       最高裁判所事務総局家庭局長  馬渡 直史君
       政府参考人
       （法務省民事局長）  竹内  努君
       会計検査院事務総局第一局長  宮川 尚博君
       衆議院法制局法制企画調整部長 橘  幸信君
       法務委員会専門員  三橋 善一郎君
    ―――――――――――――
本日の会議に付した案件
 民法等の一部を改正する法律案（内閣提出第三九号）
     ――――◇―――――
○武部委員長 これより会議を開きます。
○熊田委員 共同親権について伺います。
○竹内政府参考人 お答えいたします。
○馬渡最高裁判所長官代理者 家庭裁判所の体制整備に努めてまいります。
○宮川会計検査院当局者 検査の結果を御説明いたします。
○橘法制局参事 修正案の趣旨を御説明いたします。
○小泉国務大臣 お答えいたします。
○武部委員長 本日は、これにて散会いたします。
    午前十一時四十二分散会
`;

/** Each speaker label with the name and post of the person the people index gives it, and whether the roll lists them. */
function speakers(meeting: Meeting | null): [string, string | undefined, string | undefined, boolean | undefined][] {
	if (!meeting) throw new Error('no record');
	const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
	return [...new Set(meeting.remarks.map((remark) => remark.speaker))].map((label) => {
		const person = index.persons.find((candidate) => candidate.labels.includes(label));
		return [label, person?.name, person?.roles.find((role) => role.listed)?.title, person?.confirmed];
	});
}

describe('the 衆議院’s officials listed among those present who hold no seat', () => {
	test('are the roll’s officials their parts name', () => {
		const { meeting } = parseText(TEXT, 'homu-4.txt');
		expect(speakers(meeting)).toEqual([
			['武部委員長', '武部 新', '委員長', true],
			['熊田委員', '熊田 裕通', '理事', true],
			['竹内政府参考人', '竹内 努', '政府参考人（法務省民事局長）', true],
			['馬渡最高裁判所長官代理者', '馬渡 直史', '最高裁判所事務総局家庭局長', true],
			['宮川会計検査院当局者', '宮川 尚博', '会計検査院事務総局第一局長', true],
			['橘法制局参事', '橘 幸信', '衆議院法制局法制企画調整部長', true],
			['小泉国務大臣', '小泉 龍司', '法務大臣', true],
		]);
	});

	test('no one of the list is a member of the committee', () => {
		const { meeting } = parseText(TEXT, 'homu-4.txt');
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		const kinds = Object.fromEntries(index.persons.map((person) => [person.name, person.kind]));
		expect([kinds['竹内 努'], kinds['馬渡 直史'], kinds['宮川 尚博'], kinds['橘 幸信'], kinds['三橋 善一郎']]).toEqual(['official', 'official', 'official', 'official', 'official']);
		expect([kinds['武部 新'], kinds['熊田 裕通'], kinds['東 国幹']]).toEqual(['member', 'member', 'member']);
	});
});
