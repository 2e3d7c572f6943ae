/**
 * Google Meet's transcript writes one speaker's talk over several lines in a row, each with the name
 * (`北村 彩花: はい。…` / `北村 彩花: 来週には…`): one turn, as a subtitle file's cues of one speaker are (each line had
 * been a remark of its own). A time mark between them (`00:05:00`) still parts them.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const FIRST_FORM = [
	'週次 (2024-10-18 10:00 GMT+09:00) - 文字起こし',
	'出席者',
	'浅野 陽介, 北村 彩花',
	'文字起こし',
	'00:00:00',
	' ',
	'浅野 陽介: 始めます。今週の状況をお願いします。',
	'北村 彩花: はい。問い合わせ対応が続いています。',
	'北村 彩花: 来週には落ち着く見込みです。',
	'00:05:00',
	' ',
	'北村 彩花: 以上です。',
];

describe('one speaker’s lines in a row in Meet’s transcript', () => {
	test('are one turn in its first form, parted only by a time mark', () => {
		const result = parseLines(FIRST_FORM, 'Meet 週次.txt');
		expect(turnsOf(result)).toEqual([
			['浅野 陽介', '始めます。今週の状況をお願いします。'],
			['北村 彩花', 'はい。問い合わせ対応が続いています。\n来週には落ち着く見込みです。'],
			['北村 彩花', '以上です。'],
		]);
	});

	test('are one turn in the form under `📖 文字起こし`', () => {
		const lines = ['📖 文字起こし', '2024年10月18日', '週次 - 文字起こし', '00:00:00', ' ', '浅野 陽介: 始めます。', '浅野 陽介: 状況をお願いします。', '北村 彩花: はい。'];
		const result = parseLines(lines, 'Meet 週次.txt');
		expect(turnsOf(result)).toEqual([
			['浅野 陽介', '始めます。\n状況をお願いします。'],
			['北村 彩花', 'はい。'],
		]);
	});
});
