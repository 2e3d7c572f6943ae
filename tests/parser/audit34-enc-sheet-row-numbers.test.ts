/**
 * A spreadsheet of turns whose running number counts the rows (`1` … `5`) while an agenda column names an item on the
 * first row of each: every item is a section. Numbered by the row, the second item's heading (`4．②計画改定`) had been
 * read as more of the turn above it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const sheet = [
	'会議名\t第38回 みなみ市地域公共交通協議会',
	'開催日\t2024/07/16',
	'',
	'No\t議題\t発言者\t発言内容',
	'1\t①利用状況\t有村会長\t開会します。',
	'2\t\t事務局（石川課長）\t"資料１を御覧ください。',
	'利用者は８％増です。"',
	'3\t\t村田委員\t南循環線はどうですか。',
	'4\t②計画改定\t瀬川副会長\tアンケートを早めに。',
	'5\t\t有村会長\t閉会します。',
].join('\r\n');

describe('a running number of the rows beside an agenda column', () => {
	const { meeting } = parseText(sheet, 'kotsu38.txt');

	test('each agenda cell opens a section', () => {
		expect(meeting?.sections.map((section) => section.title).filter(Boolean)).toEqual(['①利用状況', '②計画改定']);
	});

	test('each turn keeps its own words only', () => {
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['有村会長', '開会します。'],
			['事務局（石川課長）', '資料１を御覧ください。\n利用者は８％増です。'],
			['村田委員', '南循環線はどうですか。'],
			['瀬川副会長', 'アンケートを早めに。'],
			['有村会長', '閉会します。'],
		]);
	});
});
