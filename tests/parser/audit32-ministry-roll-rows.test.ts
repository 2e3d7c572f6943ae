/**
 * Two more rows of a council's roll: a ministry's or an agency's name heading a line of its officials after the members
 * (`文部科学省　矢野初等中等教育局長、堀野大臣官房審議官`, padded `気 象 庁　　長官、次長、総務部長`), a group of its own as the name
 * alone over the line is; and a legend of the marks with a word between (`（◎は座長）`, `（◎：座長）`), the role without it.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const HEAD = ['中央教育審議会　教育課程部会（第140回）議事録', '', '１．日時　令和６年10月25日（金曜日）10時00分～12時00分', '２．場所　文部科学省第２講堂'];

describe("a ministry's row", () => {
	test.each([
		['文部科学省　矢野初等中等教育局長、堀野大臣官房審議官', '文部科学省'],
		['気 象 庁　　矢野初等中等教育局長、堀野大臣官房審議官', '気象庁'],
	])('`%s` after the members is a group of its own', (row, group) => {
		const meeting = read([...HEAD, '３．出席者', '　委員　　　　荒瀬部会長、貞広副部会長、秋田委員', `　${row}`, '', '４．議事録', '【荒瀬部会長】  開会いたします。']);
		expect(meeting?.participants.map((found) => [found.group, found.members.map((member) => [member.name, member.title])])).toEqual([
			[
				'委員',
				[
					['荒瀬', '部会長'],
					['貞広', '副部会長'],
					['秋田', '委員'],
				],
			],
			[
				group,
				[
					[null, '矢野初等中等教育局長'],
					['堀野', '大臣官房審議官'],
				],
			],
		]);
	});
});

describe('a legend of the marks', () => {
	test.each(['（◎は座長）', '（◎：座長）'])('`%s` gives the marked member the role', (legend) => {
		const meeting = read([...HEAD, '３．出席構成員（五十音順、敬称略）', '井上　裕子、◎高木　誠、土屋　直人', legend, '', '４．議事概要', '○事務局から資料１について説明があった。']);
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['井上　裕子', null],
			['高木　誠', '座長'],
			['土屋　直人', null],
		]);
	});
});
