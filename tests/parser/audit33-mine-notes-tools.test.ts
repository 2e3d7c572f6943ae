/**
 * Notes that meeting tools write: Google Docs' meeting notes (its `@会議メモ` block: the day and the meeting's name apart by a
 * bar, `出席者:`, `添付ファイル:`, `メモ`, `アクション アイテム`), and Markdown that a recorder exports with the time into the
 * recording before each turn (`[00:00:04] 林 浩二: …`) and English field labels (`**Date:**`, `**Location:**`).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, fold, parseLines, rollsOf, turnsOf } from './unseen-helpers.ts';

const DOCS_NOTES = [
	'2024年10月15日 | 開発チーム定例',
	'',
	'出席者: 林 浩二 佐々木 美穂 大野 健',
	'',
	'添付ファイル: 開発チーム定例',
	'',
	'メモ',
	'',
	'リリース日程',
	'林 浩二が 11 月 5 日のリリースを提案し、全員が合意しました。',
	'',
	'QA',
	'佐々木 美穂 によると、テストケースは 8 割消化済みです。',
	'',
	'アクション アイテム',
	' 佐々木 美穂 - 残りのテストを金曜日までに完了する',
	'☐ 大野 健 - リリースノートを作成する',
];

describe('Google Docs’ meeting notes', () => {
	const result = parseLines(DOCS_NOTES, 'gdocs-memo.txt');

	test('the name is the title and the series, the day the date, the attendees each a participant', () => {
		expect(result.meeting?.title).toBe('開発チーム定例');
		expect(result.meeting?.series).toBe('開発チーム定例');
		expect(result.meeting?.date).toBe('2024-10-15');
		expect(rollsOf(result)).toEqual([['参加者', ['null 林 浩二', 'null 佐々木 美穂', 'null 大野 健']]]);
	});

	test('notes are no turns: a name opening a sentence and a topic over its words stay text, under their headings', () => {
		expect(turnsOf(result)).toEqual([]);
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['メモ', 'リリース日程', 'QA', 'アクション アイテム']);
		const text = bodyText(result);
		expect(text).toContain(fold('林 浩二が 11 月 5 日のリリースを提案し、全員が合意しました。'));
		expect(text).toContain(fold('佐々木 美穂 - 残りのテストを金曜日までに完了する'));
		expect(text).toContain(fold('大野 健 - リリースノートを作成する'));
		expect(text).not.toContain('☐');
	});

	test('the attachment’s line, a link without its text, is left out with a warning naming it', () => {
		expect(bodyText(result)).not.toContain(fold('添付ファイル'));
		expect(result.diagnostics.some((d) => d.line === 5 && /添付ファイル/u.test(d.message))).toBe(true);
	});
});

describe('a recorder’s Markdown with timed turns', () => {
	const result = parseLines(
		[
			'# 週次定例',
			'',
			'**Date:** 2024-10-15',
			'**Location:** 第2会議室',
			'**Participants:** 林 浩二, 佐々木 美穂',
			'',
			'## Transcript',
			'',
			'[00:00:04] 林 浩二: おはようございます。では週次定例を始めます。',
			'[00:00:10] 佐々木 美穂: QA の状況から報告します。',
			'テストケースは 8 割消化しました。',
			'大野 健 (00:00:25): 残りはいつ終わりますか。',
		],
		'tldv_週次定例.md',
	);

	test('each timed line is its speaker’s turn, the time kept before the words, a wrapped line going on the turn', () => {
		expect(turnsOf(result)).toEqual([
			['林 浩二', '[00:00:04] おはようございます。では週次定例を始めます。'],
			['佐々木 美穂', '[00:00:10] QA の状況から報告します。テストケースは 8 割消化しました。'],
			['大野 健', '[00:00:25] 残りはいつ終わりますか。'],
		]);
	});

	test('English labels give the date and the place without a warning', () => {
		expect(result.meeting?.date).toBe('2024-10-15');
		expect(result.meeting?.location).toBe('第2会議室');
		expect(result.diagnostics.map((d) => d.message)).toEqual([]);
	});
});
