/**
 * A transcription app's export whose first line is the meeting's name as a field, `タイトル：地域交流会 打合せ` or
 * `【タイトル】…`: the name without the label titles the record (the label had stayed in the title and the series).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const EXPORT = ['{FIRST}', '日時：2025/08/19 13:30', '参加者：石田 悠、野口 彩', '', '[00:00:02] 石田 悠', '始めます。', '', '[00:00:09] 野口 彩', 'よろしくお願いします。'];

describe('a first line labelled タイトル', () => {
	test.each(['タイトル：広報誌 編集会議', '【タイトル】広報誌 編集会議', 'タイトル: 広報誌 編集会議'])('%s titles the record by the name', (first) => {
		const result = parseLines(EXPORT.map((line) => line.replace('{FIRST}', first)), 'export.txt');
		expect([result.meeting?.title, result.meeting?.series, result.meeting?.date]).toEqual(['広報誌 編集会議', '広報誌 編集会議', '2025-08-19']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['石田 悠', '野口 彩']);
	});
});
