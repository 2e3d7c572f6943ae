import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** Minutes kept in a spreadsheet and saved as CSV: the speaker's name and post in columns of their own. */
const SHEET = [
	'第５回みどり市環境審議会　議事録,,',
	'令和６年１０月１５日,,',
	'発言者,役職,発言内容',
	'青木,会長,"ただいまから第５回みどり市環境審議会を開会いたします。',
	'本日は委員７名中６名の出席をいただいております。"',
	'小野寺,環境政策課長,資料１に基づき、中間見直しの考え方を説明いたします。',
	'佐伯,委員,家庭部門の取組をどう進めるのか伺いたい。',
	'青木会長,会長,以上で本日の審議を終了いたします。',
	'',
].join('\r\n');

describe('a spreadsheet of turns with a column of posts', () => {
	test('each turn is its speaker with the post after the name', () => {
		const { meeting, diagnostics } = parseMinutes(SHEET, { source: 'shingikai.csv', sourceHash: '0'.repeat(64) });
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text.split('\n')[0]])).toEqual([
			['青木会長', 'ただいまから第５回みどり市環境審議会を開会いたします。'],
			['小野寺環境政策課長', '資料１に基づき、中間見直しの考え方を説明いたします。'],
			['佐伯委員', '家庭部門の取組をどう進めるのか伺いたい。'],
			['青木会長', '以上で本日の審議を終了いたします。'],
		]);
		expect(diagnostics.filter((diagnostic) => diagnostic.code === 'unnamed-speakers')).toEqual([]);
	});
});
