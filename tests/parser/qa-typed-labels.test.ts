/**
 * Q&A turns of residents' groups, owners' associations and cooperatives: what the turn is with who in brackets
 * before a colon (`Q1(5班 会員):`, `質問(305号室):`, `回答(吉岡):`), a surname and the company it speaks for
 * (`吉岡(管理会社):`), and a bracketed kind with who alone on its line (`(質問)北部支店 山本 修一総代`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('an owners’ association’s general meeting', () => {
	const result = parseLines([
		'グリーンヒルズ管理組合 第22期通常総会 議事録',
		'1. 日時 令和6年5月26日(日) 午前10時00分～11時30分',
		'2. 場所 集会室',
		'3. 議事',
		'議長:第1号議案について、管理会社より説明をお願いします。',
		'吉岡(管理会社):議案書4ページから、第21期の事業報告をご説明します。',
		'質問(305号室):植栽管理費が前期比で約40万円増えているが、理由は。',
		'回答(吉岡):中庭のケヤキの剪定を臨時で実施したためです。',
		'意見(612号室):足場の防犯対策として、センサーライトを設置してほしい。',
		'議長:ご意見として承ります。',
	]);

	test('each question, answer and opinion is a turn of its own', () => {
		expect(turnsOf(result)).toEqual([
			['議長', '第1号議案について、管理会社より説明をお願いします。'],
			['吉岡(管理会社)', '議案書4ページから、第21期の事業報告をご説明します。'],
			['質問(305号室)', '植栽管理費が前期比で約40万円増えているが、理由は。'],
			['回答(吉岡)', '中庭のケヤキの剪定を臨時で実施したためです。'],
			['意見(612号室)', '足場の防犯対策として、センサーライトを設置してほしい。'],
			['議長', 'ご意見として承ります。'],
		]);
	});
});

describe('a residents’ group’s numbered questions and answers', () => {
	test('Q1(…) asks and A1(…) answers, neither glued to the other', () => {
		const result = parseLines([
			'さくら台南自治会 第18期定時総会 議事録',
			'1. 開催日時: 令和6年4月21日(日) 午前10時00分~11時20分',
			'2. 議事',
			'Q1(5班 会員):夏祭りの模擬店収入が予算より少ないのはなぜか。',
			'A1(木下会長):雨天のため2日目を中止したことによる。',
			'Q2(12班 会員):集会所の修繕費の内訳を教えてほしい。',
			'A2(岡本会計):給湯器の交換に約18万円を要した。',
		]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['Q1(5班 会員)', 'A1(木下会長)', 'Q2(12班 会員)', 'A2(岡本会計)']);
	});
});

describe('a cooperative’s assembly of delegates', () => {
	test('(質問) and (答弁) with who alone on their line head the words below', () => {
		const result = parseLines([
			'あおば農業協同組合 第21回通常総代会 議事録',
			'1 日時 令和6年6月22日(土) 午前10時',
			'2 議事の経過',
			'(質問)北部支店 山本 修一総代',
			' 米の概算金について。今後の見通しを伺いたい。',
			'',
			'(答弁)代表理事専務 小松 康弘',
			' 需給は引き締まっており、前年を上回る水準を見込んでいる。',
		]);
		expect(turnsOf(result)).toEqual([
			['質問（北部支店 山本 修一総代）', '米の概算金について。今後の見通しを伺いたい。'],
			['答弁（代表理事専務 小松 康弘）', '需給は引き締まっており、前年を上回る水準を見込んでいる。'],
		]);
	});
});
