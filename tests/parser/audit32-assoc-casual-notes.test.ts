/**
 * A circle's or a club's meeting notes typed casually: points of who said what after a bullet or an arrow, the name with or
 * without an honorific before a colon (`・田中：…`, `→山田さん：…`), speech without full stops and with emoji, topics marked
 * `■`, and blocks of decisions and tasks (`【決定事項】`, `【TODO】`) whose points are no one's words.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseLines, turnsOf } from './unseen-helpers.ts';

const notes = [
	'テニスサークル 定例ミーティング議事録',
	'2024/10/09（水） 昼休み＠部室',
	'参加：田中、山田、佐々木、松井、黒田（敬称略）',
	'書記：松井',
	'',
	'■夏合宿の振り返り',
	'・田中：参加者28人で過去最多！お疲れさまでした🙌',
	'・山田：宿の食事が少なかったという声が多かった',
	'→山田さん：来年は別の宿も候補に入れる',
	'・佐々木：バスの手配がギリギリだった💦',
	'',
	'■秋の大会について',
	'・黒田：エントリー締切は10/20',
	'→黒田さん：ペア表を作ってLINEで共有します',
	'',
	'【決定事項】',
	'・来年の合宿は宿を比較検討する',
	'',
	'【TODO】',
	'・黒田：ペア表作成（10/11まで）',
	'・山田：宿の候補リストアップ',
	'',
	'【次回】10/16（水）昼休み＠部室',
];

describe('a circle’s casual meeting notes', () => {
	const result = parseLines(notes);

	test('are read as minutes, not kept as a plain document', () => {
		expect(result.diagnostics.map((d) => d.message)).toEqual([]);
		expect(result.meeting?.date).toBe('2024-10-09');
	});

	test('each point of who said what is that member’s remark', () => {
		expect(turnsOf(result)).toEqual([
			['田中', '参加者28人で過去最多！お疲れさまでした🙌'],
			['山田', '宿の食事が少なかったという声が多かった'],
			['山田', '来年は別の宿も候補に入れる'],
			['佐々木', 'バスの手配がギリギリだった💦'],
			['黒田', 'エントリー締切は10/20'],
			['黒田', 'ペア表を作ってLINEで共有します'],
		]);
	});

	test('decisions, tasks and the next meeting are kept as the record’s, no one’s words', () => {
		const body = bodyText(result);
		for (const kept of ['決定事項来年の合宿は宿を比較検討する', 'TODO黒田ペア表作成10/11まで山田宿の候補リストアップ', '次回10/16水昼休み@部室']) expect(body).toContain(kept);
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['夏合宿の振り返り', '秋の大会について', '決定事項', 'TODO']);
	});
});
