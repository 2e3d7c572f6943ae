/**
 * An assembly's header rolls as the printed volume and the minutes systems set them: the chair spaced out to the column
 * (`議　長　　　中　山　和　男　君`), members who came late or left early under a heading of their own (`遅参議員（１名）`,
 * `早退議員（１名）`, `遅刻議員`), a committee's 参考人 and 陳情者 with their posts, and `応招議員に同じ` under `出席議員`.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const rolls = (text: string, source: string) =>
	Object.fromEntries((parseText(text, source).meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => [member.title, member.name])]));

const PREFECTURE = `　　　第四百二回みなと県議会（定例会）会議録（第三号）

令和六年十二月九日（月曜日）
　　　午前十時一分開議
　　　　議　長　　　　　　　　　　　　　　中　山　和　男　君
　　　　副議長　　　　　　　　　　　　　　桑　原　啓　子　君
出席議員（二名）
　　　第　一　番　　　　　　　　　　　　　大　島　ゆうき　君
　　　第　二　番　　　　　　　　　　　　　谷　口　健　介　君
○議長（中山和男君）　ただいまから会議を開きます。
○議長（中山和男君）　本日は、これにて散会いたします。
`;

const TOWN = `　　　　令和６年第１回さくら台町議会臨時会会議録

令和６年１月２９日さくら台町議会臨時会は、さくら台町議場に招集された。

１　出席議員（４名）
　　１番　和　田　　　翔　　２番　岡　　　優　子　　３番　浜　口　大　介
　　５番　松　岡　　　明

１　欠席議員（１名）
　　４番　山　中　富　子

１　遅参議員（１名）
　　５番　松　岡　　　明

１　早退議員（１名）
　　３番　浜　口　大　介

　　　　　　　　　　　　　（午前１０時００分開会）
○議長（和田翔君）　ただいまから臨時会を開会します。
○議長（和田翔君）　以上で臨時会を閉会します。
`;

const CITY = `令和６年第３回かすみ野市議会定例会会議録（第２号）

令和６年９月１０日（火曜日）

出席議員（３名）
　１番　佐　藤　一　郎　君　　　　２番　高　橋　美　咲　君
　３番　田　中　健　太　君

欠席議員（なし）

────────────────────

遅刻議員（１名）
　２番　高　橋　美　咲　君

────────────────────

　　　　　　　　午前１０時００分　開議
○議長（田中健太君）　ただいまから本日の会議を開きます。
○議長（田中健太君）　本日はこれにて散会いたします。
`;

const COMMITTEE = `　　　　　　　　　　　令和６年　こがね市議会建設経済委員会会議録

　　　　　　　　　　　　　　　　　　　令和６年６月１９日（水曜日）

１　出席委員（２名）
　　　委　員　長　　　桜　井　　　淳
　　　副委員長　　　　伊　東　沙　織

１　説明のため出席した者
　　　経済環境部長　　　　　　　　　　　　　　堀　内　雅　也

１　参考人
　　　こがね大学経済学部教授　　　　　　　　　松　原　和　彦

１　陳情者
　　　こがね市商店会連合会長　　　　　　　　　井　口　修　三

　　　　　　　　　午前１０時開会
◯委員長（桜井淳君）　ただいまから建設経済委員会を開会いたします。
◯陳情者（井口修三君）　アーケードは老朽化が著しい状況です。
◯委員長（桜井淳君）　以上で本日の委員会を閉会いたします。
`;

const VOLUME = `　　　　　　令和６年第２回定例会
　　　　　　　　み　ず　ほ　町　議　会　会　議　録

　　　　　　　　　　　目　　　　次

第１号（６月４日）
　議事日程　…………………………………………………………………　１
　出席議員　…………………………………………………………………　１
　開会の宣告　………………………………………………………………　３

　　　　　　一般質問通告表

　順位　　議席番号　　氏　名　　　　　　質　問　事　項
　１　　　　７番　　小川　進　　　１　町営バスの運行について

令和６年第２回みずほ町議会定例会会議録（第１号）

招集年月日　令和６年６月４日
招集の場所　みずほ町議会議場

応招議員（２名）
　１番　大　西　　　勉　君　　７番　小　川　　　進　君

出席議員（２名）
　応招議員に同じ

議事日程
　日程第１　会議録署名議員の指名
　日程第２　会期の決定

　　　　　　　　　　　　開会　午前９時３０分
○議長（大西勉君）　ただいまから令和６年第２回みずほ町議会定例会を開会します。
○議長（大西勉君）　本日はこれで散会します。
`;

describe('an assembly header', () => {
	test('reads the chair spaced out to the column with the deputy', () => {
		expect(rolls(PREFECTURE, 'minato-402-3.txt')['議長・副議長']).toEqual([
			['議長', '中山和男'],
			['副議長', '桑原啓子'],
		]);
	});

	test('reads the members who came late or left early as rolls of their own, not the absent', () => {
		const town = rolls(TOWN, 'sakuradai-r6-1.txt');
		expect(town['欠席議員']).toEqual([[null, '山中富子']]);
		expect(town['遅参議員']).toEqual([[null, '松岡 明']]);
		expect(town['早退議員']).toEqual([[null, '浜口大介']]);
		const city = parseText(CITY, 'kasumino-r6-3-2.txt');
		expect(city.meeting?.participants.find((group) => group.group === '遅刻議員')?.members.map((member) => member.name)).toEqual(['高橋美咲']);
		expect(city.body.flatMap((section) => section.children).some((block) => block.type === 'note' && block.text.includes('遅刻議員'))).toBe(false);
	});

	test('reads a committee\'s 参考人 and 陳情者 with their posts, apart from the officials', () => {
		const committee = rolls(COMMITTEE, 'kogane-kensetsu-r6-6-19.txt');
		expect(committee['説明のため出席した者']).toEqual([['経済環境部長', '堀内雅也']]);
		expect(committee['参考人']).toEqual([['こがね大学経済学部教授', '松原和彦']]);
		expect(committee['陳情者']).toEqual([['こがね市商店会連合会長', '井口修三']]);
	});

	test('takes a volume\'s table of contents and notice of questions for no roll or agenda, and 応招議員に同じ for no member', () => {
		const { meeting } = parseText(VOLUME, 'mizuho-r6-2.txt');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([['出席議員', ['大西 勉', '小川 進']]]);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['会議録署名議員の指名', '会期の決定']);
	});
});
