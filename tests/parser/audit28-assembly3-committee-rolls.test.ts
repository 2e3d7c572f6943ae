/**
 * A committee's record as town and city assemblies print it: several members to the post `委員`, the rest listed on under
 * it without the post (`　　　　　土　方　健　太　　　　永　田　奈津子`), the post spaced out as the names are
 * (`委　　員　　増　田　健　一`), the assembly's members at it (`委員外出席者`), the executive at a 全員協議会
 * (`出席した執行部`), and the assembly named only where the committee met (`開催場所　ひばり町議会　委員会室`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const rolls = (text: string, source: string) =>
	Object.fromEntries((parseText(text, source).meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => [member.title, member.name])]));

const COMMITTEE = `令和６年第２回こがね市議会定例会　建設経済委員会会議録

令和６年６月１９日（水曜日）

１　出席委員（７名）
　　　委　員　長　　　桜　井　　　淳
　　　副委員長　　　　伊　東　沙　織
　　　委　　　員　　　須　田　一　馬　　　　石　黒　麻　衣
　　　　　　　　　　　土　方　健　太　　　　永　田　奈津子
　　　　　　　　　　　矢　野　哲　郎

１　説明のため出席した者
　　　経済環境部長　　　　　　　　　　　　　　堀　内　雅　也

◯委員長（桜井淳君）　ただいまから建設経済委員会を開会いたします。
◯委員長（桜井淳君）　以上で本日の委員会を閉会いたします。
`;

const STEERING = `議会運営委員会会議録

１　開催日時　令和６年１１月２１日（木）午前１０時００分～午前１０時４５分
２　開催場所　ひばり町議会　委員会室
３　出席委員
　　委員長　　松　浦　敏　行　　　副委員長　　竹　下　亜　紀
　　委　員　　福　田　　　茂　　　委　　員　　増　田　健　一
４　委員外出席者
　　議　長　　大　谷　一　也
５　説明のため出席した者
　　副町長　　丸　山　昭　夫　　　総務課長　　川　口　玲　子

○委員長（松浦敏行君）　ただいまから議会運営委員会を開会します。
○福田委員　一般質問の締切りはいつですか。
○委員長（松浦敏行君）　以上で議会運営委員会を閉会します。
`;

const WHOLE = `令和６年　あおば村議会全員協議会会議録

　日　時　　令和６年８月２６日（月）午後１時３０分
　場　所　　あおば村役場　大会議室

　出席議員（２名）
　　１番　　佐　野　雅　人　　　２番　　岩　田　晴　美

　出席した執行部
　　村長　杉　村　賢　治　　　副村長　内　藤　直　子
　　総務課長　宮　下　智　　　　産業振興課長　片　山　俊　夫

○議長（岩田晴美君）　ただいまから全員協議会を開会します。
○村長（杉村賢治君）　道の駅について御説明いたします。
○議長（岩田晴美君）　以上で全員協議会を閉会します。
`;

describe('a committee\'s roll', () => {
	test('reads every member under the post 委員, on its line and the lines below it', () => {
		expect(rolls(COMMITTEE, 'kogane-kensetsu.txt')['出席委員']).toEqual([
			['委員長', '桜井淳'],
			['副委員長', '伊東沙織'],
			['委員', '須田一馬'],
			['委員', '石黒麻衣'],
			['委員', '土方健太'],
			['委員', '永田 奈津子'],
			['委員', '矢野哲郎'],
		]);
	});

	test('reads the post spaced out, the members outside the committee and the assembly named where it met', () => {
		const { meeting, diagnostics } = parseText(STEERING, 'giun-2024-11-21.txt');
		expect(Object.fromEntries((meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => [member.title, member.name])]))).toEqual({
			出席委員: [
				['委員長', '松浦敏行'],
				['副委員長', '竹下亜紀'],
				['委員', '福田茂'],
				['委員', '増田健一'],
			],
			委員外議員: [['議長', '大谷一也']],
			説明のため出席した者: [
				['副町長', '丸山昭夫'],
				['総務課長', '川口玲子'],
			],
		});
		expect(meeting?.series).toBe('ひばり町議会 議会運営委員会');
		expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('no-series');
	});

	test('reads the executive at a 全員協議会 as the officials', () => {
		expect(rolls(WHOLE, 'aoba-zenkyo.txt')['説明のため出席した者']).toEqual([
			['村長', '杉村賢治'],
			['副村長', '内藤直子'],
			['総務課長', '宮下智'],
			['産業振興課長', '片山俊夫'],
		]);
	});
});
