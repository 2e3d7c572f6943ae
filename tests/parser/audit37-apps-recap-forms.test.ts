/**
 * AI notes saved as text in the forms without the head the readers knew them by: Gemini's notes opening with their own name
 * for themselves (`… - 2025/04/08 10:00 JST - Gemini によるメモ`) or under a plain title with `概要` as the first heading, and
 * Copilot's `会議のメモ` over the meeting's name and day. Those invited are the roll, the headings sections, the meeting's name
 * the title (they had been a plain document, the invited a line of text, and `会議のメモ` the title).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseLines, rollsOf } from './unseen-helpers.ts';

const HEADLESS = [
	'防災訓練打合せ - 2025/04/08 10:00 JST - Gemini によるメモ',
	'',
	'招待済み 青山 修 杉本 玲奈 松井 大樹',
	'',
	'添付ファイル 防災訓練打合せ',
	'',
	'会議の録音',
	'',
	'まとめ',
	'青山 修 さんが訓練の流れを説明し、杉本 玲奈 さんが避難経路の変更点を示しました。',
	'',
	'詳細',
	'・訓練の流れ: 青山 修 さんは、午前九時に放送で開始する案を説明しました。',
	'・避難経路: 杉本 玲奈 さんは、東階段が工事中のため西階段を使うと述べました。',
	'',
	'推奨される次のステップ',
	'・松井 大樹 さんは、案内図を作り直します。',
];

const PLAIN = [
	'新人研修企画会議',
	'',
	'2025年4月2日',
	'',
	'招待済み 岩田 恵 坂口 勇人',
	'',
	'概要',
	'岩田 恵 さんが研修の日程案を示し、坂口 勇人 さんが講師の候補を挙げました。',
	'',
	'詳細',
	'研修の日程: 岩田 恵 さんは、四月の第三週に三日間行う案を示しました。',
	'',
	'推奨される次のステップ',
	'坂口 勇人 さんは、講師に打診します。',
];

const COPILOT = [
	'会議のメモ',
	'経理部定例',
	'2025年5月13日 9:30',
	'',
	'出席者: 大西 亮、丸山 千里',
	'',
	'会議のメモ',
	'・決算の進捗: 大西 亮は、月次の締めが予定どおり終わったと報告しました。',
	'',
	'フォローアップ タスク',
	'・監査資料の準備: 丸山 千里が五月末までにまとめる。',
];

describe('AI notes without the head they were known by', () => {
	test('Gemini’s notes opening with their name: the meeting’s name, its day, those invited', () => {
		const result = parseLines(HEADLESS, 'Gemini_防災訓練打合せ_メモ.txt');
		expect([result.meeting?.title, result.meeting?.date, result.meeting?.start]).toEqual(['防災訓練打合せ', '2025-04-08', '10:00']);
		expect(rollsOf(result)).toEqual([['参加者', ['null 青山 修', 'null 杉本 玲奈', 'null 松井 大樹']]]);
		expect(result.meeting?.sections.map((section) => section.title).filter((title) => title !== '')).toEqual(['まとめ', '詳細', '推奨される次のステップ']);
		expect(bodyText(result)).not.toContain('会議の録音');
		expect(result.meeting?.remarks).toEqual([]);
	});

	test('Gemini’s notes under a plain title: 概要 a heading, those invited the roll', () => {
		const result = parseLines(PLAIN, 'notes.txt');
		expect([result.meeting?.title, result.meeting?.date]).toEqual(['新人研修企画会議', '2025-04-02']);
		expect(rollsOf(result)).toEqual([['参加者', ['null 岩田 恵', 'null 坂口 勇人']]]);
		expect(result.meeting?.sections.map((section) => section.title).filter((title) => title !== '')).toEqual(['概要', '詳細', '推奨される次のステップ']);
		expect(bodyText(result)).not.toContain('招待済み');
	});

	test('Copilot’s 会議のメモ over the meeting’s name: the name titles it', () => {
		const result = parseLines(COPILOT, 'copilot.txt');
		expect([result.meeting?.title, result.meeting?.date, result.meeting?.start]).toEqual(['経理部定例', '2025-05-13', '09:30']);
		expect(rollsOf(result)).toEqual([['出席者', ['null 大西 亮', 'null 丸山 千里']]]);
		expect(result.meeting?.sections.map((section) => section.title).filter((title) => title !== '')).toEqual(['会議のメモ', 'フォローアップ タスク']);
	});
});
