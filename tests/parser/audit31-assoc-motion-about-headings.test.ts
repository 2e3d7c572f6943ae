/**
 * An owners' association's 総会 heading each motion of its listed agenda by its number and について (`第１号議案について`,
 * `第３号議案について（特別決議）`): a heading of its own that the agenda's item links to, never a line of the paragraph around it.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const meeting = () =>
	parseLines(
		[
			'パークサイド緑町管理組合　第１５期通常総会議事録',
			'',
			'１．開催日時　　令和６年６月９日（日）午後２時００分～午後４時１０分',
			'２．開催場所　　１階集会室',
			'３．議案',
			'　第１号議案　第１５期事業報告承認の件',
			'　第２号議案　管理規約一部改正の件',
			'',
			'４．議事の経過及び結果',
			'　理事長が議長となり、本総会が成立した旨を報告した。',
			'第１号議案について',
			'　議長が賛否を諮ったところ、賛成多数で承認可決された。',
			'第２号議案について（特別決議）',
			'　採決の結果、組合員総数及び議決権総数の各４分の３以上の賛成により承認可決された。',
		],
		'sokai.txt',
	).meeting;

describe('a motion headed by its number and について', () => {
	test('heads its section, the agenda’s item linked to it', () => {
		const read = meeting();
		const titles = new Map(read?.sections.map((section) => [section.id, section.title]));
		expect(read?.agenda.map((item) => [item.number, item.section === null ? null : titles.get(item.section)])).toEqual([
			[1, '第１号議案について'],
			[2, '第２号議案について（特別決議）'],
		]);
	});
});
