/**
 * Other bodies' minutes from the eleventh audit: a 社会教育委員会議's 会議録(要旨) on a city's form, whose fixed-width column
 * pads the speaker's bracket one character to a word (`(委 員)…`, `(議 長)…`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('a form’s speaker brackets padded one character to a word', () => {
	test('are turns of 委員 and 議長, not words of the 事務局’s remark', () => {
		const result = parseLines([
			'第4回 社会教育委員会議 会議録(要旨)',
			'開催日時 令和6年11月20日(水) 午後2時～午後3時30分',
			'出席者:(委員)奥田議長、小森委員、浅井委員',
			'(事務局)生涯学習スポーツ課長',
			'内容',
			'(事務局)議長の選出は委員の互選によることとされている。推薦等はあ',
			'るか。',
			'(委 員)浅井委員を推薦したい。',
			'(委 員)異議なし。',
			'(議 長)ただいま議長に選出された浅井です。よろしくお願いしたい。',
		]);
		expect(turnsOf(result)).toEqual([
			['事務局', '議長の選出は委員の互選によることとされている。推薦等はあるか。'],
			['委員', '浅井委員を推薦したい。'],
			['委員', '異議なし。'],
			['議長', 'ただいま議長に選出された浅井です。よろしくお願いしたい。'],
		]);
	});
});

describe('a PDF’s table copied cell by cell: the post, the name and the words on three lines', () => {
	test('each turn is the post with the name in brackets, one remark', () => {
		const result = parseLines([
			'第1回教育委員会会議録',
			'開催日時　平成31年4月25日(木)　13時30分',
			'出席者　教育長　笹岡忠則、委員　水田知子',
			'',
			'○教育政策係長',
			'大園健太君',
			'それでは、ただいまから定例の教育委員会を開催したいと思います。',
			'○教育長',
			'笹岡忠則君',
			'それでは、開会させていただきます。',
			'○委員',
			'水田知子君',
			'開館時間の延長に伴う職員の配置はどのようになりますか。',
		]);
		expect(turnsOf(result)).toEqual([
			['教育政策係長（大園健太君）', 'それでは、ただいまから定例の教育委員会を開催したいと思います。'],
			['教育長（笹岡忠則君）', 'それでは、開会させていただきます。'],
			['委員（水田知子君）', '開館時間の延長に伴う職員の配置はどのようになりますか。'],
		]);
		// The joined label keeps its line; the name's line is left blank.
		expect(result.meeting?.remarks.map((remark) => remark.line)).toEqual([5, 8, 11]);
	});
});

describe('minutes that list no roll, their speakers written before a colon', () => {
	const result = parseLines([
		'第64回東海地区高等学校PTA連合会大会 静岡大会',
		'大会記録',
		'',
		'日時 令和6年6月1日(土) 13:00~13:50',
		'会場 しずおか文化会館 中ホール',
		'',
		'総 会',
		'中田:定刻となりました。私は本日の司会を担当させていただきます。',
		'井田:ただ今より総会を開会いたします。',
		'中田:初めに会長よりごあいさつ申し上げます。',
		'大石:皆さん、こんにちは。',
		'中田:ありがとうございました。議長の選出に移ります。',
		'望月:ただいま議長に選出されました望月でございます。',
		'審議結果:承認',
		'望月:第1号議案は承認されました。',
	]);

	test('read each name that opens lines again and again, and the names that speak once beside them, as speakers', () => {
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['中田', '井田', '中田', '大石', '中田', '望月', '望月']);
	});

	test('a field before a colon (審議結果:) stays text', () => {
		expect(turnsOf(result)[5]?.[1]).toBe('ただいま議長に選出されました望月でございます。\n審議結果:承認');
	});
});

describe('a residents’ briefing titled 議事録 alone, its name in a 名称 field', () => {
	const result = parseLines([
		'議 事 録',
		'名 称 みなみ野センター住民説明報告会',
		'日 時 平成30年10月24日(水)午後7時30分～午後9時30分',
		'場 所 市民センター',
		'出 席 者 事務局 池本、中川',
		'議事の内容',
		'住民 : 搬入する生ごみに問題は無かったのか。',
		'池本 : 脱臭装置は計画しております。',
		'住民 : 何分で来られるのか。',
		'中川 : 10分以内に対応できます。',
	]);

	test('is titled by the name and reads its header', () => {
		expect(result.family).toBe('council');
		expect(result.meeting?.title).toBe('みなみ野センター住民説明報告会 議事録');
		expect(result.meeting?.series).toBe('みなみ野センター住民説明報告会');
		expect([result.meeting?.date, result.meeting?.start, result.meeting?.location]).toEqual(['2018-10-24', '19:30', '市民センター']);
	});

	test('gives the residents’ questions to 住民 and each answer to its speaker', () => {
		expect(turnsOf(result)).toEqual([
			['住民', '搬入する生ごみに問題は無かったのか。'],
			['池本', '脱臭装置は計画しております。'],
			['住民', '何分で来られるのか。'],
			['中川', '10分以内に対応できます。'],
		]);
	});
});

describe('a section of the local government answering by its name', () => {
	const result = parseLines([
		'第6回みやま市社会教育委員会議での意見',
		'1 日 時:令和2年3月25日(水)14:00∼16:00',
		'2 場 所:みやま市勤労者福祉センター',
		'3 出席委員:岡崎委員、久世委員',
		'4 意見内容',
		'岡崎委員',
		'地域コーディネーター事業について、内容が分からない。説明を。',
		'生涯学習課',
		'地域には学校を支援するボランティアがいる。その調整役を置く事業である。',
		'岡崎委員 その費用を付けるという意味か。',
		'生涯学習課 そのとおり。謝礼として年額12万円を見込んでいる。',
		'',
		'このページに関するお問い合わせ',
		'教育委員会 生涯学習課',
		'電話:0944-00-0000',
	]);

	test('speaks alone over its words or before them on the line', () => {
		expect(turnsOf(result)).toEqual([
			['岡崎委員', '地域コーディネーター事業について、内容が分からない。説明を。'],
			['生涯学習課', '地域には学校を支援するボランティアがいる。その調整役を置く事業である。'],
			['岡崎委員', 'その費用を付けるという意味か。'],
			['生涯学習課', 'そのとおり。謝礼として年額12万円を見込んでいる。'],
		]);
	});

	test('the page’s contact block below the minutes is no part of the last remark', () => {
		expect(result.diagnostics.map((d) => d.code)).toContain('web-navigation');
		expect(JSON.stringify(result.body)).not.toContain('電話');
	});
});

describe('a PDF copy with its page number above the title and the turns right under the roll', () => {
	const result = parseLines([
		'1',
		'第45回あずみ野市都市計画審議会 議事録',
		'開催日:平成31年1月9日(水)午後1時30分から午後4時15分まで',
		'開催場所:あずみ野市役所 東庁舎3階 議員協議会室',
		'出席委員:中野善雄委員(市議会議員)、久保田真一委員(市議会議員)',
		'上田寛委員(建設事務所長)',
		'高瀬達也会長(信州工業大学工学部准教授)、窪田久美子委員(信州工業大学農学部教授)',
		'伊藤茂樹委員(あずみ野農業協同組合代表理事組合長)',
		'(久保都市計画課長) お待たせいたしました。定刻になりましたので、審議会を開会いたします。',
		'(高瀬会長) それでは議事に入ります。',
		'(中野委員) 周辺の住宅地への騒音について、どのような配慮がされていますか。',
	]);

	test('is titled by its title line, not the page number', () => {
		expect(result.meeting?.title).toBe('第45回あずみ野市都市計画審議会 議事録');
	});

	test('keeps the roll’s wrapped lines in the roll and starts the text at the first bracketed post', () => {
		expect(result.family).toBe('council');
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['久保都市計画課長', '高瀬会長', '中野委員']);
		expect(result.meeting?.participants.flatMap((group) => group.members).length).toBe(6);
	});
});

describe('a roll’s headings over one member each', () => {
	test('are no labels written on two lines', () => {
		const result = parseLines([
			'令和６年第３回みずほ町議会定例会会議録（第１号）',
			'令和６年９月５日（木曜日）午前10時00分開議',
			'○欠席議員',
			'佐藤花子君',
			'○説明のため出席した者',
			'山田一郎君',
			'○事務局職員',
			'田中次郎君',
			'',
			'○議長（鈴木太郎君）　ただいまから本日の会議を開きます。',
		]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['議長（鈴木太郎君）']);
		const roll = JSON.stringify(result.meeting?.participants);
		for (const name of ['佐藤花子', '山田一郎', '田中次郎']) expect(roll).toContain(name);
	});
});

describe('minutes whose speakers are written before a colon, with a field of the same shape at the end', () => {
	test('the next meeting’s date before a colon stays text', () => {
		const result = parseLines([
			'第3回 若葉町内会 役員会 議事録',
			'日時 令和6年7月7日(日) 19:00~20:30',
			'場所 若葉集会所',
			'',
			'中田:定刻となりました。始めます。',
			'井田:夏祭りの準備について報告します。',
			'中田:ありがとうございました。',
			'井田:以上です。',
			'次回:8月4日(日) 19時から',
		]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['中田', '井田', '中田', '井田']);
		expect(turnsOf(result).at(-1)?.[1]).toBe('以上です。\n次回:8月4日(日) 19時から');
	});
});
