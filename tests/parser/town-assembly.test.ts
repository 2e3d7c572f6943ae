/**
 * Town assemblies and their committees as small towns type them: the year and month in the title with the day in
 * brackets, turns labelled by a post and a surname only (`○議長（田中）`, `○財政係長（森）`), a half-width space
 * before the bracket (`◯ 委員 (岩本 進)`), and rolls of `post　surname　given name` with single spaces.
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseLines } from './unseen-helpers.ts';

const sitting = [
	'令和６年１２月　みさと町議会定例会　一般質問（１２月１０日）',
	'',
	'開議　午前１０時',
	'',
	'出席議員　４名',
	'　１番　佐藤　光　　２番　近藤　理恵　　３番　久保　智子　　４番　田中　義明',
	'',
	'説明のため出席した者',
	'　町長　鈴木　康弘　　副町長　原田　悦子',
	'　企画財政課長　福田　雄一　　財政係長　森　大介',
	'',
	'○議長（田中）　おはようございます。ただいまから本日の会議を開きます。',
	'　日程第１、一般質問を行います。',
	'○１番（佐藤）　空き家対策について質問します。町としてどのように対応していくのか伺います。',
	'○議長（田中）　町長。',
	'○町長（鈴木）　佐藤議員の御質問にお答えします。指導を強化してまいります。',
	'○１番（佐藤）　空き家バンクの成約件数を教えてください。',
	'○財政係長（森）　成約は３１件です。',
	'○議長（田中）　以上で一般質問を終わります。本日はこれにて散会いたします。',
];

describe('a town assembly typed by hand', () => {
	const result = parseLines(sitting);

	test('is dated by the year and month of its title and the day in brackets', () => {
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(result.meeting?.date).toBe('2024-12-10');
	});

	test('reads every turn labelled by a post and a surname, and no turn is joined to the one before', () => {
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（田中）', '１番（佐藤）', '議長（田中）', '町長（鈴木）', '１番（佐藤）', '財政係長（森）', '議長（田中）']);
		expect(result.meeting?.remarks[4]?.text).toBe('空き家バンクの成約件数を教えてください。');
	});

	test('reads a roll of posts and names with single spaces, two between members', () => {
		expect(result.meeting?.participants.find((group) => group.group === '説明のため出席した者')?.members.map((member) => [member.name, member.title])).toEqual([
			['鈴木 康弘', '町長'],
			['原田 悦子', '副町長'],
			['福田 雄一', '企画財政課長'],
			['森 大介', '財政係長'],
		]);
	});

	test("names a committee of the session without the session's word", () => {
		const committee = parseLines(['令和６年第４回みさと町議会定例会　予算決算常任委員会会議録', '', '開催日時　　令和６年１２月１２日（木）午前１０時００分', '', ...sitting.slice(11)]);
		expect(committee.meeting?.series).toBe('みさと町議会 予算決算常任委員会');
	});
});

describe('a post with a surname in brackets', () => {
	test.each([
		['議長（田中）', '田中', '議長'],
		['企画財政課長（福田）', '福田', '企画財政課長'],
		['財政係長（森）', '森', '財政係長'],
		['委員 (岩本 進)', '岩本 進', '委員'],
	])('%s names the person', (label, name, title) => {
		expect(parseNameLabel(label)).toEqual({ name, title, affiliation: null });
	});

	test.each(['委員長（代理）', '課長（兼務）', '部長（総務）', '議長（代）'])('%s names no one', (label) => {
		expect(parseNameLabel(label).name).not.toBe(label.replace(/^.*[（(]|[）)]$/gu, ''));
	});

	test('a half-width space between the post and the bracket stays in the label of a marked turn', () => {
		const result = parseLines(['第３回　ひかり町議会　総務常任委員会記録', '日時　令和６年６月１７日（月）午前１０時', '', '◯ 委員長 (谷口 誠)　ただいまから委員会を開会します。', '◯ 委員 (岩本 進)　町民への周知はどのように行いますか。', '◯ 総務課長 (古川 弘明)　広報紙で周知いたします。']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員長 (谷口 誠)', '委員 (岩本 進)', '総務課長 (古川 弘明)']);
		expect(result.meeting?.remarks[1]?.text).toBe('町民への周知はどのように行いますか。');
	});
});

describe('a village assembly that lists who answered the call', () => {
	test('応招議員 is the roll of members present, `出席議員　応招議員に同じ` adds nobody, and the staff on duty are their own group', () => {
		const result = parseLines([
			'令和６年第２回こまくさ村議会臨時会会議録',
			'１．招集年月日　　令和６年５月２９日',
			'２．応招議員（２名）',
			'　　１番　　岡　田　　一　夫　　　　２番　　金　子　　由　紀',
			'３．不応招議員　　なし',
			'４．出席議員　　応招議員に同じ',
			'５．本会議に職務のため出席した者の職氏名',
			'　　議会事務局長　　関　　　敏　行',
			'○議長（岡田一夫君）　ただいまから臨時会を開会いたします。',
			'○議長（岡田一夫君）　本日はこれにて散会いたします。',
		]);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席議員', ['岡田 一夫', '金子 由紀']],
			['事務局職員', ['関敏行']],
		]);
	});
});

describe('a roll of posts and padded names', () => {
	test('a one-character given name set apart by padding is no start of the next post (`清　水　　　健　　　　書記`)', () => {
		const result = parseLines([
			'令和６年第４回みさと町議会定例会会議録（第２号）',
			'令和６年１２月１０日（火曜日）午前１０時開議',
			'職務のため出席した者の職氏名',
			'　議会事務局長　　清　水　　　健　　　　書記　　　　　　石　川　ゆ　か',
			'◯議長（山田太郎君）　これから本日の会議を開きます。',
		]);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]))).toEqual([
			['清水健', '議会事務局長'],
			['石川ゆか', '書記'],
		]);
	});
});

describe('a 会議録 copied from a PDF', () => {
	test('a page header that differs from the title (`あさひ台市議会会議録　第２号`) is no part of the remarks', () => {
		const result = parseLines([
			'令和６年第３回あさひ台市議会定例会会議録（第２号）',
			'令和６年９月１０日（火曜日）午前１０時開議',
			'○議長（青木陽介君）　これより本日の会議を開きます。',
			'○総務部長（田中一郎君）　お答えいたします。防災備蓄品の更新については、',
			'－ 21 －',
			'あさひ台市議会会議録　第２号',
			'今年度中に完了する予定でございます。',
			'○議長（青木陽介君）　以上で本日の日程は終了いたしました。',
			'－ 22 －',
			'あさひ台市議会会議録　第２号',
			'○議長（青木陽介君）　本日はこれにて散会いたします。',
		]);
		expect(result.meeting?.remarks.map((remark) => remark.text).join('\n')).not.toContain('あさひ台市議会会議録');
		expect(result.meeting?.remarks[1]?.text).toContain('防災備蓄品の更新については、今年度中に完了する予定でございます。');
	});

	test('a line set next to every page number (`令和６年第２回定例会（第２号）` under `－ 13 －`) is left out, wherever the page breaks', () => {
		const result = parseLines([
			'令和６年第２回ひがし野町議会定例会会議録（第２号）',
			'令和６年６月１１日（火曜日）午前１０時開議',
			'○２番（伊藤みどり君）　昨年度、町内で発生した孤立死は２件と伺っております。見守り',
			'',
			'ひがし野町議会会議録 令和６年６月１１日',
			'－ 13 －',
			'令和６年第２回定例会（第２号）',
			'ネットワークの現状と今後の強化策について、町長の考えを伺います。',
			'○町長（三浦康弘君）　お答えいたします。（拍手）',
			'',
			'ひがし野町議会会議録 令和６年６月１１日',
			'－ 14 －',
			'令和６年第２回定例会（第２号）',
			'○議長（清水敏明君）　本日はこれにて散会いたします。',
		]);
		expect(result.meeting?.remarks.map((remark) => remark.text).join('\n')).not.toContain('定例会（第２号）');
		expect(result.meeting?.remarks[0]?.text).toBe('昨年度、町内で発生した孤立死は２件と伺っております。見守りネットワークの現状と今後の強化策について、町長の考えを伺います。');
	});
});

describe('a minutes system’s export that leaves the assembly out of 会議名', () => {
	test('is an assembly sitting all the same (定例会 with its roll of 出席議員): rolls, turns and times, the file name standing for the assembly with a warning', () => {
		const result = parseLines([
			'開催日：令和 6年 6月11日',
			'会議名：令和 6年第2回定例会（第2号 6月11日）',
			'',
			'○出席議員（2名）',
			'　　１番　　山　田　太　郎　　　２番　　佐　藤　花　子',
			'○説明のため出席した者',
			'　　市長　　　　　　　　　　　　　　大　野　宏　之',
			'　　　　　　　　　　　午前10時00分　開議',
			'○議長（佐藤花子）　おはようございます。これより本日の会議を開きます。',
			'○１番（山田太郎）　子育て支援について伺います。',
			'○市長（大野宏之）　お答えいたします。',
			'○議長（佐藤花子）　本日はこれにて散会いたします。',
			'　　　　　　　　　　　午後２時15分　散会',
		]);
		expect(result.family).toBe('assembly');
		expect(result.meeting).toMatchObject({ date: '2024-06-11', start: '10:00', end: '14:15' });
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（佐藤花子）', '１番（山田太郎）', '市長（大野宏之）', '議長（佐藤花子）']);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.length])).toEqual([
			['出席議員', 2],
			['説明のため出席した者', 1],
		]);
		expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'no-series']]);
	});
});

describe('a committee of a 定例会 with ◎ headings, a seat-numbered roll and officials written name first', () => {
	const result = parseLines([
		'第１回みずほ市議会定例会　予算特別委員会',
		'',
		'令和５年３月17日　午前10時00分　開　議',
		'',
		'◎出席委員（４名）',
		' 1番   福  永  邦  幸 委員       2番   浅 野 目  幸  一 委員',
		' 8番   植  松     宏 委員       13番   細  矢  俊  博 委員',
		'',
		'◎欠席委員（なし）',
		'',
		'◎説明のため出席した者の職氏名',
		'土 田 正 剛  市     長        半 田   博  教  育  長',
		'芦 野 耕 司  副  市  長        石 垣 有 一  総 務 部 長',
		'         建 設 部 長',
		'深 瀬 弘 之                 本 間 和 史  財 政 課 長',
		'',
		'◎事務局職員出席者職氏名',
		'佐 藤 慎 司  事 務 局 長        高 橋 真伊子  事務局長補佐',
		'',
		'○細矢俊博予算特別委員長　ただいまから予算特別委員会を開会いたします。',
		'○福永邦幸委員　地域公共交通の運行事業費について伺います。',
		'○石垣有一総務部長　燃料費の高騰に伴う委託料の増額でございます。',
		'○細矢俊博予算特別委員長　本日はこれで散会いたします。',
	]);
	const roll = (group: string): (string | null)[][] =>
		result.meeting?.participants.find((entry) => entry.group === group)?.members.map((member) => [member.name, member.title]) ?? [];

	test('is the assembly’s committee, and no heading of the header is a remark', () => {
		expect(result.family).toBe('assembly');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['細矢俊博予算特別委員長', '福永邦幸委員', '石垣有一総務部長', '細矢俊博予算特別委員長']);
	});

	test('the members are read by their seats, without the word 委員', () => {
		expect(roll('出席委員')).toEqual([
			['福永邦幸', null],
			['浅野目幸一', null],
			['植松 宏', null],
			['細矢俊博', null],
		]);
	});

	test('a name before its post is that post’s holder, a post on the line above goes to the first name below it', () => {
		expect(roll('説明のため出席した者')).toEqual([
			['土田正剛', '市長'],
			['半田博', '教育長'],
			['芦野耕司', '副市長'],
			['石垣有一', '総務部長'],
			['深瀬弘之', '建設部長'],
			['本間和史', '財政課長'],
		]);
		expect(roll('事務局職員')).toEqual([
			['佐藤慎司', '事務局長'],
			['高橋 真伊子', '事務局長補佐'],
		]);
	});
});

describe('a roll that pads names with half-width spaces and parts its cells with full-width ones', () => {
	test('each post and name is read, a post spaced out over cells too (`町　　　長`, `書　記 平 本 真 紀`)', () => {
		const result = parseLines([
			'令和４年第２回みさき町議会臨時会会議録（第１号）',
			'令和４年７月25日（月曜日）午前10時開会',
			'説明のため出席した者',
			'\u3000\u3000町\u3000\u3000\u3000長\u3000山 村 吉 由\u3000\u3000\u3000\u3000副\u3000町\u3000長\u3000松 井 宏 之',
			'\u3000\u3000教\u3000育\u3000長\u3000植 村 佳 央',
			'\u3000\u3000まちづくり政策監\u3000中 村 賢 一\u3000企 画 部 長\u3000奥 田 育 裕',
			'職務のため出席した者',
			'議会事務局長 鎌 田 将 一\u3000書\u3000記 平 本 真 紀',
			'○議長（八尾春雄君）　ただいまから本日の会議を開きます。',
		]);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]))).toEqual([
			['山村吉由', '町長'],
			['松井宏之', '副町長'],
			['植村佳央', '教育長'],
			['中村賢一', 'まちづくり政策監'],
			['奥田育裕', '企画部長'],
			['鎌田将一', '議会事務局長'],
			['平本真紀', '書記'],
		]);
	});
});

describe('a village’s 全員協議会 whose turns carry no mark and whose rolls use single spaces throughout', () => {
	const result = parseLines([
		'令和６年 みずほ村議会全員協議会 会議録',
		'令和６年７月８日(月曜日) 午前９時30分開会',
		'場所 みずほ村役場 第１会議室',
		'出席議員(3名)',
		'1番 小川 克也 2番 佐野 英俊 3番 細川 運一',
		'欠席議員(なし)',
		'説明のため出席した者の職氏名',
		'村 長 萩原 達雄 副 村 長 齋藤 一郎',
		'教 育 長 庄子 明宏 教育次長兼学校教育課長 齋藤 浩',
		'事務局出席職員氏名',
		'事務局長 堀籠 緋沙子 書記 片浦 則之',
		'協議事項',
		'1 総合計画後期基本計画(素案)について',
		'2 その他',
		'午前９時30分 開 会',
		'議長(細川運一君) おはようございます。これより全員協議会を開会いたします。',
		'村長(萩原達雄君) 一言御挨拶申し上げます。',
		'計画の素案がまとまりました。',
		'2番(佐野英俊君) 人口目標の根拠について伺います。',
		'(「なし」の声あり)',
		'議長(細川運一君) 以上で全員協議会を閉会いたします。',
		'午前10時42分 閉 会',
	]);
	const roll = (group: string): (string | null)[][] =>
		result.meeting?.participants.find((entry) => entry.group === group)?.members.map((member) => [member.name, member.title]) ?? [];

	test('is read as an assembly’s record: each unmarked `post(name君)` line is a turn', () => {
		expect(result.family).toBe('assembly');
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長(細川運一君)', 'おはようございます。これより全員協議会を開会いたします。'],
			// A line without a full-width space before it goes on with the paragraph, as in any transcript.
			['村長(萩原達雄君)', '一言御挨拶申し上げます。計画の素案がまとまりました。'],
			['2番(佐野英俊君)', '人口目標の根拠について伺います。\n(「なし」の声あり)'],
			['議長(細川運一君)', '以上で全員協議会を閉会いたします。'],
		]);
	});

	test('a post and a name with single spaces throughout are cut into pairs, the staff are a group of their own', () => {
		expect(roll('説明のため出席した者')).toEqual([
			['萩原 達雄', '村長'],
			['齋藤 一郎', '副村長'],
			['庄子 明宏', '教育長'],
			['齋藤 浩', '教育次長兼学校教育課長'],
		]);
		expect(roll('事務局職員')).toEqual([
			['堀籠 緋沙子', '事務局長'],
			['片浦 則之', '書記'],
		]);
	});

	test('the numbered 協議事項 are the agenda, and a spaced `閉 会` with its time ends the sitting', () => {
		expect(result.meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '総合計画後期基本計画(素案)について'],
			[2, 'その他'],
		]);
		expect(result.meeting).toMatchObject({ date: '2024-07-08', start: '09:30', end: '10:42' });
	});
});

describe('a 会議録 from a PDF whose labels are padded one character to a word', () => {
	test('`○大 下 議 長` alone on its line, the speech below, is the turn of 大下議長', () => {
		const result = parseLines([
			'令和５年第２回あきやま市議会定例会会議録（第２号）',
			'令和５年６月12日',
			'２．出席議員は次のとおりである。（２名）',
			'５番　山 本 数 博　　　　　　　　　９番　大 下 俊 夫',
			'午前10時00分　開議',
			'○大 下 議 長',
			'　これより本日の会議を開きます。５番、山本議員。',
			'○山　本　議　員',
			'　地域経済の回復について伺います。',
			'○石 丸 市 長',
			'　お答えいたします。',
		]);
		expect(result.family).toBe('assembly');
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['大下議長', 'これより本日の会議を開きます。５番、山本議員。'],
			['山本議員', '地域経済の回復について伺います。'],
			['石丸市長', 'お答えいたします。'],
		]);
	});
});

describe('a city’s 議会運営委員会 record: [議題], headings under rules, and the rolls after the close', () => {
	const result = parseLines([
		'令和６年11月13日議会運営委員会－11月13日-01号',
		'令和６年11月13日議会運営委員会',
		'　　　　　　　　　　　　　　　　令和６年11月13日（水）',
		'　　　　　　　　　　　　　　　　午前10時',
		'[議題]',
		'1.議案等について',
		'2.その他',
		'　①次回の議会運営委員会について',
		'………………………………………………………………………………',
		'　　　　　　9時58分開会',
		'○委員長（佐々木克敏）　ただいまから、議会運営委員会を開会する。',
		'　　──────────────────',
		'△委員会の傍聴について',
		'　現段階での傍聴の申し出はない旨、委員長から報告があった。',
		'　　──────────────────',
		'1.議案等について',
		'○委員長（佐々木克敏）　議案等について、理事者から説明を求める。',
		'○総務部長（浅野正也）　第４回定例会に提出を予定している議案は計13件である。',
		'　　──────────────────',
		'2.その他',
		'　①次回の議会運営委員会について',
		'　11月20日午前10時から開催することを決定した。',
		'　　　　　　10時31分閉会',
		'[出席委員]',
		'委員長',
		'　佐々木克敏',
		'委員',
		'　岩井友子、鈴木和美',
		'[説明のため出席した者]',
		'総務部長　浅野正也',
	]);

	test('the items of [議題] are the agenda, each linked to its heading under a rule', () => {
		expect(result.meeting?.agenda.map((item) => [item.number, item.title, result.meeting?.sections.find((section) => section.id === item.section)?.title])).toEqual([
			[1, '議案等について', '1.議案等について'],
			[2, 'その他　①次回の議会運営委員会について', '2.その他'],
		]);
	});

	test('a heading under a rule starts its section, and what is reported under it is no part of the turn before', () => {
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['', '委員会の傍聴について', '1.議案等について', '2.その他']);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['委員長（佐々木克敏）', 'ただいまから、議会運営委員会を開会する。'],
			['委員長（佐々木克敏）', '議案等について、理事者から説明を求める。'],
			['総務部長（浅野正也）', '第４回定例会に提出を予定している議案は計13件である。'],
		]);
		expect(JSON.stringify(result.body)).toContain('現段階での傍聴の申し出はない旨、委員長から報告があった。');
	});

	test('the rolls after the close are the meeting’s participants, a post above a list giving each name its post', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			[
				'出席委員',
				[
					['佐々木克敏', '委員長'],
					['岩井友子', '委員'],
					['鈴木和美', '委員'],
				],
			],
			['説明のため出席した者', [['浅野正也', '総務部長']]],
		]);
		expect(result.meeting).toMatchObject({ date: '2024-11-13', start: '09:58', end: '10:31' });
		expect(JSON.stringify(result.body)).not.toContain('岩井友子');
	});
});

describe('turn labels of more minutes systems', () => {
	const turns = (lines: readonly string[]) => parseLines(lines).meeting?.remarks.map((remark) => [remark.speaker, remark.text]);
	const title = ['令和６年第４回みずほ市議会定例会会議録（第２号）', '令和６年12月５日（木曜日）午前10時開議'];

	test('a name with a kana given name or with ノ, and the chair’s call after a whole label (`○古川九一議長 竹内福祉部長`)', () => {
		expect(
			turns([
				...title,
				'○古川九一議長 ４番、久保あつこ議員。',
				'◆久保あつこ議員 おはようございます。福祉について伺います。',
				'○古川九一議長 奥ノ木市長',
				'◎奥ノ木信夫市長 久保議員の御質問にお答えいたします。',
			]),
		).toEqual([
			['古川九一議長', '４番、久保あつこ議員。'],
			['久保あつこ議員', 'おはようございます。福祉について伺います。'],
			['古川九一議長', '奥ノ木市長'],
			['奥ノ木信夫市長', '久保議員の御質問にお答えいたします。'],
		]);
	});

	test('what the turn is, in brackets after a whole label (`◎青山危機管理室長 (説明)`), is its text, not part of the label', () => {
		expect(turns([...title, '○古川九一議長 危機管理室長。', '◎青山危機管理室長 (説明)'])).toEqual([
			['古川九一議長', '危機管理室長。'],
			['青山危機管理室長', '(説明)'],
		]);
	});

	test('name, half-width space, post, half-width space, speech (`○早坂尚秀 委員長 ただいまから…`)', () => {
		expect(turns([...title, '○早坂尚秀 委員長 ただいまから委員会を開会いたします。', '○小林 議事課長 御説明いたします。'])).toEqual([
			['早坂尚秀 委員長', 'ただいまから委員会を開会いたします。'],
			['小林 議事課長', '御説明いたします。'],
		]);
	});

	test('the person and the post in one bracket (`○(中井時弘知事)`), 【】 brackets, and turns labelled 質疑/答弁 with a post alone', () => {
		expect(turns([...title, '○(森川康行議長) 知事。', '○(中井時弘知事) お答えいたします。', '◯議長【宮内 繁君】 ５番。', '◯5番【藤代雅之君】 質問します。', '◯質疑(佐伯委員) 基準を伺います。', '◯答弁(道路企画課長) 交通量で決めております。'])).toEqual([
			['(森川康行議長)', '知事。'],
			['(中井時弘知事)', 'お答えいたします。'],
			['議長【宮内 繁君】', '５番。'],
			['5番【藤代雅之君】', '質問します。'],
			['質疑(佐伯委員)', '基準を伺います。'],
			['答弁(道路企画課長)', '交通量で決めております。'],
		]);
	});

	test('a minutes system’s page with no header: the title line dates it, unmarked turns and a bracketed stage direction are read, its search link is left out', () => {
		const result = parseLines([
			'さくらだ村議会 会議録',
			'',
			'令和4年 第3回定例会(第3号) 本文 2022年09月08日',
			'',
			'▼最初のヒットへ(全 0 ヒット)',
			'',
			'副議長(岩淵和一郎君) 皆様、おはようございます。直ちに本日の会議を開きます。',
			'[2番 岡崎勝廣君 登壇]',
			'2番(岡崎勝廣君) 条例改正について伺います。',
			'総務課長(橋爪 晋君) 条例の公布は来月を予定しております。',
			'副議長(岩淵和一郎君) 本日はこれで散会します。',
			'午前10時35分 散会',
		]);
		expect(result.family).toBe('assembly');
		expect(result.meeting).toMatchObject({ series: 'さくらだ村議会', date: '2022-09-08', end: '10:35' });
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['副議長(岩淵和一郎君)', '2番(岡崎勝廣君)', '総務課長(橋爪 晋君)', '副議長(岩淵和一郎君)']);
		expect(JSON.stringify(result.body)).not.toContain('ヒット');
		expect(JSON.stringify(result.body)).toContain('"type":"note","text":"[2番 岡崎勝廣君 登壇]"');
	});
});

describe('more headings of an assembly’s rolls', () => {
	test('`本日の出席議員`, a spaced `な し`, `出席理事者`, `職務のため議場に出席した事務局職員の職氏名` and `区議会事務局職員` each head their own list', () => {
		const result = parseLines([
			'令和６年第４回みずほ区議会定例会会議録（第３号）',
			'令和６年12月５日（木曜日）午前10時開議',
			'本日の出席議員  2名',
			'   1番 若 林 正 巳 議員     2番 古 川 九 一 議員',
			'◇欠席議員 な し',
			'〇出席理事者',
			'   知事      中井 時弘',
			'職務のため議場に出席した事務局職員の職氏名',
			'   事務局長   戸 田 浩 二',
			'区議会事務局職員',
			'   議事担当係長 木　村　　　大',
			'○古川九一議長 これより本日の会議を開きます。',
		]);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席議員', ['若林正巳', '古川九一']],
			['説明のため出席した者', ['中井 時弘']],
			['事務局職員', ['戸田浩二']],
			['事務局職員', ['木村大']],
		]);
	});
});

describe('a 会議録 with its table of contents before the sitting', () => {
	test('every line of the 目次 is kept as a note, `○日程第１ 会議録署名議員の指名 …… 3` too (it was taken for the assembly\'s name and dropped)', () => {
		const result = parseLines([
			'令和６年第２回しらかば町議会臨時会会議録',
			'第２回臨時町議会会議録目次',
			'○開会の宣告 …………………………………………… 3',
			'○日程第１ 会議録署名議員の指名 ……………………… 3',
			'○日程第２ 会期の決定 ……………………………………… 3',
			'令和６年８月５日（月曜日）午前１０時開会',
			'○議長（大野　勉君）　ただいまから本日の会議を開きます。',
			'○議長（大野　勉君）　これで閉会します。',
		]);
		const notes = result.body.flatMap((section) => section.children).filter((block) => block.type === 'note').map((block) => (block.type === 'note' ? block.text : ''));
		expect(notes).toEqual(expect.arrayContaining(['○開会の宣告 …………………………………………… 3', '○日程第１ 会議録署名議員の指名 ……………………… 3', '○日程第２ 会期の決定 ……………………………………… 3']));
		expect(result.meeting?.series).toBe('しらかば町議会');
	});
});

describe('the assembly of a 一部事務組合 or a 広域連合', () => {
	test('`かわせみ環境衛生組合議会` names the assembly; `招集の場所` gives the place, on its line or the line below', () => {
		const result = parseLines([
			'令和６年第１回かわせみ環境衛生組合議会定例会会議録',
			'令和６年２月１３日（火曜日）午後２時開会',
			'招集の場所',
			'かわせみ環境衛生組合　クリーンセンター会議室',
			'○議長（佐野　守君）　ただいまから本日の会議を開きます。',
			'○管理者（田村一郎君）　提出議案について御説明いたします。',
		]);
		expect(result.meeting).toMatchObject({ series: 'かわせみ環境衛生組合議会', location: 'かわせみ環境衛生組合　クリーンセンター会議室' });
		expect(result.diagnostics.map((d) => d.code)).not.toContain('no-series');
	});
});

describe('headings spaced out letter by letter (`開　議　の　宣　告`), as town assemblies centre them', () => {
	const transcript = [
		'みなかわ町議会 会議録検索',
		'',
		'2023-12-12 : 令和5年12月定例会 (第2号) 本文',
		'',
		'1   午前10時00分 開議',
		'',
		'           開     議     の     宣     告',
		'◯議長(坪井 実君) ただいまの出席議員は14名であります。これより本日の会議を開きます。',
		'         ─────────────────────────',
		'           議  事  日  程  の  報  告',
		'2 ◯議長(坪井 実君) 本日の議事日程は、お手元に配付のとおりであります。',
		'         ─────────────────────────',
		'           町 政 一 般 に 対 す る 質 問',
		'3 ◯議長(坪井 実君) 日程第1 町政一般に対する質問を行います。8番 中瀬久美子君。',
		'4 ◯8番(中瀬久美子君) 通告に従い、子育て支援について質問いたします。',
		'5 ◯町長(舟木孝之君) 中瀬議員の御質問にお答えいたします。',
		'  福　永　邦　幸',
		'         ─────────────────────────',
		'           散     会     の     宣     告',
		'6 ◯議長(坪井 実君) 本日はこれをもって散会いたします。',
		'  午前11時20分 散会',
	];
	const result = parseLines(transcript);

	test('each heads a section titled without its spaces, and no remark holds one', () => {
		expect(result.family).toBe('assembly');
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['開議の宣告', '議事日程の報告', '町政一般に対する質問', '散会の宣告']);
		expect(result.meeting?.remarks.map((remark) => remark.text)).toEqual([
			'ただいまの出席議員は14名であります。これより本日の会議を開きます。',
			'本日の議事日程は、お手元に配付のとおりであります。',
			'日程第1 町政一般に対する質問を行います。8番 中瀬久美子君。',
			'通告に従い、子育て支援について質問いたします。',
			// A padded name (`福　永　邦　幸`) names no business: it stays in the remark, no heading.
			'中瀬議員の御質問にお答えいたします。\n福　永　邦　幸',
			'本日はこれをもって散会いたします。',
		]);
		expect(result.meeting?.remarks.map((remark) => remark.section)).toEqual(['s1', 's2', 's3', 's3', 's3', 's4']);
	});
});

describe('a 臨時会 whose 議事日程 numbers its items `1.開  会` … `7.散  会`', () => {
	const sitting = [
		'令和6年第3回臨時会',
		'',
		'              令和6年第3回わらび野市議会臨時会',
		'',
		'               議 事 日 程 (第1日)',
		'',
		'                                 令和6年7月26日',
		'                                 午前10時   開会',
		'1.開  会',
		'2.開  議',
		'3.会議録署名議員の指名',
		'4.会期の決定',
		'5.散  会',
		'',
		'午前10時1分開会',
		'◇出席議員 3名',
		'  1番 梶 原 秀 明議員   2番 鈴 木   智議員   3番 尾 崎 節 子議員',
		'◇本日の欠席議員 な し',
		'',
		'△会議録署名議員の指名',
		'○議長(須賀博史議員) 会議録署名議員の指名を行います。1番 梶原秀明議員を指名いたします。',
		'△会期の決定',
		'○議長(須賀博史議員) 会期は本日1日間と決定いたしました。本日はこれをもって散会いたします。',
		'午前10時42分散会',
	];
	const result = parseLines(sitting);

	test('every numbered item is an item, `3.会議録署名議員の指名` too (it opened the list of signers and ended the agenda)', () => {
		expect(result.meeting?.agenda.map((item) => [item.number, item.title, item.section])).toEqual([
			[1, '開  会', null],
			[2, '開  議', null],
			// An item is linked to the section headed by its words.
			[3, '会議録署名議員の指名', 's1'],
			[4, '会期の決定', 's2'],
			[5, '散  会', null],
		]);
	});

	test('`本日の欠席議員　な し` lists no one, and no one is taken into the members present', () => {
		const groups = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)]);
		expect(groups).toEqual([['出席議員', ['梶原秀明', '鈴木 智', '尾崎節子']]]);
	});
});

describe('a village assembly’s header copied from a web table, one cell per line', () => {
	const sitting = [
		'令和5年第3回しおさい村議会定例会 会議録',
		'',
		'招集年月日',
		'令和5年9月12日',
		'',
		'開会議・閉散会の宣告',
		'開議',
		'令和5年9月12日',
		'10時00分',
		'議長',
		'仲宗根 豊',
		'',
		'散会',
		'令和5年9月12日',
		'11時48分',
		'',
		'議員の出欠(出席 ◯印・欠席 ×印)',
		'番号',
		'氏名',
		'出席',
		'1',
		'當間達彦',
		'◯',
		'2',
		'大城 保',
		'◯',
		'3',
		'又吉 薫',
		'×',
		'4',
		'仲宗根 豊',
		'◯',
		'',
		'職務のために出席した者の職・氏名',
		'事務局長',
		'仲村泰子',
		'',
		'○議長（仲宗根　豊）　ただいまから本日の会議を開きます。',
		'○１番（當間達彦）　防災行政無線の更新について質問いたします。',
	];
	const result = parseLines(sitting);

	test('`開議` and `散会` with their day and clock in the cells below give the sitting’s times', () => {
		expect(result.meeting?.start).toBe('10:00');
		expect(result.meeting?.end).toBe('11:48');
	});

	test('the attendance table gives the members present (◯) and absent (×); `職務のために出席した者` are the staff', () => {
		const groups = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])]);
		expect(groups).toEqual([
			['出席議員', [['當間達彦', null], ['大城 保', null], ['仲宗根 豊', null]]],
			['欠席議員', [['又吉 薫', null]]],
			['事務局職員', [['仲村泰子', '事務局長']]],
		]);
	});
});

describe('an attendance table of two members to a row, the legend’s own marks before each seat', () => {
	const sitting = [
		'令和６年第３回みどり町議会定例会会議録（第２号）',
		'令和６年９月１０日（火）午前１０時開議',
		'',
		'４．議員の出欠　（出席　／・　欠席　△）',
		'　／　１番　仲　摩　靖　浩　　／　２番　村　上　由　美',
		'　／　３番　田　代　順　二　　△　４番　堀　　　浩　一',
		'',
		'○議長（村上由美）　これより本日の会議を開きます。',
		'○３番（田代順二）　通告に従い質問いたします。',
	];
	const result = parseLines(sitting);

	test('each member is present or absent by the mark before the seat', () => {
		const groups = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)]);
		expect(groups).toEqual([
			['出席議員', ['仲摩靖浩', '村上由美', '田代順二']],
			['欠席議員', ['堀浩一']],
		]);
	});
});

describe('an assembly record with a speakers’ index above it, and turns without mark or 君', () => {
	test('the 発言者一覧’s labels are no turns: the header below them is read and the transcript starts at the first words', () => {
		const record = [
			'令和６年第４回ひばりが丘市議会定例会会議録（第３号）',
			'',
			'発言者一覧',
			'　○議長（山田 太郎君）',
			'　○３番（田中 一郎君）',
			'　○市長（佐々木 正君）',
			'',
			'令和６年１２月４日（水曜日）',
			'出席議員（２名）',
			'　　３番　田中 一郎君　　　１８番　山田 太郎君',
			'午前１０時開議',
			'○議長（山田 太郎君）　ただいまから本日の会議を開きます。',
			'○３番（田中 一郎君）　学校給食費の無償化について伺います。',
			'○市長（佐々木 正君）　お答えいたします。',
		];
		const result = parseLines(record);
		expect(result.family).toBe('assembly');
		expect(result.meeting?.date).toBe('2024-12-04');
		expect(result.meeting?.start).toBe('10:00');
		expect(result.meeting?.participants.map((group) => group.members.length)).toEqual([2]);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（山田 太郎君）', 'ただいまから本日の会議を開きます。'],
			['３番（田中 一郎君）', '学校給食費の無償化について伺います。'],
			['市長（佐々木 正君）', 'お答えいたします。'],
		]);
	});

	test('`議長(北村光明) …`, a full name in brackets without 君 or a mark (清水町 form), is a turn', () => {
		const record = [
			'令和7年第1回しらかば町議会臨時会会議録（第1号）',
			'令和7年5月1日（木）',
			'出席議員（2名）',
			'1番 北村 光明　　2番 佐藤 幸一',
			'午前10時00分開会',
			'事務局長(小林秀樹) 本臨時会は、一般選挙後初めての議会でございます。',
			'臨時議長(川口忠) ただいま紹介されました川口でございます。',
			'1番(北村光明) ただいま議長に就任いたしました北村でございます。',
		];
		const result = parseLines(record);
		expect(result.family).toBe('assembly');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['事務局長(小林秀樹)', '臨時議長(川口忠)', '1番(北村光明)']);
	});
});

describe('an older village record whose header items open with 一、', () => {
	const record = [
		'昭和二十七年第三回みずほ村議会定例会会議録',
		'',
		'一、招集年月日　昭和二十七年九月二十日',
		'一、招集の場所　みずほ村役場議場',
		'一、開会　昭和二十七年九月二十日午前十時三十分',
		'一、出席議員（二名）',
		'　　一番　　大　野　政　吉君　　　二番　　田　中　德　太君',
		'一、欠席議員（一名）',
		'　　九番　　木　村　儀　一君',
		'一、地方自治法第百二十一條により説明のため出席した者',
		'　　村　　長　　齋　藤　豐　作君　　助　　役　　長谷川　喜　一君',
		'一、本会議の書記',
		'　　書記長　　石　川　信　義　　　書　　記　　前　田　ハ　ツ',
		'',
		'○議長（大野政吉君）　只今から定例会を開会致します。',
		'○村長（齋藤豐作君）　提案理由を説明致します。',
	];
	const result = parseLines(record);

	test('each item is read without its 一、: the place, the rolls, the officials by 第百二十一條, the clerks', () => {
		expect(result.family).toBe('assembly');
		expect(result.meeting?.location).toBe('みずほ村役場議場');
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['出席議員', [['大野政吉', null], ['田中德太', null]]],
			['欠席議員', [['木村儀一', null]]],
			['説明のため出席した者', [['齋藤豐作', '村長'], ['長谷川 喜一', '助役']]],
			['事務局職員', [['石川信義', '書記長'], ['前田ハツ', '書記']]],
		]);
	});
});
