/**
 * Prefectural and municipal assembly records as their systems write them: members speaking under a name with a
 * space inside it (`○浜本　収君`), labels padded one character to a word with the speech after them (`○大 下 議 長　…`),
 * and a minutes system's download whose title stands over a rule of `-` with each turn's number on a line of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const header = [
	'令和６年第４回和歌山県議会定例会会議録　第２号',
	'令和６年十二月八日（金曜日）',
	'午前十時一分開議',
	'出席議員（三名）',
	'　　一番　　浜本　　収君',
	'　　二番　　林　　隆一君',
	'　　三番　　尾崎　要二君',
	'',
];

describe('a member who speaks under a name with a space inside it', () => {
	const result = parseLines([
		...header,
		'○議長（尾崎要二君）　ただいまから本日の会議を開きます。浜本収君。',
		'○浜本　収君　おはようございます。県の防災について伺います。',
		'○議長（尾崎要二君）　再質問を許します。浜本収君。',
		'○浜本　収君（続）　ただいまの御答弁で、よく分かりました。',
		'○議長（尾崎要二君）　林隆一君。',
		'◯林　隆一君　知事、林君と呼ばれるのは久しぶりでございます。',
		'○議長（尾崎要二君）　本日はこれをもって散会いたします。',
		'午前十一時散会',
	]);

	test('speaks in a turn of their own, not inside the chair’s', () => {
		expect(turnsOf(result)).toEqual([
			['議長（尾崎要二君）', 'ただいまから本日の会議を開きます。浜本収君。'],
			['浜本収君', 'おはようございます。県の防災について伺います。'],
			['議長（尾崎要二君）', '再質問を許します。浜本収君。'],
			['浜本収君（続）', 'ただいまの御答弁で、よく分かりました。'],
			['議長（尾崎要二君）', '林隆一君。'],
			['林隆一君', '知事、林君と呼ばれるのは久しぶりでございます。'],
			['議長（尾崎要二君）', '本日はこれをもって散会いたします。'],
		]);
	});
});

describe('labels padded one character to a word, the speech after a wider space', () => {
	const result = parseLines([
		'安芸高田市議会　令和６年第２回定例会　第２日',
		'１．招集年月日　令和６年６月１２日',
		'２．開議　午前１０時００分',
		'３．出席議員は次のとおりである。',
		'　　１番　宍戸邦夫　　２番　大下正幸',
		'',
		'○大 下 議 長　皆さん、おはようございます。ただいまから本日の会議を開きます。',
		'○宍 戸 議 員　１番　宍戸邦夫でございます。公共交通について伺います。',
		'○石 丸 市 長　まず、公共交通についてお答えします。',
		'○大 下 議 長　以上で本日の日程は終了しました。散会いたします。',
	]);

	test('are turns, read without their padding', () => {
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['大下議長', '宍戸議員', '石丸市長', '大下議長']);
		expect(turnsOf(result)[0]?.[1]).toBe('皆さん、おはようございます。ただいまから本日の会議を開きます。');
	});
});

describe('a minutes system’s download: the title over a rule of -, each turn’s number alone on its line', () => {
	const result = parseLines([
		'令和６年６月定例会（第３号）　本文 : 2024-06-20',
		'----------------------------------------------------------------',
		'1:',
		'　　　令和六年六月山梨県議会定例会会議録',
		'令和六年六月二十日（木曜日）',
		'　　　　午前十時開議',
		'　出席議員（二名）',
		'　　　一番　　浅川　智子君　　　二番　　飯島　　修君',
		'2:',
		'◯議長（渡辺淳也君）ただいまから本日の会議を開きます。飯島修君。',
		'3:',
		'◯飯島　修君　チームやまなしの飯島修でございます。',
		'　児童相談所について伺います。',
		'4:',
		'◯議長（渡辺淳也君）これをもって本日の会議を閉じます。',
	]);

	test('is an assembly’s record, not a Markdown page', () => {
		expect(result.meeting?.kind).not.toBe('document');
		expect(result.meeting?.series).toBe('山梨県議会');
	});

	test('each turn is its speaker’s, without the next block’s number', () => {
		expect(turnsOf(result)).toEqual([
			['議長（渡辺淳也君）', 'ただいまから本日の会議を開きます。飯島修君。'],
			['飯島修君', 'チームやまなしの飯島修でございます。\n児童相談所について伺います。'],
			['議長（渡辺淳也君）', 'これをもって本日の会議を閉じます。'],
		]);
	});
});

describe('a record marking the departments’ answers with □ and labels followed by a stage direction', () => {
	const result = parseLines([
		'令和６年第４回飛騨市議会定例会会議録（第２号）',
		'令和６年１２月９日（月曜日）午前10時00分開議',
		'出席議員（２名）',
		'　１番　谷尻　孝之君　　２番　井端　浩二君',
		'',
		'◎議長（井端浩二君）　ただいまから本日の会議を開きます。１番、谷尻孝之君。',
		'○１番（谷尻孝之君）（拍手）観光振興について伺います。',
		'◎議長（井端浩二君）　答弁を求めます。畑上商工観光部長。',
		'〔商工観光部長　畑上あづさ　登壇〕',
		'□商工観光部長（畑上あづさ君）　それではご質問にお答えいたします。',
		'◎議長（井端浩二君）　市長。',
		'△市長（都竹淳也君）（登壇）',
		'お答えいたします。',
		'観光客は回復しております。',
		'◎議長（井端浩二君）　本日はこれにて散会いたします。',
	]);

	test('each answer is its speaker’s, a stage direction alone after the label kept as the remark’s note', () => {
		expect(turnsOf(result)).toEqual([
			['議長（井端浩二君）', 'ただいまから本日の会議を開きます。１番、谷尻孝之君。'],
			['１番（谷尻孝之君）', '（拍手）観光振興について伺います。'],
			['議長（井端浩二君）', '答弁を求めます。畑上商工観光部長。\n〔商工観光部長　畑上あづさ　登壇〕'],
			['商工観光部長（畑上あづさ君）', 'それではご質問にお答えいたします。'],
			['議長（井端浩二君）', '市長。'],
			['市長（都竹淳也君）', '（登壇）\nお答えいたします。観光客は回復しております。'],
			['議長（井端浩二君）', '本日はこれにて散会いたします。'],
		]);
	});
});

describe('a record without turn marks whose members speak under their full name', () => {
	test('`木佐木大助君　…` is the member’s turn, not the chair’s words', () => {
		const result = parseLines([
			'令和６年１２月山口県議会定例会会議録　第８号',
			'令和六年十二月十八日（水曜日）',
			'午前十時開議',
			'出席議員（二名）',
			'　木佐木　大助君　　柳居　俊学君',
			'',
			'議長（柳居俊学君）これより会議を開きます。修正案の提出者に説明を求めます。木佐木大助君。',
			'木佐木大助君　日本共産党の木佐木大助です。修正案の提案理由を説明いたします。',
			'議長（柳居俊学君）以上で説明は終わりました。これより採決に入ります。',
		]);
		expect(turnsOf(result)).toEqual([
			['議長（柳居俊学君）', 'これより会議を開きます。修正案の提出者に説明を求めます。木佐木大助君。'],
			['木佐木大助君', '日本共産党の木佐木大助です。修正案の提案理由を説明いたします。'],
			['議長（柳居俊学君）', '以上で説明は終わりました。これより採決に入ります。'],
		]);
	});
});

describe('a village’s record whose labels put a full-width space between the name and the post', () => {
	test('`○　中村由美　企画財政課長　…` and `○　新城　博教育長　…` are the officials’ turns', () => {
		const result = parseLines([
			'令和６年第４回座間味村議会定例会会議録（第１号）',
			'開会　令和６年12月16日（月）午前10時00分',
			'',
			'○　金城武弘議長　日程第3．一般質問を行います。',
			'○　座間味尚村長　お答えします。詳細は担当課長から説明させます。',
			'○　中村由美　企画財政課長　お答えします。通院につきましては助成しております。',
			'○　新城　博教育長　お答えします。給食の調達を進めております。',
		]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['金城武弘議長', '座間味尚村長', '中村由美企画財政課長', '新城博教育長']);
		expect(turnsOf(result)[2]?.[1]).toBe('お答えします。通院につきましては助成しております。');
	});
});

describe('a member’s blog copy of a sitting', () => {
	test('is dated by the sitting, not by the blog’s posting date', () => {
		const result = parseLines([
			'平成29年6月議会(1)',
			'投稿日：2017年7月3日　カテゴリー：議事録',
			'',
			'※本記事は、行橋市議会の会議録（平成29年第2回定例会　6月12日　一般質問）から、本人の質問部分を転載したものです。',
			'',
			'○議長(諫山直君)',
			' 次の質問者、小坪慎也議員。',
			'◆5番(小坪慎也君)',
			' 通告に従い質問いたします。',
			'○議長(諫山直君)',
			' 以上で質問を終わります。',
		]);
		expect(result.meeting?.date).toBe('2017-06-12');
	});
});

describe('a prefectural committee’s 要点筆記', () => {
	test('`●…説明` is the official’s turn and `Ｑ　谷口委員` / `Ａ　北廣知事室長` alone head the question and answer below', () => {
		const result = parseLines([
			'総務委員会記録',
			'日時　令和７年６月23日（月）午前10時00分～午前11時20分',
			'',
			'●北廣知事室長説明',
			'◎議案第101号のうち知事室所管部分について説明。',
			'',
			'Ｑ　谷口委員',
			'　広報事業費の2,400万円は、どのような媒体を想定しているのか。',
			'',
			'Ａ　北廣知事室長',
			'　県の公式ＳＮＳでの動画配信と、新聞広告を予定している。',
		]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['北廣知事室長', 'Ｑ（谷口委員）', 'Ａ（北廣知事室長）']);
		expect(turnsOf(result)[1]?.[1]).toBe('広報事業費の2,400万円は、どのような媒体を想定しているのか。');
	});
});

describe('an 一部事務組合’s assembly whose rolls are headed ○説明のための出席者, ○監査委員 and ○事務局職員出席者', () => {
	const result = parseLines([
		'令和６年志木地区衛生組合議会第３回定例会会議録',
		'令和６年10月７日（月曜日）',
		'○出席議員（２名）',
		'　　　１番　今　成　優　太　議員',
		'　　　２番　関　野　兼太郎　議員',
		'',
		'○説明のための出席者',
		'　　管　理　者　　並　木　　　傑　　　副 管 理 者　　香　川　武　文',
		'',
		'○監査委員',
		'　　代表監査委員　　吉　田　久　美',
		'',
		'○事務局職員出席者',
		'　　書記長　　　　佐　藤　　　実　　　書　記　　森　　　直　子',
		'',
		'開会の宣告（午前10時00分）',
		'○議長（関野兼太郎議員）　ただいまから本日の会議を開きます。',
		'○議長（関野兼太郎議員）　以上で閉会いたします。',
	]);

	test('the rolls are groups and the first remark is the chair’s', () => {
		expect(turnsOf(result)[0]?.[0]).toBe('議長（関野兼太郎議員）');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).not.toContain('監査委員');
		const groups = Object.fromEntries((result.meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => member.name)]));
		expect(groups['説明のため出席した者']).toEqual(expect.arrayContaining(['並木傑', '香川武文']));
		expect(groups['事務局職員']).toEqual(['佐藤実', '森直子']);
	});
});
