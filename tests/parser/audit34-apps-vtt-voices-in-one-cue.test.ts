/**
 * WebVTT lets one cue hold several voices, each line opened by its own tag (`<v 近藤 愛>…</v>` over `<v 宮下 隼>…</v>`), as
 * speakers who talk over each other are captioned: each voice's words are that speaker's turn, at the cue's time (the
 * second voice's words had gone to the first).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const VTT = [
	'WEBVTT',
	'',
	'00:00:01.000 --> 00:00:05.500',
	'<v 近藤 愛>では編集会議を始めます。</v>',
	'<v 宮下 隼>よろしくお願いします。</v>',
	'',
	'00:00:06.000 --> 00:00:12.000',
	'<v 近藤 愛>新年号の特集は地域の防災です。',
	'写真は十点ほど必要です。</v>',
	'',
	'00:00:12.500 --> 00:00:15.000',
	'<v 宮下 隼>撮影は来週行きます。</v>',
	'<v 近藤 愛>お願いします。</v>',
	'',
].join('\n');

describe('several voices in one cue', () => {
	test('each voice speaks its own lines, in order, at the cue’s time', () => {
		const { meeting } = parseText(VTT, '編集会議_2024-12-16.vtt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['近藤 愛', '[0:00:01] では編集会議を始めます。'],
			['宮下 隼', '[0:00:01] よろしくお願いします。'],
			['近藤 愛', '[0:00:06] 新年号の特集は地域の防災です。写真は十点ほど必要です。'],
			['宮下 隼', '[0:00:12] 撮影は来週行きます。'],
			['近藤 愛', '[0:00:12] お願いします。'],
		]);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['近藤 愛', '宮下 隼']);
	});

	test('a second voice’s turn keeps the line it was written on', () => {
		const { meeting } = parseText(VTT, '編集会議_2024-12-16.vtt');
		expect(meeting?.remarks[1]?.line).toBe(5);
	});

	test('one voice over several lines stays one turn', () => {
		const { meeting } = parseText(['WEBVTT', '', '00:00:01.000 --> 00:00:05.500', '<v 近藤 愛>では始めます。', '続けて報告です。</v>', ''].join('\n'), '編集会議_2024-12-16.vtt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([['近藤 愛', '[0:00:01] では始めます。続けて報告です。']]);
	});
});
