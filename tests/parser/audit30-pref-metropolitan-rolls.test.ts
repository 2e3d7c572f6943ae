/**
 * A metropolitan assembly's 会議録 and 速記録 as its site gives them: each roll one person a line, the post written against the
 * name and the name padded to its cell with 君 after it (`副知事潮田  勉君`, `財務局長武市  敬君`, `警視総監緒方 禎己君`), and a
 * 議事日程 that sets each item's number alone over its words (`第一` / ` 代表質問`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SITTING = `令和六年みやこ都議会会議録第三号

令和六年二月二十八日(水曜日)
 出席議員 四名
一番青木ゆう君
二番伊勢 太郎君
三番うえの花子君
五番江藤  勇君
 出席説明員
知事小野百合子君
副知事潮田  勉君
警視総監緒方 禎己君
総務局長佐伯 弘君

 議事日程第三号
第一
 代表質問
第二
 議案第一号から第三号まで

   午後一時開議
○議長(江藤勇君) これより本日の会議を開きます。
 日程第一、代表質問を行います。三番うえの花子さん。
   〔三番うえの花子君登壇〕
○三番(うえの花子君) 都民の会を代表して質問します。知事の所見を伺います。
   〔知事小野百合子君登壇〕
○知事(小野百合子君) お答えいたします。
○議長(江藤勇君) 本日はこれをもって散会いたします。
   午後五時散会
`;

const COMMITTEE = `議会運営委員会速記録第十二号

令和六年九月十四日(土曜日)
第十二委員会室
午前十時三十分開議
出席委員 三名
委員長高木 けい君
副委員長長橋 桂一君
野上ゆきえ君

欠席委員 なし

議長川井しげお君
財務局長武市  敬君

本日の会議に付した事件
第三回定例会の招集について

○長橋副委員長 ただいまから議会運営委員会を開会いたします。
○武市財務局長 第三回定例会を九月二十日に招集いたします。
○野上委員 了解しました。
○長橋副委員長 以上で閉会いたします。
`;

const rolls = (text: string, source: string) => Object.fromEntries((parseText(text, source).meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => [member.name, member.title])]));

describe('a metropolitan assembly\'s rolls, each post written against its holder\'s name', () => {
	test('the officials of a sitting: the post and the name apart, a name padded to its cell kept (it had been lost)', () => {
		expect(rolls(SITTING, 'miyako-r6-3.txt')['説明のため出席した者']).toEqual([
			['小野百合子', '知事'],
			['潮田 勉', '副知事'],
			['緒方 禎己', '警視総監'],
			['佐伯 弘', '総務局長'],
		]);
	});

	test('a committee\'s roll: `財務局長武市  敬君` is one official, no name cut at the padding', () => {
		const read = rolls(COMMITTEE, 'unei-12.txt');
		expect(read['出席者']).toEqual([
			['川井しげお', '議長'],
			['武市 敬', '財務局長'],
		]);
	});
});

describe('a 議事日程 with each item\'s number alone over its words', () => {
	test('`第一` / `代表質問` is item 1, and the next number\'s words item 2', () => {
		const { meeting } = parseText(SITTING, 'miyako-r6-3.txt');
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '代表質問'],
			[2, '議案第一号から第三号まで'],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長(江藤勇君)', '三番(うえの花子君)', '知事(小野百合子君)', '議長(江藤勇君)']);
	});

	test('a number with no words under it is no item', () => {
		const { meeting } = parseText(SITTING.replace(' 議案第一号から第三号まで\n', ''), 'miyako-r6-3.txt');
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([[1, '代表質問']]);
	});
});
