/**
 * Committee records and association minutes read by the council reader: turns marked ◎ ◆ ◇ as committee
 * records mark the chair, members and staff; speakers with long local-government posts; rolls that are not
 * speakers; numbered sections before the minutes text (開会, 会長挨拶) kept as text; ministries' ＜委員＞ headings
 * over ○ points and Q&A records (問／答).
 */
import { describe, expect, test } from 'vitest';
import { matchSectionLine } from '../../src/parser/sections.ts';
import type { ParseResult } from '../../src/parser/types.ts';
import { parseLines, turnsOf as turns } from './unseen-helpers.ts';

const parse = (lines: string[]) => parseLines(lines, 'test.txt');
/** Every listed member's name and title, in list order. */
const members = (result: ParseResult) => result.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]));

describe('a committee record with ◎ ◆ ◇ turns', () => {
	const result = parse([
		'第18回　議会改革特別委員会　会議録',
		'日時：平成25年11月5日（火）',
		'出席委員：道下委員長、星野委員、大室委員',
		'議事',
		'◎道下委員長 それでは、議会改革特別委員会を開会いたします。',
		'◆星野委員 議会基本条例の検証項目について、前回の案でよいと思います。',
		'◇金田経営企画部長　事務局から補足いたします。',
		'◎道下委員長 以上で閉会いたします。',
	]);

	test('every turn is a remark of its speaker, none a note', () => {
		expect(result.family).toBe('council');
		expect(turns(result)).toEqual([
			['道下委員長', 'それでは、議会改革特別委員会を開会いたします。'],
			['星野委員', '議会基本条例の検証項目について、前回の案でよいと思います。'],
			['金田経営企画部長', '事務局から補足いたします。'],
			['道下委員長', '以上で閉会いたします。'],
		]);
		expect(result.body.flatMap((section) => section.children).some((block) => block.type === 'note')).toBe(false);
	});

	test('the members are read with their roles, 大室 among them', () => {
		expect(members(result)).toEqual([
			['道下', '委員長'],
			['星野', '委員'],
			['大室', '委員'],
		]);
	});

	test('a ◆ line that is no speaker stays a note', () => {
		const noted = parse(['第1回　広報委員会　会議録', '日時：令和6年5月1日', '議事', '○山田委員長　開会します。', '◆次回の日程は追って連絡する。']);
		expect(turns(noted)).toEqual([['山田委員長', '開会します。']]);
		expect(noted.body.flatMap((section) => section.children).map((block) => block.type)).toContain('note');
	});
});

describe('long posts of local government speak as themselves', () => {
	test.each(['金田経営企画部長', '金田企画調整課長', '岩原議事調査課長', '土屋議会総務課長', '城戸副委員長'])('○%s starts a new remark', (label) => {
		const result = parse(['第9回　交通政策検討会　議事録', '日時：令和6年12月3日（火）14:00～16:00', '議事', '○平木委員　了解。', `○${label}　二つ目。`]);
		expect(turns(result)).toEqual([
			['平木委員', '了解。'],
			[label, '二つ目。'],
		]);
	});
});

describe('numbered sections before the minutes text', () => {
	const lines = [
		'令和６年度　桜ヶ丘町内会　定期総会　議事録',
		'日時：令和６年４月２１日（日）午前１０時〜１１時３０分',
		'場所：桜ヶ丘集会所',
		'１．開会',
		'　司会（副会長　中村）が開会を宣言した。',
		'２．会長挨拶',
		'　会長　高橋：本年度もよろしくお願いいたします。',
		'３．議事',
		'　第１号議案　令和５年度事業報告　賛成多数で承認された。',
	];
	const result = parse(lines);

	test('are sections of the text, with every line kept', () => {
		expect(result.meeting?.location).toBe('桜ヶ丘集会所');
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['開会', '会長挨拶', '議事']);
		const text = JSON.stringify(result.body);
		for (const kept of ['司会（副会長　中村）が開会を宣言した。', '本年度もよろしくお願いいたします。', '第１号議案　令和５年度事業報告　賛成多数で承認された。']) expect(text).toContain(kept);
		expect(turns(result)).toEqual([['会長　高橋', '本年度もよろしくお願いいたします。']]);
	});

	test('a body label with text after it (`２．議事　本日は…`) is a heading, its text read once', () => {
		const text = parse(['第1回　桜ヶ丘町内会　総会　議事録', '日時：令和６年４月２１日（日）', '１．開会', '　司会が開会を宣言した。', '２．議事　本日は二件を審議した。', '　第１号議案は承認された。']).body.map((section) => [
			section.title,
			section.children.map((block) => ('text' in block ? block.text : block.type)),
		]);
		expect(text).toEqual([
			['開会', ['司会が開会を宣言した。']],
			['議事', ['本日は二件を審議した。', '第１号議案は承認された。']],
		]);
	});

	test('each is named in a warning that says it is kept', () => {
		const warnings = result.diagnostics.filter((d) => d.code === 'unknown-section');
		expect(warnings.map((d) => d.line)).toEqual([4, 6]);
		expect(warnings[0]?.message).toContain('kept as minutes text');
	});
});

describe('summary speakers of ministries and Q&A records', () => {
	test('＜小林構成員＞ heads that member\'s ○ points, until the next label', () => {
		const result = parse([
			'地域公共交通研究会（第４回）議事概要',
			'１．日時　平成３１年４月２６日（金）１３：３０～１５：３０',
			'２．出席者',
			'山本座長、小林構成員、加藤構成員',
			'３．議事概要',
			'＜小林構成員＞',
			'○ デマンド交通の導入は、高齢者の移動手段確保に有効。',
			'○ 運転手の確保が課題。',
			'＜加藤構成員＞',
			'○ 自治体間の広域連携を進めるべき。',
			'＜意見交換＞',
		]);
		expect(turns(result)).toEqual([
			['小林構成員', '○ デマンド交通の導入は、高齢者の移動手段確保に有効。\n○ 運転手の確保が課題。'],
			['加藤構成員', '○ 自治体間の広域連携を進めるべき。'],
		]);
		// A bracket that names no one is no turn: a part of the meeting's word heads a part of its own.
		expect(result.body.map((section) => section.title)).toContain('意見交換');
	});

	test('問 and 答 lines are the question and the answer', () => {
		const result = parse([
			'第2回　下水道事業経営審議会　会議録',
			'日時：令和5年11月15日（水）14:00～15:30',
			'出席者：大野会長、石川委員',
			'議事',
			'問　使用料を改定した場合、一般家庭の負担はどの程度増えるのか。',
			'答　標準的な家庭で月額約３００円の増加となる見込みです。',
		]);
		expect(turns(result)).toEqual([
			['問', '使用料を改定した場合、一般家庭の負担はどの程度増えるのか。'],
			['答', '標準的な家庭で月額約３００円の増加となる見込みです。'],
		]);
	});
});

describe('headers of committee records and councils', () => {
	test('a roll with a head count, posts and padded names in columns, and 付議事件 as the agenda', () => {
		const result = parse([
			'             総務委員会記録',
			' １ 日  時  令和６年１２月３日（火）午前１０時～午前１１時１５分',
			' ２ 場  所  第１委員会室',
			' ３ 出席委員（３名）',
			'      委 員 長  中 川 裕 子     副委員長  小 島 健 一',
			'      委  員  大 西 修 一',
			' ４ 付議事件',
			'   （１）議案第７５号 一般会計補正予算（第４号）',
			'',
			'〇委員長（中川裕子君）  ただいまから総務委員会を開会いたします。',
		]);
		expect(result.meeting).toMatchObject({ series: '総務委員会', date: '2024-12-03', start: '10:00', end: '11:15', location: '第１委員会室' });
		expect(members(result)).toEqual([
			['中川裕子', '委員長'],
			['小島健一', '副委員長'],
			['大西修一', '委員'],
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['議案第７５号 一般会計補正予算（第４号）']);
	});

	test('a role heading a line of members is each one\'s title', () => {
		const result = parse([
			'市場制度ワーキング・グループ（第２５回）議事要旨',
			'１．日時：２０２４年１２月３日（火）１５時００分～１７時００分',
			'２．出席者',
			'　座長　神作　裕之',
			'　委員　大崎　貞和、神田　秀樹、松井　智予',
			'３．議事内容',
			'【委員】',
			'・上場会社の開示の充実は重要である。',
		]);
		expect(members(result)).toEqual([
			['神作　裕之', '座長'],
			['大崎　貞和', '委員'],
			['神田　秀樹', '委員'],
			['松井　智予', '委員'],
		]);
	});

	test('unnumbered agenda lines are items each; a numbered item\'s wrapped line goes on its title', () => {
		const agenda = (lines: string[]) =>
			parse(['第4回　交通政策検討会　議事録', '日時：令和6年12月3日（火）14:00～16:00', '議題', ...lines, '議事', '○山田委員長　開会します。']).meeting?.agenda.map((item) => item.title);
		expect(agenda(['交通計画の改定について', 'その他'])).toEqual(['交通計画の改定について', 'その他']);
		expect(agenda(['（１）地域公共交通計画の改定に係る', '基本方針について', '（２）その他'])).toEqual(['地域公共交通計画の改定に係る基本方針について', 'その他']);
	});
});

describe('several lists of people', () => {
	const header = (lists: string[]) => parse(['第9回　交通政策検討会　議事録', '日時：令和6年12月3日（火）14:00～16:00', ...lists, '議事', '○早川委員長　開会します。']);

	test('出席者 and 説明員 are two groups, without a warning', () => {
		const result = header(['出席者：早川委員長、平木委員', '説明員：金田経営管理部長']);
		expect(result.diagnostics.filter((d) => d.code === 'duplicate-section')).toEqual([]);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['出席者', [['早川', '委員長'], ['平木', '委員']]],
			['説明員', [['金田', '経営管理部長']]],
		]);
	});

	test('the same list twice is named in a warning, and both are read', () => {
		const result = header(['出席者：早川委員長', '出席者：平木委員']);
		expect(result.diagnostics.filter((d) => d.code === 'duplicate-section').map((d) => d.line)).toEqual([4]);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['早川', '平木']);
	});
});

describe('a city council committee record with 〇 labels (議会運営委員会会議録)', () => {
	const result = parse([
		'議会運営委員会会議録',
		'〇日時',
		'令和7年（2025年）1月24日（金）10時00分開会　10時38分閉会（会議時間0時間38分）',
		'〇場　所',
		'議会全員協議会室',
		'〇出席委員',
		'日向委員長、くり林、中里、高野、志田の各委員（後藤副委員長は欠席）',
		'〇理事者側出席者',
		'なし',
		'〇議会事務局出席者',
		'茶木局長、土屋議会総務課長、岩原議事調査課長',
		'〇本日審査した案件',
		'1 議長からの諮問事項について',
		'2 その他',
		'    ―――――――――――――――――――――――――――――――――――――――',
		'',
		'○日向委員長  議会運営委員会を開会いたします。',
		'○岩原議事調査課長  事務局から補足いたします。',
	]);

	test('date, place, agenda without the separator, and every turn', () => {
		expect(result.meeting).toMatchObject({ series: '議会運営委員会', date: '2025-01-24', start: '10:00', location: '議会全員協議会室' });
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['議長からの諮問事項について', 'その他']);
		expect(turns(result)).toEqual([
			['日向委員長', '議会運営委員会を開会いたします。'],
			['岩原議事調査課長', '事務局から補足いたします。'],
		]);
	});

	test('the members "の各委員", a list that says なし, and the staff as a group of its own', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.name, member.title])])).toEqual([
			['出席委員', '後藤副委員長は欠席', [['日向', '委員長'], ['くり林', '委員'], ['中里', '委員'], ['高野', '委員'], ['志田', '委員']]],
			['欠席委員', null, [['後藤', '副委員長']]],
			['理事者側出席者', 'なし', []],
			['議会事務局出席者', null, [['茶木', '局長'], ['土屋', '議会総務課長'], ['岩原', '議事調査課長']]],
		]);
		expect(result.diagnostics.filter((d) => d.code === 'empty-group')).toEqual([]);
	});
});

describe('an agricultural committee\'s 総会 (numbered sections, 議事の内容, unmarked posts)', () => {
	test('議事の内容 starts the text, and 事務局長 speaks in turn', () => {
		const result = parse([
			'三原市農業委員会第3回定例総会議事録',
			'1.開会日時・場所',
			'日時　 平成 26 年 3 月 25 日（火） 午後 2 時 00 分',
			'場所　 三原市水道部 西野浄水場 第 4 会議室',
			'5.審議事項',
			'第 12 号議案 農地法第 3 条の規定による許可申請について',
			'6.議事の内容',
			'議長　第12号議案について事務局より説明をお願いします。',
			'事務局長　第12号議案は3件の申請です。',
		]);
		expect(result.meeting).toMatchObject({ series: '三原市農業委員会', session: 3, date: '2014-03-25', start: '14:00' });
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['第 12 号議案 農地法第 3 条の規定による許可申請について']);
		expect(turns(result)).toEqual([
			['議長', '第12号議案について事務局より説明をお願いします。'],
			['事務局長', '第12号議案は3件の申請です。'],
		]);
	});
});

describe('a metropolitan assembly committee\'s shorthand record (速記録)', () => {
	const result = parse([
		'議会運営委員会速記録第六号',
		'',
		'平成十八年二月十五日（水曜日）',
		'議会運営委員会室',
		'   午前十一時三分開議',
		' 出席委員 五名',
		'委員長野村 有信君',
		'副委員長新藤 義彦君',
		'理事吉野 利明君',
		'大西由紀子君',
		'秋田 一郎君',
		'',
		'本日の会議に付した事件',
		'理事の互選',
		'',
		'○野村委員長 ただいまから議会運営委員会を開会いたします。',
		' 理事に吉野利明君を指名したいと思いますが、これにご異議ありませんか。',
		'〔「異議なし」と呼ぶ者あり〕',
		'○野村委員長 異議なしと認め、そのように決定いたしました。',
	]);

	test('the roll: posts written against the names, 君, and no head count as a member', () => {
		expect(members(result)).toEqual([
			['野村 有信', '委員長'],
			['新藤 義彦', '副委員長'],
			['吉野 利明', '理事'],
			['大西由紀子', null],
			['秋田 一郎', null],
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['理事の互選']);
	});

	test('the floor’s answer in 〔〕 is a note between the turns, not the chair’s speech', () => {
		const blocks = result.body.flatMap((section) => section.children);
		const remark = blocks.find((block) => block.type === 'remark');
		expect(remark?.type === 'remark' && remark.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
		expect(blocks.map((block) => block.type)).toEqual(['remark', 'note', 'remark']);
		expect(turns(result)?.map(([speaker]) => speaker)).toEqual(['野村委員長', '野村委員長']);
	});
});

describe('a company\'s board minutes (取締役会議事録): a header, then prose', () => {
	const lines = [
		'取締役会議事録',
		'',
		'日　　時：令和６年１２月３日（火）午後２時〜午後３時',
		'場　　所：当会社本店会議室',
		'取締役総数：３名　出席取締役数：３名',
		'出席者：代表取締役　鈴木一郎、取締役　山田太郎、監査役　佐藤次郎',
		'',
		'上記のとおり出席があったので、代表取締役鈴木一郎は定款の規定に基づき議長となり、取締役会の開会を宣し直ちに議事に入った。',
		'',
		'第1号議案　計算書類等の承認の件',
		'',
		'議長は、第4期における計算書類及び事業報告の内容を説明し、その承認を求めたところ、満場一致をもって原案どおり承認可決された。',
		'',
		'議長　代表取締役　鈴木一郎',
	];
	const result = parse(lines);

	test('the header is read, the place without the next field, posts before names', () => {
		expect(result.family).toBe('council');
		expect(result.meeting).toMatchObject({ series: '取締役会', date: '2024-12-03', start: '14:00', end: '15:00', location: '当会社本店会議室' });
		expect(members(result)).toEqual([
			['鈴木一郎', '代表取締役'],
			['山田太郎', '取締役'],
			['佐藤次郎', '監査役'],
		]);
	});

	test('the prose is the text, every line of it kept, and the signature is no remark', () => {
		const text = JSON.stringify(result.body);
		for (const line of [lines[4], lines[7], lines[9], lines[11]]) expect(text).toContain((line ?? '').split('：')[0]);
		expect(result.meeting?.remarks).toEqual([]);
		expect(text).toContain('代表取締役　鈴木一郎');
	});
});

describe('minutes without a body label: the text starts after the header\'s last list', () => {
	test('colon turns by the listed people (an association\'s 理事会)', () => {
		const result = parse(['第1回 理事会 議事録', '日時:2016年12月17日(土) 17:30～18:10', '場所:地域交流センター', '出席者:山田一郎、佐藤花子', '', '山田:開会します。', '佐藤:賛成です。']);
		expect(result.family).toBe('council');
		expect(result.meeting).toMatchObject({ location: '地域交流センター', date: '2016-12-17' });
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['山田一郎', '佐藤花子']);
		expect(turns(result)).toEqual([
			['山田', '開会します。'],
			['佐藤', '賛成です。'],
		]);
	});

	test('a listed participant\'s label alone on its line, speech below (参加者)', () => {
		const result = parse(['第10回 役員会 議事録', '日時：2022年3月3日(木) 16:00～17:30', '場所：ZOOM開催', '参加者：永岡(個)、西野(大)', '', '西野(大)', '定款変更について提案します。', '', '永岡(個)', '内容には配慮してほしい。']);
		expect(turns(result)).toEqual([
			['西野(大)', '定款変更について提案します。'],
			['永岡(個)', '内容には配慮してほしい。'],
		]);
	});

	test('a roll of posts and names, the sitting\'s time, then bracketed posts speaking', () => {
		const result = parse([
			'中央環境審議会循環型社会部会（第４５回）議事録',
			'',
			'日時',
			'令和５年３月１７日（金）１３時００分～１５時００分',
			'',
			'出席委員',
			'部会長　　　　　酒井　伸一',
			'委員　　　　　　大塚　直',
			'',
			'午後１時００分　開会',
			'',
			'（企画課長）　定刻となりましたので、開催いたします。',
			'（酒井部会長）　それでは議事に入ります。',
		]);
		expect(members(result)).toEqual([
			['酒井　伸一', '部会長'],
			['大塚　直', '委員'],
		]);
		expect(turns(result)).toEqual([
			['企画課長', '定刻となりましたので、開催いたします。'],
			['酒井部会長', 'それでは議事に入ります。'],
		]);
	});

	test('a heading, then bracketed offices of a school (a PTA\'s 運営委員会)', () => {
		const result = parse(['令和６年度　第２回　ＰＴＡ運営委員会　議事録', '日時：令和６年６月１２日（水）１０：００～１１：３０', '場所：多目的室', '', '〈内容〉', '（会長）係をお願いしたい。', '（校長）テントを増やします。', '（教頭）プール開放は実施しません。']);
		expect(turns(result)?.map(([speaker]) => speaker)).toEqual(['会長', '校長', '教頭']);
	});

	test('協議内容 after the agenda is the text, with school posts speaking before colons', () => {
		const result = parse([
			'令和６年度　第１回　ひばりが丘小学校学校運営協議会　議事録',
			'日時：令和６年５月２０日（月）15:30～17:00',
			'場所：校長室',
			'',
			'次第',
			'１　開会',
			'２　協議',
			'',
			'協議内容',
			'（１）学校経営方針について',
			'校長：今年度は学力向上に取り組みます。',
			'委員：朝の読書活動に協力できます。',
		]);
		expect(turns(result)).toEqual([
			['校長', '今年度は学力向上に取り組みます。'],
			['委員', '朝の読書活動に協力できます。'],
		]);
	});
});

describe('titles and rolls of ministries\' councils', () => {
	test('a date before the title is not the series; a roll of names with roles on single spaces', () => {
		const result = parse(['2013年6月26日 第244回中央社会保険医療協議会総会議事録', '', '○日時', '', '平成25年6月26日(水)9:00～11:37', '', '○出席者', '', '森田朗会長 印南一路委員 関原健夫委員', '', '○議事', '', '○森田会長', ' おはようございます。', '', '○宇都宮医療課長', ' 医療課長でございます。']);
		expect(result.meeting).toMatchObject({ series: '中央社会保険医療協議会総会', session: 244, date: '2013-06-26' });
		expect(members(result)).toEqual([
			['森田朗', '会長'],
			['印南一路', '委員'],
			['関原健夫', '委員'],
		]);
		expect(turns(result)).toEqual([
			['森田会長', 'おはようございます。'],
			['宇都宮医療課長', '医療課長でございます。'],
		]);
	});

	test('a session in brackets with the year is no part of the series', () => {
		expect(parse(['経済財政諮問会議（令和５年第１回）議事要旨', '日時：令和5年1月25日', '議事', '（岸田議長）　開会します。']).meeting).toMatchObject({ series: '経済財政諮問会議', session: 1 });
	});
});

describe('a PTA committee: 出席：, an agenda, then 〈内容〉', () => {
	test('〈内容〉 starts the text after the agenda, and the offices speak', () => {
		const result = parse([
			'令和６年度　第２回　ＰＴＡ運営委員会　議事録',
			'',
			'日時：令和６年６月１２日（水）１０：００～１１：３０',
			'場所：多目的室',
			'出席：会長、副会長、書記、会計、校長、教頭',
			'',
			'議題',
			'１．運動会の係分担について',
			'２．その他',
			'',
			'〈内容〉',
			'１．運動会の係分担について',
			'（会長）係をお願いしたい。',
			'（校長）テントを増やします。',
		]);
		expect(result.meeting?.participants.map((group) => group.group)).toEqual(['出席者']);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['運動会の係分担について', 'その他']);
		expect(turns(result)).toEqual([
			['会長', '係をお願いしたい。'],
			['校長', 'テントを増やします。'],
		]);
	});
});

describe('a sitting whose year and day are written apart', () => {
	test('is kept, dated from the year of the title and the day below it, and says so', () => {
		const result = parse(['平成29年第二回定例会会議録(第4日)', '', '1.会期', '', '九日(第四日)', '', '六月二十一日(水曜日)', '', '○議長（石島秀起議員）　ただいまから本日の会議を開きます。']);
		expect(result.meeting?.date).toBe('2017-06-21');
		expect(result.diagnostics.find((d) => d.code === 'unknown-layout')?.message).toContain('the year from line 1, the day from line 7');
	});

	test('a fiscal year dates the day by the fiscal calendar (April to March); a year without any day gives no date', () => {
		expect(parse(['令和６年度　定例会', '', '六月二十一日の会議', '', '本文です。']).meeting?.date).toBe('2024-06-21');
		expect(parse(['令和６年度　定例会', '', '二月二十一日の会議', '', '本文です。']).meeting?.date).toBe('2025-02-21');
		expect(parse(['平成29年　会議録', '', '本文です。']).meeting).toBeNull();
	});
});

describe('a turn whose bracket holds a space', () => {
	test('◯議長(柏木 豊) and ◯3番(井口 雅人) are speakers, numbered or not', () => {
		const result = parse(['第4回　広報委員会　会議録', '日時：令和元年11月27日', '議事', '2 ◯議長(柏木 豊) 日程第1を議題といたします。', '◯3番(井口 雅人) 質問します。']);
		expect(turns(result)).toEqual([
			['議長(柏木 豊)', '日程第1を議題といたします。'],
			['3番(井口 雅人)', '質問します。'],
		]);
	});
});

describe('a committee record whose title line names no document', () => {
	test('is minutes when speakers’ turns follow (`令和 6年総務常任委員会`, a minutes viewer’s listing line), a document when none do', () => {
		const head = ['令和 6年総務常任委員会', '日時：令和６年６月18日（火）午前10時00分', '議事'];
		expect(parse([...head, '○秋津委員長　ただいまから委員会を開会いたします。', '○前田委員　資料の説明を求めます。']).meeting?.kind).toBe('minutes');
		expect(parse([...head, '委員会の日程について協議した。']).meeting?.kind).toBe('document');
	});
});

describe('a prefectural committee record of numbered fields, 質疑 and 答弁 (広島県-style 委員会記録)', () => {
	const result = parse([
		'令和5年建設委員会 本文 2023-07-14',
		'',
		'      ◯建設委員会記録',
		'1 会議月日  令和5年7月14日',
		'2 招集場所  第3委員会室',
		'3 出席委員  佐伯委員長、永田委員、石津委員',
		'4 欠席委員  なし',
		'5 出席者',
		'   土木建築局長、土木建築局理事、道路企画課長、',
		'   住宅課長',
		'7 付託議案',
		'   なし',
		'8 会議の概要',
		' (1) 開会  午前10時30分',
		' (2) 質疑・応答',
		'◯質疑(永田委員) 資料1の道路整備計画について伺う。整備の優先順位はどのような基準で決めているのか。',
		'◯答弁(道路企画課長) 交通量と事故の発生状況を点数化し、優先順位を定めている。',
		' なお、評価結果は年度ごとに公表していく考えである。',
		'◯要望(永田委員) 評価の過程が見えるよう、丁寧な説明をお願いしたい。',
		'◯答弁(住宅課長) 承知した。',
		' (3) 閉会  午前11時45分',
	]);

	test('an answer by a post without a name is a turn of its own, never more of the question', () => {
		expect(turns(result)).toEqual([
			['質疑(永田委員)', '資料1の道路整備計画について伺う。整備の優先順位はどのような基準で決めているのか。'],
			['答弁(道路企画課長)', '交通量と事故の発生状況を点数化し、優先順位を定めている。\nなお、評価結果は年度ごとに公表していく考えである。'],
			['要望(永田委員)', '評価の過程が見えるよう、丁寧な説明をお願いしたい。'],
			['答弁(住宅課長)', '承知した。'],
		]);
	});

	test('the numbered 開会 and 閉会 of the proceedings give the times, 招集場所 the place, and 付託議案 なし no item', () => {
		expect(result.meeting).toMatchObject({ date: '2023-07-14', start: '10:30', end: '11:45', location: '第3委員会室', agenda: [] });
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['', '質疑・応答']);
		expect(result.diagnostics.map((d) => d.code)).not.toContain('empty-section');
	});

	test('the members under 出席委員 are the 出席委員; each post of the officials\' list is one post, 局理事 too', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['出席委員', [['佐伯', '委員長'], ['永田', '委員'], ['石津', '委員']]],
			['欠席委員', []],
			['出席者', [[null, '土木建築局長'], [null, '土木建築局理事'], [null, '道路企画課長'], [null, '住宅課長']]],
		]);
	});
});

describe('a committee\'s 要点筆記: numbered fields, then `委員　…` / `執行部　…` lines under each motion', () => {
	const lines = [
		'文教厚生常任委員会記録（要点筆記）',
		'',
		'１　日　時　　令和６年９月１２日（木）　午前１０時００分開会　午前１１時４５分閉会',
		'２　場　所　　第２委員会室',
		'３　出席委員　委員長　田村　美和　　副委員長　岸本　修一',
		'　　　　　　　委員　　藤野　敦子　　委員　　　長谷部　亮',
		'４　欠席委員　なし',
		'５　審査事件',
		'　（１）議案第６２号　みずなみ市立学校設置条例の一部を改正する条例について',
		'　（２）請願第４号　学校給食費の無償化を求める請願',
		'',
		'６　審査の状況',
		'【議案第６２号】',
		'　執行部　（学校教育課長説明）児童数の減少に伴い、二つの小学校を統合するため、所要の改正を行うもの。',
		'　委員　統合に当たり、保護者への説明会は何回開催したか。',
		'　執行部　これまでに４回開催し、延べ２１０人の参加があった。',
		'　（討論なし）',
		'',
		'【請願第４号】',
		'　委員　無償化に必要な財源はどれくらいか。',
		'　執行部　小中学校全体で年間約２億８千万円と見込んでいる。',
		'',
		'７　その他',
		'　委員長　委員会の行政視察について、視察先は正副委員長に一任願いたい。',
	];
	const result = parse(lines);

	test('the header\'s next number ends the list of motions: no line after it is lost, each indented label speaks', () => {
		expect(turns(result)).toEqual([
			['執行部', '（学校教育課長説明）児童数の減少に伴い、二つの小学校を統合するため、所要の改正を行うもの。'],
			['委員', '統合に当たり、保護者への説明会は何回開催したか。'],
			['執行部', 'これまでに４回開催し、延べ２１０人の参加があった。\n（討論なし）'],
			['委員', '無償化に必要な財源はどれくらいか。'],
			['執行部', '小中学校全体で年間約２億８千万円と見込んでいる。'],
			['委員長', '委員会の行政視察について、視察先は正副委員長に一任願いたい。'],
		]);
		expect(result.diagnostics.map((d) => d.code)).toContain('unknown-section');
	});

	test('the motions link to their headings by number, `７　その他` after a remark heads a section, the series has no （要点筆記）', () => {
		expect(result.meeting?.agenda.map((item) => [item.number, result.meeting?.sections.find((section) => section.id === item.section)?.title ?? null])).toEqual([
			[1, '議案第６２号'],
			[2, '請願第４号'],
		]);
		expect(result.meeting?.sections.map((section) => section.title)).toContain('その他');
		expect(result.meeting).toMatchObject({ series: '文教厚生常任委員会', start: '10:00', end: '11:45' });
	});

	test('a roll\'s line of roles and names is never a speech', () => {
		expect(result.meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['田村　美和', '委員長'],
			['岸本　修一', '副委員長'],
			['藤野　敦子', '委員'],
			['長谷部　亮', '委員'],
		]);
	});

	test.each(['審査の経過（要点）', '８　審査の経過', '審議の経過'])('%s is the body\'s label', (line) => {
		expect(matchSectionLine(line)?.key).toBe('body');
	});
});

describe('committee records of more cities: `label)` turns, labels over their speech, （質疑）/（答弁：…）, △ answers, rolls of unspaced names', () => {
	test('`市長)本日は…`, `総務部次長)それでは…`: a post alone before `)` speaks when its words are speech', () => {
		const result = parse([
			'議会運営委員会',
			'日時　令和６年１１月１９日',
			'出席委員　谷川泰三委員長，村上康道委員',
			'',
			'谷川委員長)ただ今から，議会運営委員会を開会いたします。',
			'市長)本日は大変お忙しいところを，お集まりいただきましてありがとうございます。',
			'総務部次長)それでは，議案の概要についてご説明いたします。',
		]);
		expect(turns(result).map(([speaker]) => speaker)).toEqual(['谷川委員長', '市長', '総務部次長']);
	});

	test('a speaker\'s label alone past the agenda\'s last item, the speech below it, starts the text (it was read into the item)', () => {
		const result = parse([
			'人口減少対策特別委員会　会議録',
			'開催日時　H30.10.16（火）　13:30～15:05',
			'出席委員',
			'　委員長　前田　康夫　　委員　谷口　麻衣',
			'会議に付した事件',
			'　１　移住定住促進事業の実績について',
			'　２　空き家バンクの運用について',
			'',
			'委員長（前田）',
			'　ただいまから人口減少対策特別委員会を開会します。',
			'',
			'企画課主幹（山内）',
			'　県外からが１５世帯でございます。',
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['移住定住促進事業の実績について', '空き家バンクの運用について']);
		expect(turns(result)).toEqual([
			['委員長（前田）', 'ただいまから人口減少対策特別委員会を開会します。'],
			['企画課主幹（山内）', '県外からが１５世帯でございます。'],
		]);
	});

	test('`○鈴木委員` over `（質疑）…` / `（答弁：企画課長）…`: the member asks each question, the post in the bracket answers', () => {
		const result = parse([
			'決算特別委員会審査記録',
			'日時　令和６年９月２４日',
			'審査の概要',
			'■第２款　総務費',
			'　○鈴木委員',
			'　　（質疑）ふるさと納税の寄附額が伸びているが、経費の割合はどうか。',
			'　　（答弁：企画課長）経費全体では４９．６％である。',
			'　　（質疑）返礼品の見直しは考えているか。',
			'　　（答弁：企画課長）送料の見直しを協議している。',
			'　　（意見）経費の抑制に努めてほしい。',
			'　○中田委員',
			'　　（質疑）戸別受信機の配布状況を伺う。',
			'　　（答弁：危機管理課長）３，２１０台を配布した。',
		]);
		expect(turns(result)).toEqual([
			['質疑（鈴木委員）', 'ふるさと納税の寄附額が伸びているが、経費の割合はどうか。'],
			['答弁（企画課長）', '経費全体では４９．６％である。'],
			['質疑（鈴木委員）', '返礼品の見直しは考えているか。'],
			['答弁（企画課長）', '送料の見直しを協議している。'],
			['意見（鈴木委員）', '経費の抑制に努めてほしい。'],
			['質疑（中田委員）', '戸別受信機の配布状況を伺う。'],
			['答弁（危機管理課長）', '３，２１０台を配布した。'],
		]);
		expect(result.meeting?.series).toBe('決算特別委員会');
	});

	const marked = parse([
		'環境建設委員会記録(第5回)',
		'1.日 時 令和6年12月9日(月) 午前10時2分~午前11時36分',
		'1.出席委員 ◎村山恵子 ○北沢茂 佐野真一 大久保道雄 島崎久美',
		'田村富士夫 清川謙次 藤井晴美各委員',
		'1.出席説明員 渡部まちづくり部長 小島環境安全部長 平田ごみ減量推進課長',
		'1.事務局員 榎田局長 南雲次長',
		'1.議 題 1.議案第71号 ひばりが丘市廃棄物の処理及び清掃に関する条例の一部を改正する条例',
		'2.所管事務調査事項「自転車の安全利用について」',
		'午前10時2分開会',
		'◎村山委員長 ただいまより、環境建設委員会を開会いたします。',
		'○佐野委員 手数料改定の理由を伺います。',
		'△平田ごみ減量推進課長 収集運搬の委託料が増加しており、受益者負担の適正化を図るものでございます。',
		'◎村山委員長 以上で本日の環境建設委員会を閉会いたします。',
	]);

	test('`△` marks the executive\'s answers as turns; a post named in kana (`ごみ減量推進課長`) after the surname', () => {
		expect(turns(marked).map(([speaker]) => speaker)).toEqual(['村山委員長', '佐野委員', '平田ごみ減量推進課長', '村山委員長']);
	});

	test('a roll of full names on single spaces: ◎ the chair, ○ the vice-chair, `各委員` after the last name every other\'s role', () => {
		expect(marked.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['出席委員', [['村山恵子', '委員長'], ['北沢茂', '副委員長'], ['佐野真一', '委員'], ['大久保道雄', '委員'], ['島崎久美', '委員'], ['田村富士夫', '委員'], ['清川謙次', '委員'], ['藤井晴美', '委員']]],
			['出席説明員', [['渡部', 'まちづくり部長'], ['小島', '環境安全部長'], ['平田', 'ごみ減量推進課長']]],
			['事務局員', [['榎田', '局長'], ['南雲', '次長']]],
		]);
	});

	test('the agenda\'s first item on its label\'s line: the next number below is its second item, not a field', () => {
		expect(marked.meeting?.agenda.map((item) => item.title)).toEqual(['議案第71号 ひばりが丘市廃棄物の処理及び清掃に関する条例の一部を改正する条例', '所管事務調査事項「自転車の安全利用について」']);
		expect(marked.diagnostics.map((d) => d.code)).not.toContain('unknown-section');
	});
});

describe('a faculty meeting\'s 議事録: [報告事項] after the header, items with their reporter, Ｑ/Ａ with who asks in brackets', () => {
	const result = parse([
		'文学部教授会議事録（R6.5.15）',
		'',
		'日時　R6.5.15（水）15:00～16:40',
		'場所　文学部棟 大会議室',
		'',
		'［報告事項］',
		'１．前回議事録の確認',
		'　令和6年4月17日開催の教授会議事録が確認された。',
		'',
		'２．令和6年度前期の学生数について（教務委員長）',
		'　4月30日現在の在籍者数は学部 1,212名である旨報告があった。',
		'　Ｑ：休学者が昨年より増えているが、理由は把握しているか。（沖田教授）',
		'　Ａ：経済的理由によるものが約半数である。（教務委員長）',
		'　Ｑ：監督者の手当は今年度から変更になるのか。（浜田講師）',
	]);

	test('the bracketed kind of business after the header starts the text, each numbered item its section', () => {
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['報告事項', '前回議事録の確認', '令和6年度前期の学生数について（教務委員長）']);
		expect(result.meeting?.participants).toEqual([]);
		expect(result.meeting?.series).toBe('文学部教授会');
	});

	test('who asks or answers, in brackets after the words, is the label\'s (`Ｑ（沖田教授）`); an item with its reporter is no speaker', () => {
		expect(turns(result)).toEqual([
			['Ｑ（沖田教授）', '休学者が昨年より増えているが、理由は把握しているか。'],
			['Ａ（教務委員長）', '経済的理由によるものが約半数である。'],
			['Ｑ（浜田講師）', '監督者の手当は今年度から変更になるのか。'],
		]);
	});
});

describe('opinions grouped under who gave them, and a meeting of two companies', () => {
	test('`■相沢構成員` over that member\'s points is a turn of the member (it was a heading)', () => {
		const result = parse([
			'デジタル人材育成に関する有識者会議（第６回）議事概要',
			'１．日　時：令和６年３月１８日（月）１０：００～１２：００',
			'２．出席者：木下座長、相沢構成員、岩田構成員',
			'３．議事概要',
			'■相沢構成員',
			'・骨子案は企業側の取組に偏っている。制度面の支援を書き込むべき。',
			'■事務局',
			'・処遇との結び付けについては、取りまとめに反映したい。',
			'■今後の予定',
			'次回は４月に開催する。',
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['相沢構成員', '事務局']);
		expect(result.meeting?.sections.map((section) => section.title)).toContain('今後の予定');
	});

	test('`（大野）…`: a surname of the roll in brackets speaks; `物流部 部長 大野` is 大野, 部長 of 物流部', () => {
		const result = parse([
			'倉庫管理システム導入　定例打合せ議事録',
			'■日時：2024/06/03(月) 14:00～15:30',
			'■出席者（敬称略）',
			'　【㈱ひまわり物流】物流部 部長 大野、物流部 係長 新田',
			'■議事内容',
			'　（大野）検品で数量差異が出た場合、その場で仕入先に連絡したい。',
			'　（新田）ロット番号の入力は必須にしてほしい。',
		]);
		expect(turns(result)).toEqual([
			['大野', '検品で数量差異が出た場合、その場で仕入先に連絡したい。'],
			['新田', 'ロット番号の入力は必須にしてほしい。'],
		]);
		expect(members(result)).toEqual([
			['大野', '部長'],
			['新田', '係長'],
		]);
	});
});

describe('an online meeting\'s transcript as Teams writes it', () => {
	const result = parse([
		'第３回 商品開発プロジェクト定例会議 トランスクリプト',
		'2024年7月2日 10:00',
		'',
		'出席者：久我 浩二、三宅 里奈',
		'',
		'久我 浩二   0:05',
		'おはようございます。それでは第3回の定例を始めます。',
		'',
		'三宅 里奈   0:28',
		'はい。試作品Bのモニター評価ですが、8割が良いと回答しました。',
		'',
		'Mika Sato  1:02:13',
		'Thank you. I will share the slides.',
	]);

	test('a name and the time into the recording over the words: the name speaks, the time opens the words', () => {
		expect(turns(result)).toEqual([
			['久我 浩二', '0:05\nおはようございます。それでは第3回の定例を始めます。'],
			['三宅 里奈', '0:28\nはい。試作品Bのモニター評価ですが、8割が良いと回答しました。'],
			['Mika Sato', '1:02:13\nThank you. I will share the slides.'],
		]);
		expect(result.meeting).toMatchObject({ series: '商品開発プロジェクト定例会議', kind: 'minutes', date: '2024-07-02' });
		expect(result.meeting?.participants.map((group) => group.members.map((member) => member.name))).toEqual([['久我 浩二', '三宅 里奈']]);
	});
});

describe('an assembly\'s 一般質問要旨: a rule under the place, 問 / 答 with the answering post before a wide gap', () => {
	const result = parse([
		'令和６年第４回あおば市議会定例会　一般質問要旨',
		'',
		'日時　令和６年１２月１０日（火）　午前１０時～午後４時３０分',
		'場所　本会議場',
		'',
		'━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
		'◇　佐藤　花子　議員（市民クラブ）',
		'━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
		'',
		'１　防災行政について',
		'問　能登半島地震を受け、本市の避難所運営マニュアルはどのように見直したのか。',
		'答　市長　　女性や要配慮者の視点を取り入れ、マニュアルを改訂した。',
		'問　福祉避難所の協定施設数は十分か。',
		'答　健康福祉部長　　現在２３施設と協定を締結している。',
	]);

	test('the rule ends the place: the questions are the text, not more of `場所`', () => {
		expect(result.meeting?.location).toBe('本会議場');
		expect(result.meeting?.series).toBe('あおば市議会定例会');
	});

	test('the answering post before the wide gap is taken into the label (`答（市長）`), and the member of the `◇` heading asks each 問, across the headings of the items', () => {
		expect(turns(result)).toEqual([
			['問（佐藤花子議員）', '能登半島地震を受け、本市の避難所運営マニュアルはどのように見直したのか。'],
			['答（市長）', '女性や要配慮者の視点を取り入れ、マニュアルを改訂した。'],
			['問（佐藤花子議員）', '福祉避難所の協定施設数は十分か。'],
			['答（健康福祉部長）', '現在２３施設と協定を締結している。'],
		]);
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['佐藤　花子　議員（市民クラブ）']);
	});
});

describe('what the meeting decided, written by the recorder after the turns', () => {
	const result = parse([
		'管理組合　第５回理事会　議事録',
		'日時：２０２４年９月２１日（土）',
		'議事',
		'（理事長）次回、長期修繕計画の見直し案と合わせて審議することとしたい。',
		'→継続審議とする。',
		'（副理事長）苦情が多いのは共用廊下での排泄。細則に明記すべき。',
		'審議の結果、原案のとおり承認された。',
	]);

	test('`→継続審議とする。` and `審議の結果、…承認された。` are notes of the text, never the last speaker\'s words', () => {
		expect(turns(result)).toEqual([
			['理事長', '次回、長期修繕計画の見直し案と合わせて審議することとしたい。'],
			['副理事長', '苦情が多いのは共用廊下での排泄。細則に明記すべき。'],
		]);
		expect(result.body.flatMap((section) => section.children).filter((block) => block.type === 'note').map((block) => (block.type === 'note' ? block.text : ''))).toEqual(['→継続審議とする。', '審議の結果、原案のとおり承認された。']);
	});
});

describe('a topic marked ● after the last turn', () => {
	test('`● 次回開催について` heads a section; the text below it is no part of the chair\'s last remark', () => {
		const result = parse([
			'あさぎり市情報公開審査会　会議要録',
			'日時：令和6年9月24日(火)午前10時',
			'議事',
			'○藤堂会長  それでは、以上で本日の会議を終了いたします。',
			'',
			'● 次回開催について',
			' 次回の開催日時は、令和6年10月28日(月)午前10時に決定した。',
		]);
		expect(turns(result)).toEqual([['藤堂会長', 'それでは、以上で本日の会議を終了いたします。']]);
		expect(result.meeting?.sections.map((section) => section.title)).toContain('次回開催について');
	});
});
