/**
 * An association's roll that counts its board and names them in a bracket after the count (`出席理事　５名（山本一郎、川口二郎、
 * 森田三郎）`, `欠席理事　２名（理事　浅野　光、理事　井上　聡）`): the count a note on the group, each name a member; a line of how
 * many the body has (`監事総数　２名`, `理事定数　１５名`) is a note, no member; a count's bracket that says something else
 * (`うちWeb出席２名`) is a note with its count (`７名（うちWeb出席２名）`: the count had been left out).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const tail = ['', '５．議事の経過の要領及びその結果', '　議長は開会を宣した。', '第１号議案　決算承認の件', '　議長が諮ったところ、全員異議なく承認可決した。'];
const rolls = (lines: readonly string[]) =>
	parseLines([...lines, ...tail], 'rijikai.txt').meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.title, member.name])]);

describe('a board’s roll counted, the names in brackets', () => {
	test('reads each name in the bracket as a member, the count as the note', () => {
		expect(
			rolls([
				'一般社団法人みどり環境協会　第42回理事会議事録',
				'',
				'１．日　時　　令和６年６月１０日（月）午後２時から午後３時３０分まで',
				'２．場　所　　当法人会議室',
				'３．理事総数　　７名',
				'　　出席理事　　５名（山本一郎、川口二郎、森田三郎、池田四郎、石井五郎）',
				'　　監事総数　　２名',
				'　　出席監事　　１名（岡本六子）',
				'４．欠席理事　　２名（理事　浅野　光、理事　井上　聡）',
			]),
		).toEqual([
			[
				'出席理事',
				'５名、監事総数２名',
				[
					['理事', '山本一郎'],
					['理事', '川口二郎'],
					['理事', '森田三郎'],
					['理事', '池田四郎'],
					['理事', '石井五郎'],
				],
			],
			['出席監事', '１名', [['監事', '岡本六子']]],
			['欠席理事', '２名', [['理事', '浅野　光'], ['理事', '井上　聡']]],
		]);
	});

	test('keeps a bracket that notes how they came', () => {
		expect(rolls(['理事会議事録', '', '１．日時　令和６年６月１０日（月）午後２時', '２．場所　当法人会議室', '３．出席理事　７名（うちWeb出席２名）'])).toEqual([['出席理事', '７名（うちWeb出席２名）', []]]);
	});
});
