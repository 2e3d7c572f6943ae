/**
 * An association's or a school's name alone under the title (`令和６年度　第２回　PTA運営委員会　議事録` / `市立ひばりが丘小学校PTA`):
 * the body the meeting is of, before the series, so that every PTA's 運営委員会 is not one series.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe("a body's name under the title", () => {
	test.each([
		['市立ひばりが丘小学校PTA', '市立ひばりが丘小学校PTA PTA運営委員会'],
		['特定非営利活動法人　さくら環境ネットワーク', '特定非営利活動法人　さくら環境ネットワーク PTA運営委員会'],
	])('%s names the series', (organisation, series) => {
		const result = read(['令和６年度　第２回　PTA運営委員会　議事録', organisation, '', '日　時：2024/6/14(金)　10:00～11:30', '場　所：会議室', '出　席：丸山会長、土屋副会長', '', '丸山会長：夏休みの行事についてご意見をいただきたいと思います。', '土屋副会長：ラジオ体操の当番表を配ります。']);
		expect([result?.meeting?.series, result?.diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-line').length]).toEqual([series, 0]);
	});

	test('a line under the title that names no body stays a line the header does not understand', () => {
		const result = read(['令和６年度　第２回　PTA運営委員会　議事録', '（速報版）', '', '日　時：2024/6/14(金)　10:00～11:30', '出　席：丸山会長、土屋副会長', '', '丸山会長：夏休みの行事についてご意見をいただきたいと思います。']);
		expect(result?.meeting?.series).toBe('PTA運営委員会');
	});
});
