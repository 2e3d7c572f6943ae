/**
 * A town's committee record (and a 合併協議会's, typed alike) whose roll sets two names a line, each padded a half-width space a
 * letter to four letters' cells and one space between the two (`木 村 大 輔 重 田 元 子`), a short name's blank letter three
 * spaces wide (`高 畑 正 男 千 田   勇`, `稲 垣   修`). The two names had run into one entry naming no one, or been cut at the
 * blank letter (`高畑正男千田` and `勇`).
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = [
	'北浦町議会広報委員会記録',
	'日　時　令和5年11月20日（月）午後2時00分開会',
	'場　所　北浦町役場　第1委員会室',
	'出席委員',
	'木 村 大 輔 重 田 元 子',
	'高 畑 正 男 千 田   勇',
	'稲 垣   修',
	'説明のため出席した者',
	'総務課長　堀 田 光 博',
	'○木村委員長 ただいまから広報委員会を開会いたします。',
	'○千田委員 一点伺います。',
	'○木村委員長 以上で閉会いたします。',
].join('\n');

describe('two names a line, each padded to four letters', () => {
	test('one member for each name', () => {
		const rolls = rollsOf(parseText(record, 'kitaura-kouhou-2023-11-20.txt'));
		expect(rolls[0]).toEqual(['出席委員', ['null 木村大輔', 'null 重田元子', 'null 高畑正男', 'null 千田 勇', 'null 稲垣 修']]);
	});
});
