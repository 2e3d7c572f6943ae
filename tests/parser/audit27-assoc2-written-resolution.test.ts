/**
 * Minutes of a board's resolution in writing titled for it (`理事会決議の省略に関する議事録（みなし決議）`, `取締役会の決議の省略に係る
 * 議事録`): the board's own record, in its series (`社会福祉法人　あけぼの会 理事会`), where `…理事会決議の省略に関する` had been a
 * series of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { readTitle } from '../../src/parser/title.ts';

describe('the series of minutes of a resolution in writing', () => {
	test.each([
		['理事会決議の省略に関する議事録（みなし決議）', '理事会'],
		['取締役会の決議の省略に係る議事録', '取締役会'],
		['第５回理事会決議の省略に関する議事録', '理事会'],
		['評議員会の決議及び報告の省略に関する議事録', '評議員会'],
	])('%s', (title, series) => {
		expect(readTitle(title, null).series).toBe(series);
	});

	test("with the association's name under the title", () => {
		const meeting = parseDocuments(
			[
				'社会福祉法人　あけぼの会',
				'理事会決議の省略に関する議事録（みなし決議）',
				'',
				'１．理事会の決議があったものとみなされた事項の内容',
				'　第１号議案　令和６年度補正予算（案）承認の件',
				'',
				'２．理事会の決議があったものとみなされた事項の提案をした理事の氏名',
				'　理事長　北川　純一',
				'',
				'３．理事会の決議があったものとみなされた日',
				'　令和６年１２月１０日',
				'',
				'上記のとおり、理事全員から書面により同意の意思表示を得たため、当該提案を可決する旨の理事会の決議があったものとみなされた。',
			].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0]?.meeting;
		expect([meeting?.series, meeting?.date]).toEqual(['社会福祉法人　あけぼの会 理事会', '2024-12-10']);
	});
});
