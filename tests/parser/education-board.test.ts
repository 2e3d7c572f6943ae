/**
 * Education boards' and other committees' 会議録 read by the council reader: a 協議会 or 審議会 in the text is no
 * assembly, opening and closing on one line, `説明のため出席した職員`, `議事日程` as the agenda with the sitting's
 * time after it, and turns under an agenda item that holds no sentences.
 */
import { describe, expect, test } from 'vitest';
import { pickReader } from '../../src/parser/index.ts';
import { toSourceLines } from '../../src/parser/normalize.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const board = [
	'令和６年第５回ひまわり市教育委員会定例会会議録',
	'',
	'１　開催日時　　令和６年５月２４日（金）　午後２時００分開会　午後３時１０分閉会',
	'２　開催場所　　ひまわり市役所　第３委員会室',
	'３　出席委員',
	'　　教育長　　　　　　　　山　本　　　剛',
	'　　教育長職務代理者　　　佐々木　恵　子',
	'４　欠席委員　　なし',
	'５　説明のため出席した職員',
	'　　生涯学習課長　　　　　大　川　　理　絵',
	'６　議事日程',
	'　　日程第１　議案第１２号　ひまわり市立図書館協議会委員の委嘱について',
	'',
	'午後２時００分開会',
	'◯教育長（山本剛）　ただいまから定例会を開会します。日程第１を議題とします。',
	'◯生涯学習課長（大川理絵）　図書館協議会委員の任期が満了となるため、新たに委嘱するものです。',
	'◯教育長（山本剛）　以上で閉会します。',
];

describe("an education board's 会議録", () => {
	test('is no assembly for the 協議会 in its text', () => {
		const lines = toSourceLines(board.join('\n'));
		expect(pickReader({ text: board.join('\n'), lines }).family).toBe('council');
	});

	const meeting = parseLines(board).meeting;

	test('opening and closing on the date line give start and end', () => {
		expect([meeting?.date, meeting?.start, meeting?.end]).toEqual(['2024-05-24', '14:00', '15:10']);
	});

	test('the officials who came to explain are a group of their own, and 職務代理者 is a post', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['出席委員', [['山本 剛', '教育長'], ['佐々木 恵子', '教育長職務代理者']]],
			['欠席委員', []],
			['説明のため出席した職員', [['大川 理絵', '生涯学習課長']]],
		]);
	});

	test('議事日程 is the agenda, and the sitting time after it opens the minutes', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['日程第１　議案第１２号　ひまわり市立図書館協議会委員の委嘱について']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['教育長（山本剛）', '生涯学習課長（大川理絵）', '教育長（山本剛）']);
	});
});

describe('a public hearing and an election board', () => {
	test('傍聴者 is a field, not a member; 公聴会の経過 opens the text; 委員長職務代理者 is a post', () => {
		const result = parseLines([
			'みなと市都市計画公聴会　記録',
			'１　日時　令和６年８月３日（土）午後２時',
			'２　出席者',
			'　委員長職務代理者　広瀬　道子',
			'３　傍聴者　１８名',
			'４　公聴会の経過',
			'広瀬委員長職務代理者　ただいまから公聴会を開会します。',
		]);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]))).toEqual([['広瀬　道子', '委員長職務代理者']]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['広瀬委員長職務代理者']);
	});
});

describe('turns under an agenda item', () => {
	test('are the minutes text, not more of the item', () => {
		const result = parseLines([
			'グランフォレスト管理組合　第６回 理事会 議事録',
			'日　時　２０２４年１１月１６日（土）１０：００～１１：５０',
			'場　所　集会室',
			'出席者　理事長 細谷、副理事長 三枝',
			'【協議事項】',
			'１．大規模修繕工事の施工会社選定について',
			'細谷理事長：修繕委員会から、２社に絞り込んだとの答申がありました。',
			'三枝副理事長：Ａ社は同規模のマンションの実績が少ないのが気になります。',
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['大規模修繕工事の施工会社選定について']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['細谷理事長', '三枝副理事長']);
	});
});

describe('committee and ministry headers read by the council reader', () => {
	test('出席議員 is a roll and ends the place; 付託議案 is the agenda; 県側出席者 and 開会場所 are read', () => {
		const result = parseLines([
			'あさひ台市議会全員協議会記録',
			'１　日　時　令和６年１１月２５日（月）午前１０時',
			'２　開会場所　議場',
			'３　出席議員（２名）',
			'　１番　青木　陽介　　　２番　石井　奈緒',
			'４　県側出席者　県土整備局長ほか関係職員',
			'５　付託議案',
			'　第１号議案　令和６年度一般会計補正予算（第３号）中、所管分',
			'',
			'○議長　ただいまから全員協議会を開会します。',
		]);
		expect(result.meeting?.location).toBe('議場');
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席議員', ['青木　陽介', '石井　奈緒']],
			['県側出席者', [null]],
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['第１号議案　令和６年度一般会計補正予算（第３号）中、所管分']);
	});

	test('a title over two lines with bracketed notes before the header, and 政府からの出席者', () => {
		const result = parseLines([
			'政策委員会・金融政策決定会合',
			'議事要旨',
			'（２０２４年３月１８、１９日開催分）',
			'',
			'（開催要領）',
			'１．開催日時：２０２４年３月１８日（１４:００～１６:００）',
			'　　　　　　　　　　３月１９日（　９:００～１２:２０）',
			'２．場所：日本銀行本店',
			'３．出席委員：',
			'　　　議長　植田和男　（総　裁）',
			'　　　　　　氷見野良三（副総裁）',
			'　　　　　　内田眞一　（副総裁）',
			'　　　　　　安達誠司　（審議委員）',
			'　　　　　　中川順子　（審議委員）',
			'　　　　　　高田　創　（審議委員）',
			'　　　　　　田村直樹　（審議委員）',
			'　　　　　　野口　旭　（審議委員）',
			'４．政府からの出席者：',
			'　　財務省　　　　　　赤澤亮正　大臣政務官（18日）',
			'　　　　　　　　　　　奥　達雄　大臣官房総括審議官（19日）',
			'　　内閣府　　　　　　井上裕之　内閣府審議官',
			'',
			'（執行部からの報告者）',
			'　　理事　　　　　　　　清水季子',
			'　　理事　　　　　　　　貝塚正彰',
			'　　企画局長　　　　　　正木一博',
			'',
			'（事務局）',
			'　　政策委員会室長　　　東山和寿',
			'',
			'Ⅰ．前回会合以降の金融経済動向に関する執行部報告の概要',
			'１．最近の金融市場調節の運営実績',
			'　金融市場調節は、前回会合（１月２２、２３日）で決定された方針に従って運営した。この間、長期国債の買入れについては、月間の買入れ予定額に沿って実施した。',
			'',
			'２．金融・為替市場動向',
			'　短期金利は、無担保コールレート（オーバーナイト物）がマイナス圏で推移した。長期金利は、０．７％台で推移した。',
		]);
		expect(result.meeting).toMatchObject({ title: '政策委員会・金融政策決定会合 議事要旨', series: '政策委員会・金融政策決定会合', date: '2024-03-18', start: '14:00', location: '日本銀行本店' });
		expect(result.meeting?.participants.map((group) => group.group)).toEqual(expect.arrayContaining(['出席委員', '政府からの出席者']));
	});

	test('a header numbered in brackets (`(1)日時`) and a date inside the page title are read', () => {
		const result = parseLines([
			'06/11/15 中央社会保険医療協議会総会平成18年11月15日議事録',
			'',
			'(1)日時  平成18年11月15日(水)10:00〜11:40',
			'(2)場所  厚生労働省専用第18〜20会議室',
			'(3)出席者 土田武史会長 遠藤久夫委員 小林麻理委員',
			'(4)議題',
			'　○診療報酬基本問題小委員会からの報告について',
			'(5)議事内容',
			'○土田会長',
			'　ただいまより、第97回中央社会保険医療協議会総会を開催いたします。',
		]);
		expect(result.meeting).toMatchObject({ series: '中央社会保険医療協議会総会', date: '2006-11-15', start: '10:00', end: '11:40', location: '厚生労働省専用第18〜20会議室' });
		expect(result.meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['土田武史', '遠藤久夫', '小林麻理']);
	});
});

describe('the end of a sitting', () => {
	test('without an end in the header, the closing line at the end of the text gives it', () => {
		const result = parseLines(['都市整備委員会速記録第十号', '令和六年十月三日（木曜日）', '午後一時開議', '出席委員　二名', '委員長　中村ひろし君', '委員　田中一郎君', '', '○中村委員長　ただいまから委員会を開会いたします。', '○中村委員長　本日はこれをもって閉会いたします。', '午後二時四十七分散会']);
		expect([result.meeting?.start, result.meeting?.end]).toEqual(['13:00', '14:47']);
	});
});
