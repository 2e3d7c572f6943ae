/**
 * A speaker who goes on in Japanese after an English sentence over two cues of a subtitle file (Teams cuts one speaker's
 * talk into several): the turn keeps a space between the sentences, as it does between two English ones (they had run
 * together, `…schedule.テストの期間が…`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const VTT = [
	'WEBVTT',
	'',
	'3f2a1c9e/20-0',
	'00:00:18.900 --> 00:00:23.000',
	'<v John Smith>I have one concern about the QA schedule.</v>',
	'',
	'3f2a1c9e/20-1',
	'00:00:23.000 --> 00:00:26.500',
	'<v John Smith>テストの期間が短いと思います。</v>',
	'',
	'3f2a1c9e/21-0',
	'00:00:27.000 --> 00:00:29.000',
	'<v 山口 健太>では木曜に再確認しましょう。</v>',
	'',
	'3f2a1c9e/21-1',
	'00:00:29.000 --> 00:00:31.000',
	'<v 山口 健太>以上です。</v>',
];

describe('one speaker’s cues in two languages', () => {
	test('an English sentence and the Japanese after it are apart by a space; Japanese cues join as written', () => {
		const result = parseLines(VTT, '定例会議_2024-10-16.vtt');
		expect(turnsOf(result)).toEqual([
			['John Smith', '[0:00:18] I have one concern about the QA schedule. テストの期間が短いと思います。'],
			['山口 健太', '[0:00:27] では木曜に再確認しましょう。以上です。'],
		]);
	});
});
