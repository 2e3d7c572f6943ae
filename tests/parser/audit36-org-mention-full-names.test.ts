/**
 * Participants as a Notion page's people property writes them, mentions of full names a space apart (`@森田 奈々 @長谷川 陽介`):
 * one member each, speaking under their surname (`- 森田: …`). The line had been one member without a name, and no turn read.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'# 2024年度 第3回 理事会 議事録',
	'',
	'日時: 2024年9月21日 10:00 → 11:30',
	'場所: オンライン（Zoom）',
	'参加者: @青木 美緒 @石川 達也 @内田 千春',
	'',
	'## 議事',
	'',
	'### 1. 秋のバザー',
	'',
	'- 青木: 10月19日に実施します。',
	'- 石川: 出店は12団体の予定です。',
	'- 内田: 会計の準備は済んでいます。',
].join('\n');

describe('mentions of full names', () => {
	const meeting = parseText(text, 'notion.md').meeting;

	test('are one member each', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([['参加者', ['青木 美緒', '石川 達也', '内田 千春']]]);
	});

	test('who speak under their surnames', () => {
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['青木', '10月19日に実施します。'],
			['石川', '出店は12団体の予定です。'],
			['内田', '会計の準備は済んでいます。'],
		]);
	});
});
