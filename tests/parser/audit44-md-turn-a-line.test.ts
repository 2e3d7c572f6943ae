/**
 * A team's Markdown notes write the talk one turn a line in one paragraph, `役割: 発言` or `名前：発言`, without blank lines
 * between the turns and often without a roll that names every speaker (a design review's `PM: …` / `アーキテクト: …` /
 * `QA: …` / `PM: …`, as a meeting template in a repository lays it out). The lines had been one paragraph of the section,
 * no remark. A label that comes back after another, or a paragraph in which one label is a known speaker, makes every
 * label of the paragraph a speaker; a list of keys (`背景: …` / `目的: …` / `結論: …`) names no key twice and stays text.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const notes = (roll: string, talk: string) =>
	['# 予約システム 設計レビュー 議事録', '', '## 日時', '2025-09-03 10:00-11:00', '', '## 参加者', roll, '', '## 議事録', '', talk, '', '## 決定事項', '- 同時実行制御は楽観ロックとする', ''].join('\n');

const speakers = (text: string, source: string) => parseText(text, source).meeting?.remarks.map((remark) => [remark.speaker, remark.text]);

describe('a talk written one turn a line', () => {
	test('labels that come back after another speak, with no roll naming them', () => {
		const talk = ['PM: 予約が重なったときの扱いを決めたい。', 'アーキテクト: 楽観ロックで十分です。', 'QA：衝突時のエラーメッセージを試験に含めます。', 'PM: では楽観ロックで進めます。'].join('\n');
		expect(speakers(notes('- 開発チーム', talk), 'review.md')).toEqual([
			['PM', '予約が重なったときの扱いを決めたい。'],
			['アーキテクト', '楽観ロックで十分です。'],
			['QA', '衝突時のエラーメッセージを試験に含めます。'],
			['PM', 'では楽観ロックで進めます。'],
		]);
	});

	test('one label of the roll makes the paragraph a talk', () => {
		const talk = ['佐藤: 予約が重なったときの扱いを決めたい。', '鈴木: 楽観ロックで十分です。', '田中: エラーメッセージを試験に含めます。'].join('\n');
		expect(speakers(notes('- 佐藤\n- 山口', talk), 'review.md')?.map(([speaker]) => speaker)).toEqual(['佐藤', '鈴木', '田中']);
	});

	test('a list of keys stays the section text', () => {
		const talk = ['背景: 旧システムの保守が来年で切れる。', '目的: 予約の重複をなくす。', '結論: 楽観ロックで進める。'].join('\n');
		const meeting = parseText(notes('- 佐藤\n- 山口', talk), 'review.md').meeting;
		expect(meeting?.remarks).toEqual([]);
	});
});
