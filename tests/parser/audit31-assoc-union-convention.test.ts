/**
 * A union's convention after its session (`ひかり電機労働組合　第５８回定期大会　議事録`, `…第３回臨時大会`): the union and the kind
 * of convention are the series, as an association's `第２１回通常総会` keeps its kind, never the union alone (its 中央委員会 and
 * 執行委員会 are series of their own).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const series = (title: string) => parseLines([title, '', '日時：２０２４年９月２１日（土）１３：００～１７：００', '会場：ひかり会館　大ホール', '', '１．開会', '　副委員長　松田：ただいまより大会を開会します。'], 'taikai.txt').meeting?.series;

describe('a union’s convention', () => {
	test('keeps its kind in the series', () => {
		expect(series('ひかり電機労働組合　第５８回定期大会　議事録')).toBe('ひかり電機労働組合　定期大会');
		expect(series('全日本ひかり労働組合連合会　第３回臨時大会議事録')).toBe('全日本ひかり労働組合連合会　臨時大会');
	});
});
