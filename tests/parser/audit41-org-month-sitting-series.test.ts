/**
 * A shopping street's or a neighbourhood association's monthly 役員会 names its sitting by the month with 度
 * (`はなみち商店会　令和６年７月度　役員会　議事録`): the month is when it met, no part of the series (it had been cut
 * before 度, the series `はなみち商店会　度　役員会`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const minutes = [
	'かえで通り商店会　令和６年１０月度　役員会　議事録',
	'',
	'日時：令和６年１０月２１日（月）１９：００～２０：００',
	'場所：かえで通り商店会事務所',
	'出席：会長　大橋、副会長　関口、会計　桑原',
	'',
	'議題',
	'１．歳末セールについて',
	'',
	'１．歳末セールについて',
	'大橋会長：今年の歳末セールは１２月１４日からです。',
	'関口副会長：抽選会の景品を今月中に決めたい。',
	'桑原会計：予算は昨年と同じ３０万円です。',
];

describe('a monthly sitting named by its month', () => {
	test('the series leaves the month out whole', () => {
		expect(parseLines(minutes, 'yakuinkai.txt').meeting?.series).toBe('かえで通り商店会　役員会');
	});
});
