import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/**
 * Minutes kept in a spreadsheet and saved as CSV whose speaker's column names an official by post and whose post column
 * gives the side (`観光課長` | `事務局`): the official of the secretariat speaks, `事務局（観光課長）`, where the two cells had
 * run together as one label (`観光課長事務局`). A member's surname and role still read `泉委員`.
 */
const SHEET = [
	'会議名,第２回　ゆうなぎ市観光振興会議,,',
	'開催日,2024/10/21,,',
	'番号,発言者,役職,発言',
	'1,赤坂,座長,"それでは第２回会議を始めます。',
	'本日は委員４名全員の出席です。"',
	'2,観光課長,事務局,資料１により観光客数の推移を説明します。',
	'3,泉,委員,宿泊客の割合はどうでしょうか。',
	'4,観光課長,事務局,宿泊は全体の２割にとどまっています。',
	'',
].join('\r\n');

describe('a spreadsheet whose post column gives an official’s side', () => {
	test('the official speaks as the side’s post', () => {
		const { meeting } = parseMinutes(SHEET, { source: 'yunagi-kanko.csv', sourceHash: '0'.repeat(64) });
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text.split('\n')[0]])).toEqual([
			['赤坂座長', 'それでは第２回会議を始めます。'],
			['事務局（観光課長）', '資料１により観光客数の推移を説明します。'],
			['泉委員', '宿泊客の割合はどうでしょうか。'],
			['事務局（観光課長）', '宿泊は全体の２割にとどまっています。'],
		]);
	});
});
