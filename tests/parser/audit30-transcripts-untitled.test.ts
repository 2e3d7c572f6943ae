/**
 * A transcription app's text export that opens with a turn (`Speaker 1  0:02`), in a file whose name names no meeting in
 * Japanese (`otter_board_meeting_2024-03-18.txt`): the first turn is a turn, never the title.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('a transcript opening with a turn, its file named in Latin letters', () => {
	const result = parseLines(
		['Speaker 1  0:02', 'それでは理事会を始めます。', '', 'Speaker 2  0:09', 'よろしくお願いします。', '', 'Speaker 1  0:15', '最初の議題は会費の改定です。', '', 'Transcribed by https://otter.ai'],
		'otter_board_meeting_2024-03-18.txt',
	);

	test('every turn speaks, the first included', () => {
		expect(turnsOf(result)).toEqual([
			['Speaker 1', '0:02\nそれでは理事会を始めます。'],
			['Speaker 2', '0:09\nよろしくお願いします。'],
			['Speaker 1', '0:15\n最初の議題は会費の改定です。'],
		]);
	});

	test('titled as a transcript, dated by the file’s name, read as minutes without a warning', () => {
		expect([result.meeting?.title, result.meeting?.date]).toEqual(['文字起こし', '2024-03-18']);
		expect(result.diagnostics).toEqual([]);
	});
});
