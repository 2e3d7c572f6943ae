/**
 * A board's minutes kept in a spreadsheet and saved as CSV (Shift_JIS, as Excel saves it) or tab-separated text: label rows
 * over the table (`日時,…`, `場所,…`, `議題,１．…`), the agenda's next item on a row of its own with the label cell left empty
 * (`,２．駐輪場の使用料について`), then a header row `発言者,発言内容` over the turns, and `以上` in the second column of a last
 * row (`,以上`). The empty label cell continues the label above: the agenda has both items (they had run together as one,
 * `大規模修繕…について,２．駐輪場…`), and `以上` closes the record without the comma (it had been `,以上` in the last turn).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseText } from './unseen-helpers.ts';

const rows = [
	['令和６年度　第３回　さつき台マンション管理組合理事会　議事録', ''],
	['日時', '令和６年９月２８日（土）１０時００分〜１１時４０分'],
	['場所', '集会室'],
	['出席理事', '理事長　上田　守、副理事長　三好　香、会計　杉本　光、理事　野口　翔'],
	['議題', '１．大規模修繕工事の業者選定について'],
	['', '２．駐輪場の使用料について'],
	['発言者', '発言内容'],
	['上田理事長', '本日は大規模修繕の業者選定について審議します。'],
	['松岡', '見積りは三社から提出されており、比較表を配付しております。'],
	['三好副理事長', '最安値の会社の施工実績はどうでしょうか。'],
	['杉本会計', '修繕積立金の残高で賄える範囲に収まっています。'],
	['上田理事長', 'では、次回の総会に最安値の会社を候補として諮ることとします。'],
	['', '以上'],
];

describe('a spreadsheet whose label cell is left empty for the next value', () => {
	test.each([
		['CSV', ',', 'board.csv'],
		['tab-separated', '\t', 'board.tsv'],
	])('%s: the agenda has each item, 以上 no comma', (_kind, delimiter, file) => {
		const result = parseText(rows.map((row) => row.join(delimiter)).join('\n'), file);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['大規模修繕工事の業者選定について', '駐輪場の使用料について']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['上田理事長', '松岡', '三好副理事長', '杉本会計', '上田理事長']);
		expect(result.meeting?.remarks.at(-1)?.text).toBe('では、次回の総会に最安値の会社を候補として諮ることとします。');
		expect(bodyText(result)).toContain('以上');
		expect(bodyText(result)).not.toMatch(/[,\t]以上/u);
	});
});
