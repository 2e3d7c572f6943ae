/**
 * An NPO's 理事会 as its web page lists the board: the count on the label's line (`出席理事：5名中5名（うちZoomにて出席2名）`,
 * `出席監事：1名　田島　正之`) a note on the list, the officers apart by a full-width slash (`代表理事　中井　千春／副代表理事
 * …`) one member each, and who keeps the record after them (`記録：事務局　川上`) a list of its own, not one of the auditors'.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const groups = (lines: readonly string[]) =>
	parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.name, member.title, member.affiliation])]);

describe("an NPO's board listed with slashes and counts", () => {
	test('counts as notes, each officer a member, the recorder a group of its own', () => {
		expect(
			groups([
				'NPO法人ひだまり子育てネット　第４２回理事会　議事録',
				'',
				'開催日時：2024年5月25日（土）午後2時00分～午後3時30分',
				'開催場所：ひだまりルーム（Zoom併用）',
				'出席理事：5名中5名（うちZoomにて出席2名）',
				'　代表理事　中井　千春／副代表理事　岸田　ゆかり／理事　大野　誠（Zoomにて出席）／理事　杉田　健',
				'出席監事：1名　田島　正之',
				'記録：事務局　川上',
				'',
				'■議事内容',
				'中井：総会の議案は資料のとおりとしたい。',
				'大野：異議ありません。',
			])?.map(([group, note, members]) => [group, note, group === '記録' ? [] : members]),
		).toEqual([
			[
				'出席理事',
				'5名中5名（うちZoomにて出席2名）',
				[
					['中井　千春', '代表理事', null],
					['岸田　ゆかり', '副代表理事', null],
					['大野　誠', '理事', 'Zoomにて出席'],
					['杉田　健', '理事', null],
				],
			],
			['出席監事', '1名', [['田島　正之', '監事', null]]],
			['記録', null, []],
		]);
	});
});
