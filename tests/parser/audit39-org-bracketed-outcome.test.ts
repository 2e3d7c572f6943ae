/**
 * A board's minutes that close each item with the outcome in brackets on a line of its own (`（全員賛成で可決）`,
 * `（賛成多数で承認）`) under the last turn: the record's note, no more of that speaker's words (it had been a note inside
 * the turn, its words read as the speaker's).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'ひまわり通り商店会　令和６年度　第４回役員会　議事録',
	'',
	'日時　令和６年９月３日（火）　午後７時～午後８時',
	'場所　商店会事務所',
	'出席者　会長　井口　守、副会長　北原　千里、会計　根本　一郎',
	'',
	'第１号議案　秋の感謝祭について',
	'北原副会長　１０月１２日に開催し、福引きを行います。',
	'根本会計　福引きの景品代は３万円以内に収めます。',
	'（全員賛成で可決）',
	'',
	'第２号議案　会費の改定について',
	'井口会長　来年度から月額５００円を６００円に改めたいと思います。',
	'（賛成多数で承認）',
].join('\n');

describe('an outcome in brackets under the last turn', () => {
	test('the turns keep only their speakers\' words', () => {
		const { meeting } = parseText(text, 'shotenkai.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['北原副会長', '１０月１２日に開催し、福引きを行います。'],
			['根本会計', '福引きの景品代は３万円以内に収めます。'],
			['井口会長', '来年度から月額５００円を６００円に改めたいと思います。'],
		]);
	});

	test('the outcomes are the record\'s notes', () => {
		const { body } = parseText(text, 'shotenkai.txt');
		const notes = body.flatMap((section) => section.children).flatMap((block) => (block.type === 'note' ? [block.text] : []));
		expect(notes).toEqual(['（全員賛成で可決）', '（賛成多数で承認）']);
	});
});
