/**
 * Minutes copied from a web page keep the page's navigation: a CMS's `ページID … 更新日 …` and print buttons, a minutes
 * viewer's `ページの先頭へ` after every turn and `前へ　次へ検索結果一覧へ` with the copyright line. Such lines are left out
 * wherever they stand (one warning), and a page's update date never dates a meeting.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments, parseMinutes } from '../../src/parser/index.ts';
import { isWebChrome } from '../../src/parser/web-chrome.ts';

const parse = (text: string) => parseDocuments(text, { source: 'x.txt', sourceHash: '0'.repeat(64) });

describe('a city page of a 協議会 議事録 with its page ID, update date and print buttons', () => {
	const text = [
		'令和6年度第1回介護保険運営協議会議事録',
		'',
		'ページID 1032218 更新日 令和6年9月2日',
		'',
		'印刷大きな文字で印刷',
		'',
		'令和6年度第1回介護保険運営協議会議事録',
		'',
		'開催日時',
		'令和6年7月25日(木曜日)午後1時30分～午後3時10分',
		'開催場所',
		'さくら市役所 3階 301会議室',
		'出席者',
		'【委員】',
		'河合 修一、松永 由紀夫',
		'【事務局】',
		'介護保険課長',
		'議事',
		'（会長）',
		'それでは議事に入ります。',
		'（事務局）',
		'資料1について説明します。',
	].join('\n');

	test('is one meeting, dated the day it met (not the page’s update), with one warning for the navigation', () => {
		const results = parse(text);
		expect(results).toHaveLength(1);
		const [result] = results;
		expect(result?.meeting).toMatchObject({ title: '令和6年度第1回介護保険運営協議会議事録', date: '2024-07-25', start: '13:30', end: '15:10' });
		expect(result?.diagnostics.filter((d) => d.code === 'web-navigation').map((d) => [d.severity, d.line, d.message.split(' ')[0]])).toEqual([['warning', 3, '2']]);
	});
});

describe('an assembly 会議録 copied from its minutes viewer', () => {
	const text = [
		'ひかり市議会',
		'前へ　次へ',
		'令和６年１２月ひかり市議会定例会（第３号）',
		'令和６年１２月１０日（火曜日）',
		'出席議員（２名）',
		'　１番　　前　田　一　郎　君　　　２番　　佐　藤　花　子　君',
		'　　　午前１０時開議',
		'○議長（佐藤花子君）　これより本日の会議を開きます。',
		'ページの先頭へ',
		'○１番（前田一郎君）　待機児童について伺います。',
		'ページの先頭へ',
		'○議長（佐藤花子君）　本日はこれにて散会いたします。',
		'　　　午後２時１５分散会',
		'前へ　次へ検索結果一覧へCopyright (C) ひかり市議会 All Rights Reserved.',
	].join('\n');

	test('keeps the viewer’s links out of every remark, with one warning naming the first', () => {
		const [result] = parse(text);
		expect(result?.family).toBe('assembly');
		expect(result?.meeting?.remarks.map((remark) => remark.text)).toEqual(['これより本日の会議を開きます。', '待機児童について伺います。', '本日はこれにて散会いたします。']);
		expect(JSON.stringify(result?.body)).not.toMatch(/ページの先頭へ|前へ|Copyright/);
		expect(result?.diagnostics.filter((d) => d.code === 'web-navigation').map((d) => [d.line, d.message.split(' ')[0]])).toEqual([[2, '4']]);
	});
});

describe('isWebChrome', () => {
	test.each(['ページID 1032218 更新日 令和6年9月2日', '印刷大きな文字で印刷', '前へ　次へ', '前へ 次へ前へ 次へ', '前へ　次へ検索結果一覧へCopyright (C) 2024 ひかり市議会', 'ページの先頭へ', '検索結果一覧へ戻る', '発言者一覧'])('%s is navigation', (line) => {
		expect(isWebChrome(line)).toBe(true);
	});
	test.each(['前へ進める', '次へ移ります。', 'Copyright 2024', '印刷費が増えた。', 'ページIDの管理について'])('%s is text', (line) => {
		expect(isWebChrome(line)).toBe(false);
	});
});

describe('minutes saved from a mail, with its header', () => {
	const text = [
		'From: 庶務幹事 <shomu@example.org>',
		'To: riji-ml@example.org',
		'Subject: [riji:0412] 第3回理事会議事録（確定版）',
		'Date: Mon, 15 Jul 2024 10:12:33 +0900',
		'',
		'日本音響教育学会　2024年度第3回理事会議事録',
		'',
		'日時：2024年7月6日（土）13:00〜15:10',
		'場所：オンライン',
		'',
		'議事',
		'大島副会長：会場の収容人数は十分か。',
		'川村理事：最大400名の講堂を確保できる見込みです。',
	].join('\n');

	test('is one meeting, dated the day it met: the header (with its own date and a title-like Subject) is left out with one warning', () => {
		const results = parse(text);
		expect(results).toHaveLength(1);
		expect(results[0]?.meeting).toMatchObject({ title: '日本音響教育学会　2024年度第3回理事会議事録', date: '2024-07-06' });
		expect(results[0]?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['大島副会長', '川村理事']);
		expect(results[0]?.diagnostics.map((d) => [d.code, d.line])).toEqual([['mail-header', 1]]);
	});

	test('the greeting before the minutes’ title (`理事各位` / the sentence sending them / a rule) goes with the header, so the title is the minutes’ own', () => {
		const lines = text.split('\n');
		const results = parse([...lines.slice(0, 5), '理事各位', '', '第3回理事会の議事録を確定版としてお送りします。', '', '────────────────────', ...lines.slice(5)].join('\n'));
		expect(results[0]?.meeting).toMatchObject({ title: '日本音響教育学会　2024年度第3回理事会議事録', series: '日本音響教育学会　理事会', date: '2024-07-06' });
		expect(results[0]?.diagnostics.map((d) => [d.code, d.line])).toEqual([['mail-header', 1]]);
		expect(JSON.stringify(results[0]?.body)).not.toContain('各位');
	});

	test('a message without a salutation keeps a first line that is no sentence; a sender\'s sentence before the title is its greeting', () => {
		const lines = text.split('\n');
		const kept = parse([...lines.slice(0, 5), '確定版（7月15日送付）', '', ...lines.slice(5)].join('\n'));
		expect(kept[0]?.meeting?.title.startsWith('確定版（7月15日送付）')).toBe(true);
		const greeted = parse([...lines.slice(0, 5), '議事録の確定版です。', '', ...lines.slice(5)].join('\n'));
		expect(greeted[0]?.meeting?.title).toBe('日本音響教育学会　2024年度第3回理事会議事録');
	});

	test('a `Date:` line alone is no mail header', () => {
		const [result] = parse(['Date: 2024-07-06', '', ...text.split('\n').slice(5)].join('\n'));
		expect(result?.diagnostics.some((d) => d.code === 'mail-header')).toBe(false);
	});
});

describe('a breadcrumb trail that ends with its separator', () => {
	test.each(['草加市議会 > 2024-06-10 >', '市議会 ＞ 会議録 ＞ 本会議 ＞'])('%s is navigation', (line) => {
		expect(isWebChrome(line)).toBe(true);
	});
	test.each(['<議題>', 'A > B', '＜議題＞ ＞'])('%s is not', (line) => {
		expect(isWebChrome(line)).toBe(false);
	});
	test('a long line is never navigation (and never reaches the pattern)', () => {
		expect(isWebChrome(`${'（'.repeat(1_000_000)} >`)).toBe(false);
		expect(isWebChrome(`${'会議 > '.repeat(60)}`)).toBe(false);
	});
});

describe('a prefectural committee’s record copied from its page, the roll a table of roles above names', () => {
	const results = parse(
		[
			'令和５年９月26日　決算審査特別委員会会議録',
			'',
			'開催概要、資料はこちらです。',
			'出席者',
			'（５名）',
			'委員長',
			'副委員長',
			'委員',
			'浜田　妙子',
			'市谷　知子',
			'錦織　陽子',
			'稲田　寿久',
			'福間　裕隆',
			'',
			'欠席者',
			'（なし）',
			'',
			'説明のため出席した者',
			'　亀井総務部長、松本財政課長ほか関係職員',
			'',
			'職務のため出席した事務局職員',
			'　藤原調査課長、岡本課長補佐',
			'',
			'１　開会　午前10時00分',
			'２　閉会　午前10時41分',
			'３　司会　浜田委員長',
			'４　会議録署名委員　錦織委員、稲田委員',
			'',
			'会議の概要',
			'',
			'◎浜田（妙）委員長',
			'　ただいまから決算審査特別委員会を開会いたします。',
			'',
			'●亀井総務部長',
			'　令和４年度一般会計決算の概要について御説明いたします。',
			'',
			'○市谷委員',
			'　不用額が大きい事業について、その理由を伺いたい。',
		].join('\n'),
	);
	const meeting = results[0]?.meeting;
	const rows = (group: string) => meeting?.participants.find((entry) => entry.group === group)?.members.map((member) => [member.name, member.title]);

	test('the page’s link at the top is left out, and the header is read as the header', () => {
		expect(results).toHaveLength(1);
		expect(results[0]?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(results[0]?.diagnostics.map((d) => d.code)).toContain('web-navigation');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['浜田（妙）委員長', '亀井総務部長', '市谷委員']);
	});

	test('the roles go to the names in order, the last role to the rest; a role above a name is never a turn', () => {
		expect(rows('出席者')).toEqual([
			['浜田　妙子', '委員長'],
			['市谷　知子', '副委員長'],
			['錦織　陽子', '委員'],
			['稲田　寿久', '委員'],
			['福間　裕隆', '委員'],
		]);
	});

	test('（なし） empties the list of absentees, the staff are a group, the numbered 開会, 閉会 and 司会 are read', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.length])).toEqual([
			['出席者', 5],
			['欠席者', 0],
			['説明のため出席した者', 2],
			['職務のため出席した事務局職員', 2],
			['司会', 1],
		]);
		expect(results[0]?.diagnostics.map((d) => d.code)).not.toContain('empty-group');
		expect(meeting).toMatchObject({ date: '2023-09-26', start: '10:00', end: '10:41' });
	});
});

describe('link text', () => {
	test('a page’s link at the top of a council’s minutes is navigation; the same words in a remark are kept', () => {
		const results = parse(
			[
				'会議資料はこちら',
				'第３回　ひかり市環境審議会　議事録',
				'日時：令和６年５月10日（金）14時00分～15時30分',
				'議事概要',
				'会長：資料はこちらです。',
				'委員：資料はこちらです。',
			].join('\n'),
		);
		expect(results[0]?.diagnostics.find((d) => d.code === 'web-navigation')?.message).toMatch(/^1 line/u);
		expect(results[0]?.meeting?.remarks.map((remark) => remark.text)).toEqual(['資料はこちらです。', '資料はこちらです。']);
	});
});

describe('more of a city site’s furniture above the minutes', () => {
	test('緊急情報, the search box, the text size toolbar, the menu bar, 現在の位置 and 本文 are left out: the minutes’ own title titles it', () => {
		const page = [
			'緊急情報',
			'サイト内を検索',
			'文字サイズ 小 中 大　背景色 白 黒 青',
			'ホーム　　　くらし・手続き　　　子育て・教育　　　健康・福祉　　　町政情報',
			'現在の位置：ホーム > 町政情報 > 審議会・委員会 > 会議録',
			'本文',
			'令和6年度 第2回区協議会会長会議 会議録',
			'開催日時 令和7年3月21日(金曜日) 午前10時30分～午前11時25分',
			'議事',
			'【東区協議会 金井会長】　本日はよろしくお願いします。',
		];
		const result = parseMinutes(page.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result.meeting?.title).toBe('令和6年度 第2回区協議会会長会議 会議録');
		expect(result.meeting?.series).toBe('区協議会会長会議');
		expect(result.diagnostics.find((d) => d.code === 'web-navigation')?.message).toMatch(/^6 line/u);
	});
});
