/**
 * A city's 審議会 listing its members in one line with the head count in brackets after the last (`委員：奥田隆一、…、深山慎子（４名）`):
 * the count is a note on the group, no part of the last member's entry (it had stayed in that entry's text).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const roll = (members: string) =>
	parseDocuments(
		['第１回　みなと市市民参加審議会　会議録', '', '１　日時　令和６年４月２７日（水曜日）午後７時～８時５０分', '２　場所　みなと市防災センター４０２会議室', '３　出席者', members, '事務局：政策室長　富田泰', '', '○会長　ただいまから会議を始めます。', '○事務局　資料１に基づき説明します。'].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	)[0]?.meeting?.participants[0];

describe("a list's head count after its last member", () => {
	test.each([
		['委員：奥田隆一、関本昇、西村智子、深山慎子（４名）', ['奥田隆一', '関本昇', '西村智子', '深山慎子'], '４名'],
		['委員：奥田会長、関本委員、西村委員(3人)', ['奥田会長', '関本委員', '西村委員'], '3人'],
	])('%s', (line, texts, note) => {
		const group = roll(line);
		expect(group?.members.map((member) => member.text)).toEqual(texts);
		expect(group?.note).toBe(note);
	});

	test('a bracket on the last member that is no count stays theirs', () => {
		expect(roll('委員：奥田隆一、関本昇（みなと大学教授）')?.members.map((member) => [member.text, member.affiliation])).toEqual([
			['奥田隆一', null],
			['関本昇（みなと大学教授）', 'みなと大学教授'],
		]);
	});
});
