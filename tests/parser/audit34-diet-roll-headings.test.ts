/**
 * Rolls the 衆議院 heads with the word of the body that sits: a 小委員会's `出席小委員`, a 公聴会's `出席公述人`, and the staff
 * present at a 両院協議会 under `協議委員外の出席者` (as at a 小委員会 `小委員外の出席者`). Before, the text reader knew none
 * of these headings: a 小委員会's members were lost, those heard at a 公聴会 were listed among the committee's members, and a
 * 両院協議会's staff among the 参議院's delegates.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const SUBCOMMITTEE = `第211回国会 衆議院 外務委員会国際経済小委員会 第1号 令和5年5月17日

令和五年五月十七日（水曜日）
    午後三時開議
 出席小委員
   小委員長 黄川田仁志君
      小田原 潔君    鈴木 隼人君
      源馬謙太郎君    吉田 宣弘君
 小委員外の出席者
        外務委員会専門員  大野 雄一郎君
    ―――――――――――――
本日の会議に付した案件
 国際経済に関する件
     ――――◇―――――
○黄川田小委員長 これより国際経済小委員会を開会いたします。
○小田原小委員 経済安全保障の観点からお伺いします。
○黄川田小委員長 本日は、これにて散会いたします。
    午後四時二分散会
`;

const HEARING = `第213回国会 衆議院 予算委員会公聴会 第1号 令和6年2月21日

令和六年二月二十一日（水曜日）
    午前九時開議
 出席委員
   委員長 小野田五典君
   理事 井野 俊郎君 理事 島尻 安子君
      青山 周平君    階   猛君
 出席公述人
        東都大学経済学部教授      西野 孝之君
        北洋総合研究所主席研究員    安藤  隆君
 委員外の出席者
        予算委員会専門員 中村  実君
    ―――――――――――――
本日の公聴会で意見を聞いた案件
 令和六年度一般会計予算
     ――――◇―――――
○小野田委員長 これより会議を開きます。
○西野公述人 東都大学の西野でございます。
○安藤公述人 北洋総合研究所の安藤です。
○小野田委員長 これにて公聴会は終了いたしました。
    午前十一時五十二分散会
`;

const CONFERENCE = `第169回国会 両院協議会 第1号 平成20年3月28日

平成二十年三月二十八日（金曜日）
    午後七時四十四分開会
 出席協議委員
  衆議院
   議 長 相沢 一夫君
     森  英次君    田野瀬良一君
  参議院
   議 長 桜田  充君
     池内 修平君     尾崎 源太君
 協議委員外の出席者
  衆議院法制局
        第 二 部 長 橘  幸雄君
  参議院事務局
        委 員 部 長 諸星 輝夫君
    ―――――――――――――
本日の会議に付した案件
 平成二十年度一般会計予算
     ――――◇―――――
○議長（相沢一夫君） これより両院協議会を開会いたします。
○協議委員（池内修平君） 参議院の議決の趣旨を御説明いたします。
○議長（相沢一夫君） これにて散会いたします。
    午後八時三十分散会
`;

/** Each roll of a result: its heading and its members' posts and names. */
function rolls(text: string, source: string): [string, (string | null)[][]][] {
	const { meeting } = parseText(text, source);
	return (meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);
}

describe('a 小委員会 of the 衆議院 as text', () => {
	test('lists its members under 出席小委員 and the others under 小委員外の出席者', () => {
		expect(rolls(SUBCOMMITTEE, 'kokusai-keizai-1.txt')).toEqual([
			['出席小委員', [['小委員長', '黄川田仁志'], [null, '小田原 潔'], [null, '鈴木 隼人'], [null, '源馬謙太郎'], [null, '吉田 宣弘']]],
			['小委員外の出席者', [['外務委員会専門員', '大野 雄一郎']]],
		]);
	});
});

describe('a 公聴会 of the 衆議院 as text', () => {
	test('lists those it heard under 出席公述人, apart from the members', () => {
		expect(rolls(HEARING, 'yosan-koshokai-1.txt')).toEqual([
			['出席委員', [['委員長', '小野田五典'], ['理事', '井野 俊郎'], ['理事', '島尻 安子'], [null, '青山 周平'], [null, '階 猛']]],
			['出席公述人', [['東都大学経済学部教授', '西野 孝之'], ['北洋総合研究所主席研究員', '安藤 隆']]],
			['委員外の出席者', [['予算委員会専門員', '中村 実']]],
		]);
	});
});

describe('a 両院協議会 as text', () => {
	test("lists the staff under 協議委員外の出席者, not among the 参議院's delegates", () => {
		const read = rolls(CONFERENCE, 'ryoin-1.txt');
		expect(read.map(([group, members]) => [group, members.length])).toEqual([
			['出席協議委員', 6],
			['協議委員外の出席者', 2],
		]);
		expect(read[1]?.[1].map(([, name]) => name)).toEqual(['橘 幸雄', '諸星 輝夫']);
	});
});

describe("the same rolls in the NDL API's 会議録情報", () => {
	/** The record's header (from its date to the business of the day) as the API's first speech gives it. */
	function asJson(text: string, meeting: string, issueID: string): string {
		const header = text.split('\n').slice(2).join('\r\n').split('     ――――◇―――――')[0]!;
		return JSON.stringify({
			numberOfRecords: 1,
			meetingRecord: [
				{
					issueID,
					session: 213,
					nameOfHouse: '衆議院',
					nameOfMeeting: meeting,
					issue: '第1号',
					date: '2024-02-21',
					speechRecord: [
						{ speechID: `${issueID}_000`, speechOrder: 0, speaker: '会議録情報', speech: header },
						{ speechID: `${issueID}_001`, speechOrder: 1, speaker: '小野田五典', speech: '○小野田委員長　これより会議を開きます。' },
					],
				},
			],
		});
	}

	test('are read as in the text', () => {
		const hearing = parseDocuments(asJson(HEARING, '予算委員会公聴会', '121305261X00120240221'), { source: 'koshokai.json', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(hearing?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席委員', ['小野田五典', '井野 俊郎', '島尻 安子', '青山 周平', '階 猛']],
			['出席公述人', ['西野 孝之', '安藤 隆']],
			['委員外の出席者', ['中村 実']],
		]);
		const conference = parseDocuments(asJson(CONFERENCE, '両院協議会', '116905000X00120080328'), { source: 'ryoin.json', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(conference?.participants.map((group) => [group.group, group.members.length])).toEqual([
			['出席協議委員', 6],
			['協議委員外の出席者', 2],
		]);
	});
});
