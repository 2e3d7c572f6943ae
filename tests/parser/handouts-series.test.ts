import { describe, expect, test } from 'vitest';
import { findAgendaItems } from '../../src/parser/agenda.ts';
import { parseHandouts, splitHandoutNote } from '../../src/parser/handouts.ts';
import { fnv1a, seriesSlug } from '../../src/parser/series.ts';
import { readTitle } from '../../src/parser/title.ts';
import type { Diagnostic } from '../../src/parser/types.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('parseHandouts', () => {
	test.each([
		{ line: '資料 42-1-1 国際連携に関する最近の取組', id: '資料 42-1-1', title: '国際連携に関する最近の取組', note: null },
		{ line: '資料9-1 NICT サイバーセキュリティ研究所の取り組み(NICT)(一部非公開資料)', id: '資料9-1', title: 'NICT サイバーセキュリティ研究所の取り組み(NICT)', note: '一部非公開資料' },
		{ line: '参考資料 2 サイバーセキュリティタスクフォース第28回 議事要旨', id: '参考資料 2', title: 'サイバーセキュリティタスクフォース第28回 議事要旨', note: null },
		{ line: '資料4－4 日本シーサート協議会の活動(日本シーサート協議会)(一部非公開資料)', id: '資料4－4', title: '日本シーサート協議会の活動(日本シーサート協議会)', note: '一部非公開資料' },
		{ line: '資料 29-4 国際連携について【関係者限り】', id: '資料 29-4', title: '国際連携について', note: '関係者限り' },
		{ line: '資料１　会議の進め方（案）', id: '資料１', title: '会議の進め方（案）', note: null },
		{ line: '**資料2-1** 論点（構成員限り）', id: '資料2-1', title: '論点', note: '構成員限り' },
	])('$line', ({ line, ...expected }) => {
		const diagnostics: Diagnostic[] = [];
		expect(parseHandouts(lines(line), diagnostics)).toEqual([expected]);
		expect(diagnostics).toEqual([]);
	});

	test('a wrapped line continues the previous handout and can carry its note', () => {
		expect(parseHandouts(lines('資料4-1 実践的サイバー防御演習について(NICT)', '(一部非公開資料)', '資料4-2 長いタイトルの', '続き'), [])).toEqual([
			{ id: '資料4-1', title: '実践的サイバー防御演習について(NICT)', note: '一部非公開資料' },
			{ id: '資料4-2', title: '長いタイトルの続き', note: null },
		]);
	});

	test('a line before any handout is a warning with its line number', () => {
		const diagnostics: Diagnostic[] = [];
		expect(parseHandouts(lines('', '配付資料一覧は別紙', '資料1 本体'), diagnostics)).toEqual([{ id: '資料1', title: '本体', note: null }]);
		expect(diagnostics).toEqual([{ severity: 'warning', code: 'unparsed-handout', line: 2, message: expect.stringContaining('資料 1-1') }]);
	});

	test('only note-like brackets are split off', () => {
		expect(splitHandoutNote('取組（NTT）')).toEqual({ title: '取組（NTT）', note: null });
		expect(splitHandoutNote('取組（非公開）')).toEqual({ title: '取組', note: '非公開' });
	});
});

describe('seriesSlug', () => {
	test.each([
		{ name: 'サイバーセキュリティタスクフォース', slug: 'cybersecurity-task-force' },
		{ name: 'ICT サイバーセキュリティ政策分科会', slug: 'ict-cybersecurity-subcommittee' },
		{ name: 'ICTサイバーセキュリティ政策分科会', slug: 'ict-cybersecurity-subcommittee' },
		{ name: 'ＩＣＴ　サイバーセキュリティ政策分科会', slug: 'ict-cybersecurity-subcommittee' },
	])('$name → $slug', ({ name, slug }) => {
		expect(seriesSlug(name)).toBe(slug);
	});

	test.each(['toString', '__proto__', 'constructor', 'hasOwnProperty'])('a series called %s is just a name', (name) => {
		expect(seriesSlug(name)).toBe(`series-${fnv1a(name)}`);
		expect(seriesSlug(name, { [name]: 'own-slug' })).toBe('own-slug');
	});

	test('other series get series-<FNV-1a>', () => {
		expect(fnv1a('')).toBe('811c9dc5');
		expect(fnv1a('a')).toBe('e40c292c');
		expect(fnv1a('foobar')).toBe('bf9cf968');
		expect(seriesSlug('テスト研究会')).toBe(`series-${fnv1a('テスト研究会')}`);
		expect(seriesSlug('テスト研究会')).toMatch(/^series-[0-9a-f]{8}$/);
		expect(seriesSlug('テスト 研究会')).toBe(seriesSlug('テスト研究会'));
		expect(seriesSlug('別の研究会')).not.toBe(seriesSlug('テスト研究会'));
	});
});

describe('readTitle', () => {
	test.each([
		{ title: 'サイバーセキュリティタスクフォース（第42回）議事要旨', series: 'サイバーセキュリティタスクフォース', session: 42, kind: 'minutes' },
		{ title: '## ICT サイバーセキュリティ政策分科会（第4回）議事要旨', series: 'ICT サイバーセキュリティ政策分科会', session: 4, kind: 'minutes' },
		{ title: 'テスト研究会(第１２回) 議事録', series: 'テスト研究会', session: 12, kind: 'minutes' },
		{ title: 'テスト研究会（第四十二回）議事概要', series: 'テスト研究会', session: 42, kind: 'minutes' },
		{ title: '第5回テスト研究会 議事要旨', series: 'テスト研究会', session: 5, kind: 'minutes' },
		{ title: 'テスト研究会 報告書', series: 'テスト研究会 報告書', session: null, kind: 'document' },
		// The term (第N期) of a company or an association before its general meeting or session is no part of the body's name.
		{ title: '株式会社みらいテック 第12期定時株主総会議事録', series: '株式会社みらいテック 定時株主総会', session: null, kind: 'minutes' },
		{ title: 'さくら坂自治会 第27期(令和7年度)定時総会 議事録', series: 'さくら坂自治会 定時総会', session: null, kind: 'minutes' },
		{ title: 'パークヒルズ東が丘管理組合 第18期第5回理事会・議事録', series: 'パークヒルズ東が丘管理組合 理事会', session: 5, kind: 'minutes' },
		{ title: '第3期まちづくり計画審議会 第2回 議事録', series: '第3期まちづくり計画審議会', session: 2, kind: 'minutes' },
		{ title: '教育研究評議会議事要録', series: '教育研究評議会', session: null, kind: 'minutes' },
		// Google Meet's transcript title: the meeting's day and time, then 文字起こし.
		{ title: 'NPO法人 こども食堂ネットワーク 運営会議 (2024-11-19 19:00 GMT+09:00) - 文字起こし', series: 'NPO法人 こども食堂ネットワーク 運営会議', session: null, kind: 'minutes' },
		// The record words of assemblies and committees make minutes too (calendars and feeds list them as meetings).
		{ title: '第３回　ひかり町議会　総務常任委員会記録', series: 'ひかり町議会　総務常任委員会', session: 3, kind: 'minutes' },
		{ title: 'ひまわり市教育委員会　令和６年第５回定例会会議録', kind: 'minutes' },
		{ title: '議会運営委員会速記録第六号', kind: 'minutes' },
		{ title: '第２回　まちづくり懇談会　会議結果', kind: 'minutes' },
		// The period a body met in is no part of its series (a body meets under one name every year).
		{ title: '一般社団法人 全国地域防災士協会 令和６年度 定時社員総会 議事録', series: '一般社団法人 全国地域防災士協会 定時社員総会' },
		{ title: '2024年度 第7回 さくら台第二自治会 役員会 議事録', series: 'さくら台第二自治会 役員会', session: 7 },
		{ title: '日本沿岸環境学会　2023年度　通常総会　議事録', series: '日本沿岸環境学会　通常総会' },
		{ title: 'やまぶき町農業委員会　令和６年１１月（第１期）定例総会議事録', series: 'やまぶき町農業委員会' },
		{ title: '2025年日本国際博覧会協会 理事会（第3回）議事録', series: '2025年日本国際博覧会協会 理事会', session: 3 },
		// The record's word is no part of the series, before the session too; `会議記録` of a 会議 keeps the 会議.
		{ title: '議会運営委員会記録（第５回）', series: '議会運営委員会', session: 5 },
		{ title: '各派代表者会議記録', series: '各派代表者会議' },
		{ title: '全員協議会会議記録', series: '全員協議会' },
		{ title: '令和６年９月定例会 健康福祉常任委員会 記録', series: '健康福祉常任委員会' },
		// An association's board after the session is its series (the association also holds a 総会); a term (`第２８期`) is a period.
		{ title: 'グランフォレスト南大沢管理組合 第２８期 第６回 理事会 議事録', series: 'グランフォレスト南大沢管理組合 理事会', session: 6 },
		{ title: '特定非営利活動法人 みどりの里山ネットワーク 第３２回 理事会 議事録', series: '特定非営利活動法人 みどりの里山ネットワーク 理事会', session: 32 },
	])('$title', ({ title, ...expected }) => {
		expect(readTitle(title, null)).toMatchObject(expected);
	});

	test('without a session the issuer line names the series', () => {
		expect(readTitle('前回までの御議論について', 'サイバーセキュリティタスクフォース事務局')).toEqual({
			title: '前回までの御議論について',
			series: 'サイバーセキュリティタスクフォース',
			session: null,
			kind: 'document',
		});
	});
});

describe('findAgendaItems', () => {
	test('several items in one text, kanji and full-width numbers, nested brackets', () => {
		expect(
			findAgendaItems('◆議題（1）「ガイドライン」について説明、議題(２)「「NOTICE」の取組」について説明、議題（三）「国際連携」について。'),
		).toEqual([
			{ number: 1, title: 'ガイドライン', label: '議題（1）ガイドライン' },
			{ number: 2, title: '「NOTICE」の取組', label: '議題(２)「NOTICE」の取組' },
			{ number: 3, title: '国際連携', label: '議題（三）国際連携' },
		]);
	});

	test('references without 「」 are not agenda items', () => {
		expect(findAgendaItems('なお、上原構成員は議題（1）の自由討論終了後に途中退席された。')).toEqual([]);
	});
});
