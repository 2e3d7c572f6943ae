/**
 * A transcript that writes the same speaker again after a pause (Teams' transcript saved from Word, `森本 拓也   1:40` / … /
 * `森本 拓也   2:05` / …; Rimo's `石井 00:00:45` twice; Zoom's saved captions): one turn, the later time kept before the words it
 * stamps (it had been lost); words cut mid-sentence (`…出ておりまして、` / `参加者 2 00:31` / `最も安いのは…`) go on as one
 * sentence, no time between.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const WORD_TRANSCRIPT = [
	'販促定例-20250312_100012-会議の録音',
	'2025年3月12日, 午前 10:00',
	'',
	'文字起こし',
	'',
	'森本 拓也   0:04',
	'では始めます。',
	'',
	'小西 明美   0:21',
	'資料の2ページ目をご覧ください。',
	'',
	'森本 拓也   1:40',
	'わかりました。',
	'',
	'森本 拓也   2:05',
	'次回は3月26日でお願いします。',
	'',
	'小西 明美   2:20',
	'承知しました。',
];

const RIMO = ['開発週次', '2025/02/18 14:00', '', '石井 00:00:03', '始めます。', '', '石井 00:00:45', 'では次、インフラの方。', '', '三浦 00:01:10', '増設は完了しました。'];

describe('the same speaker stamped again after a pause', () => {
	test('Teams’ transcript saved from Word keeps the later time inside the one turn', () => {
		const turns = turnsOf(parseLines(WORD_TRANSCRIPT, 'transcript.txt'));
		expect(turns.map(([speaker]) => speaker)).toEqual(['森本 拓也', '小西 明美', '森本 拓也', '小西 明美']);
		expect(turns[2]?.[1]).toBe('1:40\nわかりました。\n2:05\n次回は3月26日でお願いします。');
		expect(turns[3]?.[1]).toBe('2:20\n承知しました。');
	});

	test('a transcription app’s export keeps each time, the words after it the speaker’s', () => {
		const turns = turnsOf(parseLines(RIMO, 'rimo_開発週次.txt'));
		expect(turns).toEqual([
			['石井', '00:00:03\n始めます。\n00:00:45\nでは次、インフラの方。'],
			['三浦', '00:01:10\n増設は完了しました。'],
		]);
	});

	test('words cut mid-sentence go on with no time between', () => {
		const notta = ['理事会', '2024-11-16 19:00:05', '', '話者 1 00:05', '報告をお願いします。', '', '話者 2 00:19', '三社から見積もりが出ておりまして、', '', '話者 2 00:31', '最も安いのは北斗建設です。', '', '話者 2 00:40', '次に工期です。', '', '話者 1 00:52', 'ありがとうございます。'];
		expect(turnsOf(parseLines(notta, 'notta.txt'))).toEqual([
			['話者 1', '00:05\n報告をお願いします。'],
			['話者 2', '00:19\n三社から見積もりが出ておりまして、\n最も安いのは北斗建設です。\n00:40\n次に工期です。'],
			['話者 1', '00:52\nありがとうございます。'],
		]);
	});
});
