/**
 * Markdown minutes from the eleventh audit's note-taking templates: Hugo's TOML front matter between `+++` lines, a
 * `## 概要` heading over the `### 日時` / `### 場所` / `### 出席者` fields, points attributed at their end to a two-word
 * Latin name, and an Obsidian template that writes who spoke and what they said as two fields of a list.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('a Hugo archetype’s minutes', () => {
	const result = parseLines(
		[
			'+++',
			'#テンプレート：議事録',
			"title = '2025 04 12 定例会'",
			'date = 2025-04-12T21:30:00+09:00',
			'draft = false',
			'tags = ["Type:Minutes", "定例会"]',
			'+++',
			'',
			'## 概要',
			'',
			'### 日時',
			'',
			'2025/04/12(土)　 20:00 ～ 21:30',
			'',
			'### 場所',
			'',
			'Discord',
			'',
			'### 出席者(敬称略)',
			'',
			'なかた、Ken Ishii、mori、あゆみ',
			'',
			'## 議論内容',
			'',
			'- 検証記事は公開前に2人でレビューしたほうがいい(あゆみ)',
			'  - 1人レビューにして、公開後1週間は修正歓迎とする案もある(mori)',
			'- 画像はリポジトリに直接置くと重くなる(Ken Ishii)',
		],
		'minutes.md',
	);

	test('is titled and dated by its TOML front matter, the fields under 概要 read', () => {
		expect(result.family).toBe('markup');
		expect(result.meeting?.title).toBe('2025 04 12 定例会');
		// (The date Hugo writes into the title from the file's name is no part of the body's name.)
		expect(result.meeting?.series).toBe('定例会');
		expect(result.meeting?.date).toBe('2025-04-12');
		expect([result.meeting?.start, result.meeting?.end, result.meeting?.location]).toEqual(['20:00', '21:30', 'Discord']);
	});

	test('gives each point to the participant named after it', () => {
		expect(turnsOf(result)).toEqual([
			['あゆみ', '検証記事は公開前に2人でレビューしたほうがいい'],
			['mori', '1人レビューにして、公開後1週間は修正歓迎とする案もある'],
			['Ken Ishii', '画像はリポジトリに直接置くと重くなる'],
		]);
	});
});

describe('an Obsidian template’s speaker and words as two fields', () => {
	test('make that speaker’s remark; the fields after them stay the list they are', () => {
		const result = parseLines(
			[
				'# 商店街活性化プロジェクト 定例会議 - 2025-04-12',
				'',
				'## 基本情報',
				'- **日時**: 2025-04-12 (土) 13:30～15:00',
				'- **参加者**: 石田 美咲、岡本 剛',
				'',
				'## 議事内容',
				'',
				'### 春のスタンプラリー結果報告',
				'- **発言者**: 岡本 剛',
				'- **内容**: 参加者は延べ1,240人で、昨年より約15%増えた。',
				'- **決定事項**: 秋にも同じ形式で実施する。',
				'',
				'### 夏祭りの準備',
				'- **発言者**: 石田 美咲',
				'- **内容**: 開催日は7月26日(土)で確定。',
			],
			'minutes.md',
		);
		expect(turnsOf(result)).toEqual([
			['岡本 剛', '参加者は延べ1,240人で、昨年より約15%増えた。'],
			['石田 美咲', '開催日は7月26日(土)で確定。'],
		]);
		expect(JSON.stringify(result.body)).toContain('決定事項: 秋にも同じ形式で実施する。');
	});
});
