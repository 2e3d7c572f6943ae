/**
 * A Markdown file whose header is a council's numbered sections (`## 1. 日時`), as an NPO's 総会 writes it, read by the council
 * reader: the body's quote marks and strong emphasis are the file's markup, not its words (`> 東理事：…` speaks as 東理事,
 * `**第1号議案** について…` reads `第1号議案 について…`); they had been shown, and the quote mark taken into the speaker.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('an NPO’s general meeting in Markdown with numbered headings', () => {
	const lines = [
		'# 特定非営利活動法人ひまわりネット 2024年度 通常総会 議事録',
		'',
		'## 1. 日時',
		'',
		'2024年5月18日（土）13:30〜15:00',
		'',
		'## 2. 場所',
		'',
		'ひまわり市民活動センター 研修室A',
		'',
		'## 3. 議事の経過の概要及び議決の結果',
		'',
		'**第2号議案** について、理事 東 翔太より説明があった。正会員より以下の質問があった。',
		'',
		'> 山口理事：寄付金が減った理由は。',
		'> 東理事：大口の寄付者が一件減ったためです。',
		'',
		'議長が諮ったところ、賛成多数で承認された。',
	];
	const result = parseLines(lines, 'npo.md');

	test('reads the quoted turns under their speakers', () => {
		expect(turnsOf(result)).toEqual([
			['山口理事', '寄付金が減った理由は。'],
			['東理事', '大口の寄付者が一件減ったためです。'],
		]);
	});

	test('shows no emphasis or quote mark in the body', () => {
		const texts = result.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'paragraph' || block.type === 'note' ? [block.text] : [])));
		expect(texts.filter((text) => /\*\*|^>/u.test(text))).toEqual([]);
		expect(texts).toContain('第2号議案 について、理事 東 翔太より説明があった。正会員より以下の質問があった。');
	});
});
