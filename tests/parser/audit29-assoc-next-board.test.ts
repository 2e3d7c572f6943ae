/**
 * The next meeting named by the body as a field after the turns (`次回理事会：12月14日（土）10時`, `次回役員会の日程：…`): a note
 * of the record, as `次回日程：…` is, never a turn of a speaker called 次回理事会.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseLines, turnsOf } from './unseen-helpers.ts';

describe('an owners’ association’s board noting its next meeting', () => {
	const result = parseLines(
		[
			'さくら台ハイツ管理組合　第５回理事会　議事録',
			'',
			'日時：2024年11月9日（土）10:00～11:30',
			'場所：管理棟集会室',
			'',
			'報告事項',
			'大野理事長：滞納は2戸です。督促を継続します。',
			'長谷川理事：了解しました。',
			'',
			'次回理事会：12月14日（土）10時',
			'次回役員会の日程：1月11日（土）',
		],
		'sakuradai.txt',
	);

	test('reads the next meetings as notes, no turn', () => {
		expect(turnsOf(result)).toEqual([
			['大野理事長', '滞納は2戸です。督促を継続します。'],
			['長谷川理事', '了解しました。'],
		]);
		expect(notesOf(result)).toEqual(['次回理事会：12月14日（土）10時', '次回役員会の日程：1月11日（土）']);
	});
});
