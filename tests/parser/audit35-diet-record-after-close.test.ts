/**
 * A committee's minutes that print after the close the record of the members sent to hear opinions (`派遣委員の新潟県における意見
 * 聴取に関する記録`: its 期日 and 場所, its rolls, then its turns) read its turns as remarks after the sitting's, its rolls as
 * participants and its heads as notes before its turns. Before, every line after the close was a note: the hearing's speeches
 * were no remarks.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第213回国会 衆議院 農林水産委員会 第12号
令和六年四月二十四日（水曜日）
    午前九時開議
 出席委員
   委員長 坂口 幸雄君
   理事 今井 敏夫君 理事 熊谷 洋子君
      桑原 大輔君    清水 香織君
    ―――――――――――――
本日の会議に付した案件
 食料・農業・農村基本法の一部を改正する法律案（内閣提出第二二号）
     ――――◇―――――
○坂口委員長 これより会議を開きます。
 去る二十二日、新潟県に委員を派遣いたしました。会議の記録は本日の会議録に参照掲載することといたします。
○桑原委員 担い手の確保について伺います。
○坂口委員長 本日は、これにて散会いたします。
    午前十一時三分散会
     ――――◇―――――
 派遣委員の新潟県における意見聴取に関する記録
一、期日
   令和六年四月二十二日（月）
二、場所
   ホテル新潟会議室
三、出席者
 (1) 派遣委員
  座長 坂口 幸雄君
     今井 敏夫君   熊谷 洋子君
 (2) 意見陳述者
     農業法人代表取締役    小野寺 修君
     新潟北大学農学部教授   中野 美由紀君
    ――――◇―――――
○坂口座長 これより会議を開きます。
 まず小野寺修君に御意見をお述べいただきたいと存じます。
○小野寺修君 小野寺でございます。
 担い手の確保には、所得の安定が欠かせません。
○坂口座長 次に、中野美由紀君にお願いいたします。
○中野美由紀君 中山間地の支援を手厚くすべきと考えます。
○熊谷洋子君 小野寺さんに伺います。
○小野寺修君 地元の高校と連携しております。
○坂口座長 これにて散会いたします。
`;

describe('a hearing’s record printed after the close', () => {
	const { meeting, body } = parseText(RECORD, 'norin-12.txt');

	test('its turns are remarks after the sitting’s', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['坂口委員長', '桑原委員', '坂口委員長', '坂口座長', '小野寺修君', '坂口座長', '中野美由紀君', '熊谷洋子君', '小野寺修君', '坂口座長']);
		expect(meeting?.remarks[4]?.text).toBe('小野寺でございます。\n担い手の確保には、所得の安定が欠かせません。');
	});

	test('its rolls are participants, its heads notes before its turns', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席委員', ['坂口 幸雄', '今井 敏夫', '熊谷 洋子', '桑原 大輔', '清水 香織']],
			['派遣委員', ['坂口 幸雄', '今井 敏夫', '熊谷 洋子']],
			['意見陳述者', ['小野寺 修', '中野 美由紀']],
		]);
		const blocks = body.flatMap((section) => section.children);
		const head = blocks.findIndex((block) => block.type === 'note' && block.text === '派遣委員の新潟県における意見聴取に関する記録');
		const firstOfHearing = blocks.findIndex((block): block is Extract<Block, { type: 'remark' }> => block.type === 'remark' && block.speaker === '坂口座長');
		expect(head).toBeGreaterThan(0);
		expect(head).toBeLessThan(firstOfHearing);
	});
});
