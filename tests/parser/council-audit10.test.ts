/**
 * Other bodies' minutes from the tenth audit: a broadcaster's programme council, whose station staff speak under
 * their posts alone on a line (`伊藤編成部長`, `今野プロデューサー`) with the words below.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('a broadcaster’s programme council', () => {
	test('the station’s staff speak in turns of their own, not inside a member’s', () => {
		const result = parseLines([
			'みちのく中央テレビ 第412回放送番組審議会 議事録',
			'1.開催年月日 2024年7月9日(火) 午後3時～午後4時30分',
			'2.開催場所 本社 会議室',
			'3.議事の概要',
			'佐藤委員長',
			'それでは、伊藤編成部長から説明をお願いします。',
			'伊藤編成部長',
			'7月は参議院議員選挙はございませんが、特別番組を編成いたします。',
			'千葉委員',
			'看護の場面が気になりました。',
			'今野プロデューサー',
			'看護師の方には、放送前に映像をご覧いただきました。',
		]);
		expect(turnsOf(result)).toEqual([
			['佐藤委員長', 'それでは、伊藤編成部長から説明をお願いします。'],
			['伊藤編成部長', '7月は参議院議員選挙はございませんが、特別番組を編成いたします。'],
			['千葉委員', '看護の場面が気になりました。'],
			['今野プロデューサー', '看護師の方には、放送前に映像をご覧いただきました。'],
		]);
	});
});

describe('a committee page dated by its fiscal year and a day, under the site’s contact block', () => {
	const lines = [
		'〒315-8640',
		'茨城県石岡市石岡一丁目1番地1',
		'Tel 0299(23)5600',
		'gikai@city.example.lg.jp',
		'議会中継',
		'',
		'平成29年度 議会運営委員会',
		'',
		' 第10回委員会 (1月22日)',
		'出席委員 関口忠男委員長,大和田寛樹副委員長,櫻井信幸委員',
		'',
		'関口委員長)ただ今から,議会運営委員会を開会いたします。',
		'大和田副委員長)日程について確認します。',
		'関口委員長)以上で閉会いたします。',
	];
	const result = parseLines(lines);

	test('is a record, January of the fiscal year 平成29 falling in 2018', () => {
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(result.meeting?.date).toBe('2018-01-22');
		expect(result.diagnostics.map((d) => d.code)).toContain('year-apart');
	});

	test('the contact block is no title', () => {
		expect(result.meeting?.title.startsWith('平成29年度 議会運営委員会')).toBe(true);
		expect(JSON.stringify(result.meeting)).not.toContain('〒315');
	});

	test('a day from April on falls in the fiscal year’s own calendar year', () => {
		const june = parseLines(lines.map((line) => line.replace('(1月22日)', '(6月12日)')));
		expect(june.meeting?.date).toBe('2017-06-12');
	});
});

describe('a corporation’s board and a residents’ briefing with brackets closed only', () => {
	test('`委員)` asks and `法人)` answers, each a remark of its own', () => {
		const result = parseLines([
			'公立大学法人みなと県立大学 平成26年度第2回経営協議会 議事録',
			'日時 平成26年10月30日(木) 14時～16時',
			'議事',
			'委員) 入試志願倍率の低下はどの学部か。',
			'法人) 看護栄養学部で、前年度3.8倍から2.9倍に低下しました。',
		]);
		expect(turnsOf(result)).toEqual([
			['委員', '入試志願倍率の低下はどの学部か。'],
			['法人', '看護栄養学部で、前年度3.8倍から2.9倍に低下しました。'],
		]);
	});

	test('`問）` asks and `答）…（野口主任）` answers, the answerer taken from the bracket after the words', () => {
		const result = parseLines([
			'市道拡幅工事 住民説明会 会議録',
			'日時 令和6年9月8日(日) 午前10時00分から正午まで',
			'内容',
			'問）説明会を平日の夜にもやってほしい。',
			'答）9月19日（木）午後7時から、同じ会場でもう一度開催する。（野口主任）',
			'問）資料の字が小さくて読めない。',
		]);
		expect(turnsOf(result)).toEqual([
			['問', '説明会を平日の夜にもやってほしい。'],
			['答（野口主任）', '9月19日（木）午後7時から、同じ会場でもう一度開催する。'],
			['問', '資料の字が小さくて読めない。'],
		]);
		// `正午まで`: noon ends the meeting.
		expect([result.meeting?.start, result.meeting?.end]).toEqual(['10:00', '12:00']);
	});
});

describe('a council’s summary whose body is headed ( 発 言 要 旨 ) and whose speakers stand in ＜＞ above their words', () => {
	test('the first speakers are turns, not groups of the roll', () => {
		const result = parseLines([
			'第3回みどり区男女共同参画審議会議事録(要旨)',
			'日 時:令和6年11月14日(木)午後7時00分∼',
			'出 席 者 白井会長 宮城副会長 奥津委員',
			'',
			'( 発 言 要 旨 )',
			'',
			'＜事務局＞',
			'',
			'議事進行については、白井会長にお願いしたい。',
			'',
			'＜会長＞',
			'',
			'骨子案について議事に入りたい。事務局から説明いただきたい。',
		]);
		expect(result.meeting?.participants.map((group) => group.group)).toEqual(['出席者']);
		expect(turnsOf(result)).toEqual([
			['事務局', '議事進行については、白井会長にお願いしたい。'],
			['会長', '骨子案について議事に入りたい。事務局から説明いただきたい。'],
		]);
	});
});

describe('a residents’ association’s general meeting whose parts name who speaks in them', () => {
	const result = parseLines([
		'若葉町第三町会 定期総会 議事録',
		'日 時 : 令和6年6月16日(日) 午前10時00分~11時30分',
		'会 場 : 町会会館',
		'議事',
		'',
		'会長 挨拶(石田会長)',
		'',
		' 昨年度は、4年ぶりに秋祭りの子ども神輿を出すことができました。',
		'',
		'第1号議案 令和5年度活動報告(坂井総務部長)',
		'',
		' 資料の2ページから5ページをご覧ください。',
		'',
		'第2号議案 令和5年度決算報告(小池会計)',
	]);

	test('each part is a section and its speaker’s words a remark', () => {
		expect(turnsOf(result)).toEqual([
			['石田会長', '昨年度は、4年ぶりに秋祭りの子ども神輿を出すことができました。'],
			['坂井総務部長', '資料の2ページから5ページをご覧ください。'],
		]);
		expect(result.meeting?.sections.map((section) => section.title).filter(Boolean)).toEqual(['会長 挨拶(石田会長)', '第1号議案 令和5年度活動報告(坂井総務部長)', '第2号議案 令和5年度決算報告(小池会計)']);
	});
});
