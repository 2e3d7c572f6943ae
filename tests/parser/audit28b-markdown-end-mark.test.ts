/**
 * `以上` (or `（了）`) closing Markdown minutes is the record's end mark: a note after the last turn, never the last words of
 * the last speaker.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseLines, turnsOf } from './unseen-helpers.ts';

describe('an association’s minutes ending with 以上', () => {
	const lines = [
		'# 第3回 自治会役員会 議事録',
		'',
		'- 日時: 2024年4月21日（日）10:00〜11:30',
		'- 出席者: 会長 木村、副会長 林',
		'',
		'## 議事',
		'',
		'**木村**: 定刻になりましたので始めます。',
		'**林**: 防災訓練は10月の第2日曜を予定しています。',
	];

	test('after a blank line', () => {
		const result = parseLines([...lines, '', '以上'], 'jichikai.md');
		expect(turnsOf(result)).toEqual([
			['木村', '定刻になりましたので始めます。'],
			['林', '防災訓練は10月の第2日曜を予定しています。'],
		]);
		expect(notesOf(result)).toEqual(['以上']);
	});

	test('on the line after the last turn, or spaced out', () => {
		for (const mark of ['以上', '以　上', '（了）']) {
			const result = parseLines([...lines, mark], 'jichikai.md');
			expect(turnsOf(result).at(-1)).toEqual(['林', '防災訓練は10月の第2日曜を予定しています。']);
			expect(notesOf(result)).toEqual([mark]);
		}
	});

	test('after a turn under a speaker’s heading', () => {
		const result = parseLines(['# 第2回 協議会 議事録', '- 日時：令和6年9月14日', '- 出席者：前田会長', '## 議事', '### 前田会長', '', 'ただいまから開催します。', '', '以上'], 'kyogikai.md');
		expect(turnsOf(result)).toEqual([['前田会長', 'ただいまから開催します。']]);
		expect(notesOf(result)).toEqual(['以上']);
	});
});
