/**
 * A 合併協議会's record as its web page copies it sets each turn's label alone on its line over the words, a blank line
 * between, the post padded to the label column by half-width spaces: `議   長` (three spaces), `事 務 局 次 長`; the words
 * below are indented a space. Such labels had not been read: every turn after the first two ran into one, the 会長's.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'第８回　北川町・西山村合併協議会会議録',
	'',
	'令和５年８月２５日（金）',
	'',
	' 開 会 午後1時30分',
	'',
	'',
	'議   長',
	'',
	' 定刻となりましたので、ただ今から、第８回北川町・西山村合併協議会を開催いたします。',
	'',
	'',
	'議   長',
	'',
	' それでは、「協議第１３号」を議題といたします。事務局から説明をお願いします。',
	'',
	'',
	'事 務 局 次 長',
	'',
	' 資料３６ページになります。合併後も姉妹都市の提携を継続する案でございます。',
	'',
	'',
	'議   長',
	'',
	' ほかにございませんか。',
	' それでは、「協議第１３号」は原案のとおり決定いたします。',
	'',
	'',
	' 閉 会 午後3時10分',
].join('\n');

describe('posts padded to the label column, alone over the words', () => {
	test('each opens a turn of its own', () => {
		const { meeting } = parseText(record, 'kitagawa-nishiyama-8.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text.slice(0, 8)])).toEqual([
			['議長', '定刻となりました'],
			['議長', 'それでは、「協議'],
			['事務局次長', '資料３６ページに'],
			['議長', 'ほかにございませ'],
		]);
	});
});
