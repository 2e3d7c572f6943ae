/**
 * A cooperative's officers present as the head named and the others counted by group (`代表理事組合長　藤本　哲也　外理事１８名、
 * 監事４名`): the counts are a note on the list, never a member named `監事４名`; a count alone among names stays an entry.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const roll = (line: string) =>
	parseLines(['みどり農業協同組合　第１８回通常総代会議事録', '', '１．開催日時　　令和６年６月２０日（木）午前１０時', '２．開催場所　　本所　大会議室', line, '', '６．議事の経過の要領及びその結果', '　定刻、組合長が開会を宣した。'], 'soudaikai.txt').meeting?.participants.map((group) => [
		group.group,
		group.note ?? null,
		group.members.map((member) => member.text),
	]);

describe('the others counted by group after the head named', () => {
	test('every count after the others is a note', () => {
		expect(roll('５．出席役員　　代表理事組合長　藤本　哲也　外理事１８名、監事４名')).toEqual([['出席役員', '外理事１８名、監事４名', ['代表理事組合長　藤本　哲也']]]);
	});

	test('a count alone among names stays an entry', () => {
		expect(roll('５．出席役員　　理事１名、監事　大崎')).toEqual([['出席役員', null, ['理事１名', '監事　大崎']]]);
	});
});
