/**
 * More ways a file holds several meetings: a page of a year's 議事要旨 heading each sitting with a line that numbers and
 * dates it (`【第２回】　２０２４年８月２日（金）　１０：００～…`), a Markdown file of meetings under dated headings
 * (`## 5月定例会（2024-05-10）`), and a 理事会 and the 総会 it prepared on the same day; and what is none: a report's list
 * of past sittings (`開催経過`), a remark that mentions the next meeting.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const options = { source: 'a.txt', sourceHash: '0'.repeat(64) };
const summary = (text: string, source = 'a.txt') =>
	parseDocuments(text, { ...options, source }).map((result) => [result.meeting?.series, result.meeting?.session ?? null, result.meeting?.date, result.meeting?.remarks.map((remark) => remark.speaker)]);

describe("a page of a year's 議事要旨, each sitting under a line that numbers and dates it", () => {
	const page = [
		'産業振興審議会　中小企業部会　議事要旨',
		'',
		'【第１回】　２０２４年５月１０日（金）　１４：００～１６：００　県庁本館４階　第３会議室',
		'出席委員：梅田部会長、岡崎委員、北原委員',
		'主な意見',
		'・事業承継の相談件数が増えているが、支援機関同士の連携が弱い。（岡崎委員）',
		'・賃上げ促進税制の周知が不十分である。（北原委員）',
		'',
		'【第２回】　２０２４年８月２日（金）　１０：００～１２：００　オンライン開催',
		'出席委員：梅田部会長、岡崎委員、堀内委員',
		'主な意見',
		'・人手不足対策として外国人材の受入れ支援を拡充してほしい。（堀内委員）',
		'梅田部会長：次回は施策の重点化について議論したい。',
		'',
		'第3回 令和6年11月15日(金) 14:00～15:30 県庁本館4階',
		'出席委員：梅田部会長、岡崎委員',
		'主な意見',
		'・重点施策は３つ程度に絞るべき。（岡崎委員）',
	].join('\n');

	test('one record a sitting, in the body\'s series, numbered and timed by its line, each with its roll', () => {
		expect(summary(page)).toEqual([
			['産業振興審議会　中小企業部会', 1, '2024-05-10', ['岡崎委員', '北原委員']],
			['産業振興審議会　中小企業部会', 2, '2024-08-02', ['堀内委員', '梅田部会長']],
			['産業振興審議会　中小企業部会', 3, '2024-11-15', ['岡崎委員']],
		]);
		const results = parseDocuments(page, options);
		expect(results.map((result) => [result.meeting?.start, result.meeting?.end])).toEqual([
			['14:00', '16:00'],
			['10:00', '12:00'],
			['14:00', '15:30'],
		]);
		expect(results[1]?.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['梅田', '岡崎', '堀内']);
		// Each keeps the file's line numbers.
		expect(results[2]?.meeting?.remarks[0]?.line).toBe(18);
	});

	test("a report's list of past sittings is no set of meetings", () => {
		const report = [
			'地域交通検討会（第5回）',
			'日時　令和6年9月10日（火）14:00～16:00',
			'出席委員　山田座長、佐藤委員、鈴木委員',
			'議事',
			'山田座長：これまでの開催経過を確認します。',
			'開催経過',
			'第1回　令和6年4月10日（水）　論点整理',
			'第2回　令和6年5月15日（水）　ヒアリング',
			'第3回　令和6年6月20日（木）',
			'第4回　令和6年7月18日（木）',
			'佐藤委員：第2回のヒアリング結果を踏まえるべきです。',
			'鈴木委員：賛成です。',
		].join('\n');
		expect(summary(report)).toEqual([['地域交通検討会', 5, '2024-09-10', ['山田座長', '佐藤委員', '鈴木委員']]]);
	});
});

describe('a Markdown file of meetings under dated headings', () => {
	const meeting = (heading: string, speaker: string) => [heading, '', '- 場所: 市民活動センター', '- 参加者: 高野, 竹中, 本間', '', '### 内容', `- ${speaker}: 備蓄品の点検は5月中に行う。`, '- 竹中: 炊き出しの食材費は助成を申請したい。', ''];

	test.each([
		['## 4月定例会（2024-04-12）', '## 5月定例会（2024-05-10）'],
		['## 2024-04-12 定例会', '## 2024-05-10 定例会'],
		['## 2024年4月12日', '## 2024年5月10日'],
	])('%s / %s: one record a heading, titled with the file\'s body', (first, second) => {
		const markdown = ['# 防災ボランティア連絡会 議事録 2024', '', ...meeting(first, '高野'), ...meeting(second, '本間')].join('\n');
		expect(summary(markdown, 'a.md')).toEqual([
			['防災ボランティア連絡会', null, '2024-04-12', ['高野', '竹中']],
			['防災ボランティア連絡会', null, '2024-05-10', ['本間', '竹中']],
		]);
	});

	test('the next meeting announced under a dated heading is no meeting of the file', () => {
		const markdown = ['# 防災ボランティア連絡会 議事録 2024-04-12', '', ...meeting('## 内容', '高野'), '## 次回予定（2024-05-10）', '', '- 場所: 市民活動センター', '- 参加者: 全員', '- 議題: 訓練の役割分担', '- 持ち物: なし', '- 備考: 雨天決行', '- 連絡: 高野まで'].join('\n');
		expect(summary(markdown, 'a.md').map((record) => record[2])).toEqual(['2024-04-12']);
	});
});

describe("a 理事会 and the 総会 it prepared, on the same day", () => {
	const board = ['第１５回　理事会議事録', '', '日時　令和６年５月１８日（土）　午前１０時～午前１０時４５分', '場所　こだま会館　研修室', '出席理事　原口理事長、清水副理事長、岡田理事', '', '原口理事長：本日の総会に提出する議案の最終確認を行います。', '清水副理事長：第３号議案の予算書の誤記を差し替えます。', '原口理事長：では総会に提出することで承認してよろしいか。', ''];
	const general = ['第１５回　通常総会議事録', '', '日時　令和６年５月１８日（土）　午後１時～午後２時３０分', '場所　こだま会館　大ホール', '', '原口理事長：ただいまから第１５回通常総会を開会します。', '清水副理事長：資料１ページのとおりです。', '原口理事長：承認されました。'];

	test('are two records, each in its own series', () => {
		expect(summary([...board, ...general].join('\n'))).toEqual([
			['理事会', 15, '2024-05-18', ['原口理事長', '清水副理事長', '原口理事長']],
			['通常総会', 15, '2024-05-18', ['原口理事長', '清水副理事長', '原口理事長']],
		]);
	});

	test("but a PDF's running head that names the body over the same title, the same day, is no second meeting", () => {
		const text = ['特定非営利活動法人　こどもの居場所ネットワークかわせみ', '　　第３回理事会　議事録', '', '日時　令和５年１１月２５日（土）　午前１０時～午前１１時', '場所　事務所', '出席理事　原口理事長、清水理事、岡田理事', '', '原口理事長：本日の議案を確認します。', '清水理事：第１号議案の資料を説明します。', '', '－　１　－', '', 'かわせみ　第３回理事会議事録（令和５年１１月２５日）', '', '岡田理事：助成金の申請について質問します。', '原口理事長：申請は来月です。', '清水理事：承知しました。', '岡田理事：ありがとうございます。'];
		expect(summary(text.join('\n')).map((record) => record[2])).toEqual(['2023-11-25']);
	});

	test("but one meeting's title again over its appendix, the same day, is no second meeting", () => {
		const appendix = ['第１５回　理事会議事録　別紙', '', '日時　令和６年５月１８日（土）', '第３号議案　令和６年度収支予算書（差替）', '事業収入　１，２００千円', '事業支出　１，１５０千円', '差引　５０千円'];
		expect(summary([...board, ...appendix].join('\n')).map((record) => record[0])).toEqual(['理事会']);
	});
});
