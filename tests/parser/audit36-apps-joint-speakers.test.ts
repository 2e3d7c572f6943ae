/**
 * Surnames of the roll joined by ・ before the colon (`石原・松田：…`, `松田・北野・小池：異議ありません。`), as minutes typed
 * during a meeting write those who say the same at once: a turn of its own under that label (it had been glued to the
 * turn above as more of its words), the turns around it kept.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const MINUTES = [
	'あおば台自治会　役員会　議事録',
	'',
	'日時：2024年7月14日（日）10:00～11:20',
	'場所：あおば台集会所（Zoom併用）',
	'出席者：会長 石原 浩一、副会長 松田 由美、会計 北野 健、書記 小池 さやか',
	'',
	'石原：盆踊り大会の準備状況を確認します。',
	'松田：昨年と同じ業者に依頼済みです。',
	'石原・松田：では、当日は八時に集合ということでお願いします。',
	'北野：予算は十五万円を見込んでいます。',
	'松田・北野・小池：異議ありません。',
	'石原：それで決定します。',
];

describe('surnames joined by ・ before the words', () => {
	test('each such label is a turn of its own, in order', () => {
		expect(turnsOf(parseLines(MINUTES, '自治会役員会_2024-07-14.txt'))).toEqual([
			['石原', '盆踊り大会の準備状況を確認します。'],
			['松田', '昨年と同じ業者に依頼済みです。'],
			['石原・松田', 'では、当日は八時に集合ということでお願いします。'],
			['北野', '予算は十五万円を見込んでいます。'],
			['松田・北野・小池', '異議ありません。'],
			['石原', 'それで決定します。'],
		]);
	});

	test('names the roll does not list stay words of the turn above', () => {
		const lines = MINUTES.map((line) => line.replace('石原・松田：', '春・夏：'));
		const turns = turnsOf(parseLines(lines, '自治会役員会_2024-07-14.txt'));
		expect(turns.map(([speaker]) => speaker)).toEqual(['石原', '松田', '北野', '松田・北野・小池', '石原']);
	});
});
