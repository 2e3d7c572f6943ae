/**
 * The Diet's labels of a 小委員会's chair and members (`○三宅小委員長`, `○浅田小委員`), of a budget 分科会's members (`○青山分科員`,
 * `○小林（健）分科員`) and of a 公聴会's witnesses (`○水野公述人`) name the roll's person. Before, `三宅小委員長` read as one
 * 三宅小, the 委員長, and the 分科員 and 公述人 matched no one of their rolls (`出席分科員`, `出席公述人`).
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseNameLabel } from '../../src/parser/names.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const SUBCOMMITTEE = `第213回国会 衆議院 倫理選挙特別委員会選挙制度調査小委員会 第2号
令和六年五月九日（木曜日）
    午前十時開議
 出席小委員
   小委員長 三宅 修二君
      浅田 健君    市川 恵子君
      内山 亘君    遠藤 浩美君
    ―――――――――――――
本日の会議に付した案件
 公職選挙法改正に関する件
     ――――◇―――――
○三宅小委員長 これより会議を開きます。
 公職選挙法改正に関する件について調査を進めます。
○浅田小委員 インターネットの利用について伺います。
○市川小委員 私からも一点伺います。
○三宅小委員長 本日は、これにて散会いたします。
    午前十一時一分散会
`;

const SUBDIVISION = `第213回国会 衆議院 予算委員会第五分科会 第1号
令和六年二月二十六日（月曜日）
    午前九時開議
 出席分科員
   主査 大西 浩二君
      青山 一郎君    井上 真紀君
   兼務 小林 健太君 兼務 小林 美香君
   …………………………………
   厚生労働大臣       竹中 光男君
    ―――――――――――――
本日の会議に付した案件
 令和六年度一般会計予算
     ――――◇―――――
○大西主査 これより予算委員会第五分科会を開会いたします。
○青山分科員 地域医療について伺います。
○竹中国務大臣 お答えいたします。
○小林（健）分科員 薬価について伺います。
○竹中国務大臣 お答えいたします。
○大西主査 これにて散会いたします。
    午後零時十一分散会
`;

const HEARING = `第213回国会 衆議院 予算委員会公聴会 第1号
令和六年二月二十一日（水曜日）
    午前九時開議
 出席委員
   委員長 増田 文雄君
   理事 青木 秀明君
      荒井 浩君
 出席公述人
       東都大学経済学部教授   水野 啓介君
       全国商工団体連合会会長  竹内 弘子君
    ―――――――――――――
本日の公聴会で意見を聞いた案件
 令和六年度一般会計予算
     ――――◇―――――
○増田委員長 これより会議を開きます。
○水野公述人 水野でございます。財政規律の観点から申し上げます。
○竹内公述人 竹内でございます。価格転嫁の徹底が必要です。
○青木委員 水野公述人に伺います。
○水野公述人 お答えいたします。
○増田委員長 これにて散会いたします。
    午前十一時五十分散会
`;

/** Each speaker label of the record with the person the people index gives it. */
function speakers(text: string, source: string): [string, string | undefined][] {
	const { meeting } = parseText(text, source);
	if (!meeting) throw new Error(`${source}: no record`);
	const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
	const labels = [...new Set(meeting.remarks.map((remark) => remark.speaker))];
	return labels.map((label) => [label, index.persons.find((person) => person.labels.includes(label))?.name]);
}

describe('the Diet’s 小委員会, 分科会 and 公聴会 labels', () => {
	test('a 小委員長 and a 小委員 are the surname and the post', () => {
		expect(['三宅小委員長', '浅田小委員', '石原副小委員長', '小委員長（比嘉奈津美君）'].map((label) => [parseNameLabel(label).name, parseNameLabel(label).title])).toEqual([
			['三宅', '小委員長'],
			['浅田', '小委員'],
			['石原', '副小委員長'],
			['比嘉奈津美', '小委員長'],
		]);
	});

	test('a 小委員会’s speakers are its roll’s members', () => {
		expect(speakers(SUBCOMMITTEE, 'senkyo-sho-2.txt')).toEqual([
			['三宅小委員長', '三宅 修二'],
			['浅田小委員', '浅田 健'],
			['市川小委員', '市川 恵子'],
		]);
	});

	test('a 分科会’s 分科員, by surname and initial too, are its roll’s', () => {
		expect(speakers(SUBDIVISION, 'yosan-5-1.txt')).toEqual([
			['大西主査', '大西 浩二'],
			['青山分科員', '青山 一郎'],
			['竹中国務大臣', '竹中 光男'],
			['小林（健）分科員', '小林 健太'],
		]);
	});

	test('a 公聴会’s 公述人 are those of its roll', () => {
		expect(speakers(HEARING, 'yosan-kocho-1.txt')).toEqual([
			['増田委員長', '増田 文雄'],
			['水野公述人', '水野 啓介'],
			['竹内公述人', '竹内 弘子'],
			['青木委員', '青木 秀明'],
		]);
	});
});
