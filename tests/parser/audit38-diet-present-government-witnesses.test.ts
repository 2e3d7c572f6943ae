/**
 * Some 衆議院 records head the government's witnesses as the rolls above them are headed, `出席政府参考人` under `出席国務大臣`
 * or `出席大臣政務官`. Before, the heading was read as a post within the roll above, and each witness stood among the ministers
 * with the post `出席政府参考人（…）`.
 */
import { expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第２１３回国会　衆議院　国土交通委員会　第１１号
令和６年４月１９日（金曜日）
    午前九時開議
 出席委員
   委員長 木村 健吾君
   理事 大野 里美君 理事 西田 拓也君
      東 真由美君    野口 一馬君
 出席国務大臣
     国土交通大臣 水野 昭彦君
 出席大臣政務官
     国土交通大臣政務官 松井 理恵君
 出席政府参考人
     国土交通省道路局長 丸山 孝之君
     （観光庁次長） 福田 美奈子君
 委員外の出席者
     国土交通委員会専門員 永井 正樹君
    ―――――――――――――
本日の会議に付した案件
 政府参考人出頭要求に関する件
 国土交通行政の基本施策に関する件
    ―――――――――――――
○木村委員長　これより会議を開きます。
○東委員　道路局長に伺います。
○丸山政府参考人　お答えいたします。
○福田政府参考人　観光庁としても取り組んでまいります。
○水野国務大臣　しっかり対応いたします。
○木村委員長　次回は公報をもってお知らせすることとし、本日は、これにて散会いたします。
    午前十時十分散会
`;

test('`出席政府参考人` opens a roll of its own, its witnesses out of the ministers’ roll', () => {
	const { meeting } = parseText(RECORD, 'kokudo-11.txt');
	const rolls = meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);
	expect(rolls?.slice(1)).toEqual([
		['出席国務大臣', [['国土交通大臣', '水野 昭彦']]],
		['出席大臣政務官', [['国土交通大臣政務官', '松井 理恵']]],
		[
			'政府参考人',
			[
				['国土交通省道路局長', '丸山 孝之'],
				['観光庁次長', '福田 美奈子'],
			],
		],
		['委員外の出席者', [['国土交通委員会専門員', '永井 正樹']]],
	]);
	expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['木村委員長', '東委員', '丸山政府参考人', '福田政府参考人', '水野国務大臣', '木村委員長']);
});
