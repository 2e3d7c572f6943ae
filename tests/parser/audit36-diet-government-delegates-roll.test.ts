/**
 * Until 1999 the government's delegates answered in the Diet's committees as `政府委員`, listed under `出席政府委員` (the Imperial
 * Diet's `出席政府委員左ノ如シ`) with their posts and labelled by the part (`○政府委員（賀屋興三君）`, `○賀屋政府委員`). Before, the
 * heading's 委員 made them members of the committee, and no delegate's label found the roll's entry.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const IMPERIAL = `第七十四回帝國議會貴族院　豫算委員會議事速記録第三號
昭和十四年二月六日（月曜日）午前十時十五分開會
　出席委員左ノ如シ
　　委員長　　　　　　子爵　岡部　長之君
　　委員
　　　　　　　青木　信太郎君　　　　丸山　鶴吉君
　出席國務大臣左ノ如シ
　　　大藏大臣　　　　石渡　莊一郎君
　出席政府委員左ノ如シ
　　　大藏次官　　　　大野　龍之助君
　　　大藏省主計局長　　賀屋　興三君
○委員長（子爵岡部長之君）　開會致シマス、青木委員
○青木信太郎君　大藏大臣ニ御尋ネ致シマス
○國務大臣（石渡莊一郎君）　御答ヘ致シマス
○政府委員（賀屋興三君）　補足シテ申上ゲマス
○政府委員（大野龍之助君）　次官カラモ申上ゲマス
○委員長（子爵岡部長之君）　本日ハ是デ散會致シマス
　　　午後三時二分散會
`;

const SHUGIIN = `第123回国会 衆議院 大蔵委員会 第5号 平成4年3月11日

平成四年三月十一日（水曜日）
    午前十時開議
 出席委員
   委員長 太田 誠一君
   理事 井出 正一君 理事 中村正三郎君
      石井  一君    村井  仁君
 出席国務大臣
       大 蔵 大 臣  羽田  孜君
 出席政府委員
       大蔵省主計局長  斎藤 次郎君
       大蔵省主税局長  濱本 英輔君
 委員外の出席者
       大蔵委員会調査
       室長       兵藤 廣治君
    ―――――――――――――
本日の会議に付した案件
 租税特別措置法の一部を改正する法律案（内閣提出第一号）
     ――――◇―――――
○太田委員長 これより会議を開きます。
○村井委員 主税局長に伺います。
○濱本政府委員 お答えいたします。
○斎藤政府委員 補足いたします。
○太田委員長 本日は、これにて散会いたします。
    午後零時五分散会
`;

/** Each label of the record with the person found for it: name, the roll's post, and whether the roll lists them. */
function speakers(text: string, source: string): [string, string | undefined, string | undefined, boolean | undefined][] {
	const { meeting } = parseText(text, source);
	if (!meeting) throw new Error('no record');
	const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
	return [...new Set(meeting.remarks.map((remark) => remark.speaker))].map((label) => {
		const person = index.persons.find((candidate) => candidate.labels.includes(label));
		return [label, person?.name, person?.roles.find((role) => role.listed)?.title, person?.confirmed];
	});
}

describe('the government’s delegates, listed under 出席政府委員', () => {
	test('in the Imperial Diet’s record, are the roll’s officials', () => {
		expect(speakers(IMPERIAL, 'kizoku-yosan-3.txt').filter(([label]) => label.startsWith('政府委員'))).toEqual([
			['政府委員（賀屋興三君）', '賀屋 興三', '大藏省主計局長', true],
			['政府委員（大野龍之助君）', '大野 龍之助', '大藏次官', true],
		]);
	});

	test('in the 衆議院’s record before 1999 too', () => {
		expect(speakers(SHUGIIN, 'okura-5.txt').filter(([label]) => label.endsWith('政府委員'))).toEqual([
			['濱本政府委員', '濱本 英輔', '大蔵省主税局長', true],
			['斎藤政府委員', '斎藤 次郎', '大蔵省主計局長', true],
		]);
	});
});
