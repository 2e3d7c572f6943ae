/**
 * A PTA's or a board's minutes noting the next meeting's day after the last turn past a blank line, the word and the body's name
 * before the day, no sentence (`次回運営委員会　９月６日（金）１０時～`, `次回理事会：11月12日（火）15時から`): the record's, no more
 * words of the last speaker; the same words said in a turn stay the speaker's.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, fold, parseText } from './unseen-helpers.ts';

/** Minutes whose last turn is followed by `last`, past a blank line. */
function minutes(last: string): string {
	return [
		'令和６年度　第３回　ひばり小学校ＰＴＡ運営委員会　議事録',
		'',
		'日時：令和６年７月５日（金）　１０：００～１１：３０',
		'場所：ひばり小学校　会議室',
		'出席者：会長　青木 真由美、副会長　石田 佳奈、校長　加藤 正志',
		'',
		'【石田副会長】',
		'集計日を７月１９日に変更したいと思います。',
		'【加藤校長】',
		'夏休み中の校舎の開放日は、後日お便りで通知します。',
		'',
		last,
	].join('\n');
}

describe.each(['次回運営委員会　９月６日（金）１０時～', '次回理事会：11月12日（火）15時から', '次回　令和６年９月６日（金）'])('%s', (last) => {
	test('is kept and ends the last turn', () => {
		const result = parseText(minutes(last), 'pta.txt');
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['石田副会長', '集計日を７月１９日に変更したいと思います。'],
			['加藤校長', '夏休み中の校舎の開放日は、後日お便りで通知します。'],
		]);
		expect(bodyText(result)).toContain(fold(last));
	});
});

describe('the next meeting said in a sentence of a turn', () => {
	test('stays the speaker\'s', () => {
		const result = parseText(minutes('次回は９月６日（金）１０時からです。よろしくお願いします。'), 'pta.txt');
		expect(result.meeting?.remarks.at(-1)?.text).toBe('夏休み中の校舎の開放日は、後日お便りで通知します。\n次回は９月６日（金）１０時からです。よろしくお願いします。');
	});
});
