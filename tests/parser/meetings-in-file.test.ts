/** A file of several meetings (a year's 会議録, a Markdown file of a year's meetings) gives one record per meeting. */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const options = { source: 'a.txt', sourceHash: '0'.repeat(64) };
const meeting = (session: string, date: string, speaker: string) => [
	'━━━━━━━━━━━━━━━━━━━━',
	`第${session}回 みずほ市図書館協議会 会議録`,
	'━━━━━━━━━━━━━━━━━━━━',
	'',
	`１　日時　${date}　午後２時～午後３時`,
	'２　場所　みずほ市立図書館 会議室',
	'３　出席者　委員：岡田一郎（会長）、木村花子、工藤次郎',
	'４　議事',
	`${speaker}　本日の議題について説明をお願いします。`,
	'事務局　資料に基づき説明いたします。',
	'',
];

describe('several meetings in one file', () => {
	test('a text file: one record per meeting, each with its own title, date and line numbers', () => {
		const text = ['みずほ市図書館協議会 会議録（令和６年度）', '', ...meeting('１', '令和６年５月１６日（木）', '会長'), ...meeting('２', '令和６年１１月１４日（木）', '会長')].join('\n');
		const results = parseDocuments(text, options);
		expect(results.map((result) => [result.meeting?.title, result.meeting?.series, result.meeting?.session, result.meeting?.date])).toEqual([
			['第１回 みずほ市図書館協議会 会議録', 'みずほ市図書館協議会', 1, '2024-05-16'],
			['第２回 みずほ市図書館協議会 会議録', 'みずほ市図書館協議会', 2, '2024-11-14'],
		]);
		// The second meeting's remarks keep the file's line numbers.
		expect(results[1]?.meeting?.remarks[0]?.line).toBe(2 + 11 + 9);
	});

	test("a Markdown file of sessions under the body's heading: each session a record, titled with the body", () => {
		const markdown = ['# 広報委員会 議事録 2024年度', '', '年度の議事録をまとめています。', '', '## 第1回 2024-04-12 (金) 20:00-21:00', '', '- 場所: オンライン', '- 参加者: 山田, 佐藤', '', '### 議事', '- 山田: ニュースレターの構成を決めたい。', '- 佐藤: 表紙は写真にしましょう。', '', '## 第2回 2024-05-10 (金) 20:00-21:15', '', '- 場所: 公民館', '- 参加者: 山田, 鈴木', '', '### 議事', '- 配布先を確認した。', ''].join('\n');
		const results = parseDocuments(markdown, { ...options, source: 'a.md' });
		expect(results.map((result) => [result.family, result.meeting?.series, result.meeting?.date])).toEqual([
			['markup', '広報委員会', '2024-04-12'],
			['markup', '広報委員会', '2024-05-10'],
		]);
		// The fields under a session's dated heading are its header: its people, and their turns.
		expect(results[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['山田', '佐藤']);
		expect(results[0]?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山田', '佐藤']);
	});

	test('a title repeated at the top of each page, with no date under it, is no second meeting', () => {
		const text = ['第１回 みずほ市図書館協議会 会議録', '１　日時　令和６年５月１６日（木）　午後２時～午後３時', '２　場所　会議室', '３　議事', '会長　はじめます。', '第１回 みずほ市図書館協議会 会議録', '事務局　説明します。'].join('\n');
		expect(parseDocuments(text, options)).toHaveLength(1);
	});
});

describe('a sentence that names another session\'s minutes', () => {
	test('is no title of a meeting of its own (the file is one record, dated by its header)', () => {
		const text = [
			'令和6年度 第3回教育研究審議会議事録',
			'日時　令和6年9月19日(木)',
			'議事',
			'令和 6 年度第 2 回教育研究審議会(令和 6 年 7 月 18 日)の議事録について承認された。',
			'次回の審議会は10月17日(木)に開催することを確認した。',
		].join('\n');
		expect(parseDocuments(text, options).map((result) => result.meeting?.date)).toEqual(['2024-09-19']);
	});
});

describe('sittings under one title, each numbered by its date line', () => {
	test('a school council’s page of a year’s sittings is one record a sitting, each under the page’s title', () => {
		const text = [
			'学校運営協議会会議録(令和6年開催分)',
			'',
			'令和6年2月26日(月曜日)開催(第8回)',
			'出席9名 欠席8名',
			'【会長より】',
			'子供たちのコミュニケーション能力を高めていくことが大切。',
			'【校長より】',
			'学校でも「あいさつ週間」を計画している。',
			'',
			'令和6年3月18日(月曜日)開催(第9回)',
			'出席14名 欠席2名',
			'【議題】',
			'1.令和6年度の学校経営方針について',
			'',
			'【校長より】',
			'令和6年度は「自ら考え、伝え合う子ども」を重点目標とする。',
		].join('\n');
		const results = parseDocuments(text, { source: 'cs.txt', sourceHash: 'a'.repeat(64) });
		expect(results.map((result) => [result.meeting?.date, result.meeting?.series, result.meeting?.session, result.meeting?.remarks.map((remark) => remark.speaker)])).toEqual([
			['2024-02-26', '学校運営協議会', 8, ['会長', '校長']],
			['2024-03-18', '学校運営協議会', 9, ['校長']],
		]);
	});
});
