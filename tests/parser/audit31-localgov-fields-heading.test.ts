/**
 * A council's record that heads its fields with the word for them (`（開催要領）` under the title, `開催概要` as a city's page heads
 * its table): a heading of the header, read without a warning that the line was not understood.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (heading: string) =>
	parseDocuments(
		[
			'第８５回北浜市都市計画審議会　会議録',
			'',
			heading,
			'日　時：令和５年１１月８日（水）午後１時３０分～午後３時',
			'場　所：北浜市役所　議会棟２階　全員協議会室',
			'出席委員：阿部会長、清水副会長、岩田委員',
			'',
			'阿部会長：それでは議事に入ります。議第１号について事務局から説明をお願いします。',
			'都市計画課長：資料１に基づき説明いたします。',
		].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	)[0];

describe("the heading over a council's fields", () => {
	test.each(['（開催要領）', '開催概要', '【開催概要】'])('%s is read as the fields’ heading', (heading) => {
		const parsed = parse(heading);
		expect(parsed?.meeting?.date).toBe('2023-11-08');
		expect(parsed?.meeting?.location).toBe('北浜市役所　議会棟２階　全員協議会室');
		expect(parsed?.diagnostics.filter((diagnostic) => diagnostic.line === 3)).toEqual([]);
	});
});
