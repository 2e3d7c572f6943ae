/**
 * A ward assembly's 定例会 record whose officials hold several offices in one run of posts (over 40 letters: `青葉地区総合支所
 * 総合支所長青葉地区総合支所管理課長兼務…担当課長事務取扱`), one of them named in katakana in the bracket (`（マリア・ロペス君）`).
 */
import { describe, expect, test } from 'vitest';
import { parseText, turnsOf } from './unseen-helpers.ts';

const post = '青葉地区総合支所総合支所長青葉地区総合支所管理課長兼務みなと北地区総合支所協働推進課長事務取扱';
const record = [
	'令和6年第3回あおば区議会定例会会議録（第2号）',
	'令和6年9月12日（木曜日）',
	'出席議員（2名）',
	'1番　山田太郎　　2番　川上花子',
	'○議長（川上花子君）　ただいまから本日の会議を開きます。',
	'○1番（山田太郎君）　避難民の方の支援について伺います。',
	`○${post}（マリア・ロペス君）　お答えいたします。相談窓口を各支所に設けております。`,
	'○議長（川上花子君）　本日はこれで散会します。',
].join('\n');

describe('an official of a long run of posts named in katakana', () => {
	test("speaks a turn of their own, no more words of the member's", () => {
		expect(turnsOf(parseText(record, 'aoba-2024-09-12.txt'))).toEqual([
			['議長（川上花子君）', 'ただいまから本日の会議を開きます。'],
			['1番（山田太郎君）', '避難民の方の支援について伺います。'],
			[`${post}（マリア・ロペス君）`, 'お答えいたします。相談窓口を各支所に設けております。'],
			['議長（川上花子君）', '本日はこれで散会します。'],
		]);
	});
});
