/**
 * A housing estate's owners' association (団地管理組合) has several buildings, and its board minutes give each officer's home as
 * the building and the room joined by a dash (`1-203`, `３－１０５`: 1号棟203号室), between the post and the name, in a
 * spreadsheet's cell (`理事長 1-203 香坂 修`) or a text's roll (`理事長　３－１０５　仁科　美穂`). Each row is one member: the
 * name, the post the title and the room where the member is from, as a room alone (`理事長　１０１　松井　大輔`) reads. The row
 * had been an entry naming no one.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const rowsOf = (text: string, file: string) =>
	parseText(text, file)
		.meeting?.participants.flatMap((group) => group.members)
		.map((member) => [member.name, member.title, member.affiliation]);

describe('an estate’s officers by post, building and room, and name', () => {
	test('a spreadsheet’s cells under the roll’s label', () => {
		const sheet = [
			['令和6年度 第2回 青葉台団地管理組合 理事会 議事録', ''],
			['日時', '2024年6月15日(土) 10:00〜11:30'],
			['場所', '集会所 和室'],
			['出席理事', '理事長 1-203 香坂 修'],
			['', '副理事長 3-105 仁科 美穂'],
			['', '会計 2-401 戸田 隆之'],
			['', '理事 4-302 葉山 亮'],
			['発言者', '発言内容'],
			['香坂理事長', '定刻となりましたので理事会を開会します。'],
			['戸田理事', '見積もりは三社から取っています。'],
		];
		expect(rowsOf(sheet.map((row) => row.join('\t')).join('\n'), 'board.tsv')).toEqual([
			['香坂 修', '理事長', '1-203'],
			['仁科 美穂', '副理事長', '3-105'],
			['戸田 隆之', '会計', '2-401'],
			['葉山 亮', '理事', '4-302'],
		]);
	});

	test('a text’s roll, the room in full-width figures', () => {
		const text = ['みどり台第二団地管理組合　第５回理事会　議事録', '', '日時：令和６年１０月１２日（土）１０：００～１１：３０', '場所：集会所', '出席者', '　理事長　　１－２０３　　香坂　修', '　副理事長　３－１０５　　仁科　美穂', '　理事　　　４－３０２　　葉山　亮', '', '議事', '香坂理事長：定刻となりましたので開会します。'];
		expect(rowsOf(text.join('\n'), 'board.txt')).toEqual([
			['香坂　修', '理事長', '１－２０３'],
			['仁科　美穂', '副理事長', '３－１０５'],
			['葉山　亮', '理事', '４－３０２'],
		]);
	});
});
