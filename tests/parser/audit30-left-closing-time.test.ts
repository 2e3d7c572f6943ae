/**
 * A sitting whose close the record gives only inside the chair's last words: set after them on their line
 * (`…本日はこれで散会いたします。（午後３時１５分散会）`) or said with the clock (`これをもって午後三時十五分散会いたします。`).
 * Either is the meeting's end; a clock the chair names for anything else (`午後三時まで休憩いたします`) is not.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

const HEADER = ['令和６年第３回北川町議会定例会会議録（第２号）', '', '令和６年９月１０日（火曜日）', '', '出席議員（２名）', '　１番　青木　　翔　　　２番　森　　正樹', '', '　　　　　　　　　　開議　午前１０時００分'];

describe("the close inside the chair's last words", () => {
	test('`（午後３時１５分散会）` after the words on their line ends the sitting', () => {
		const meeting = read([...HEADER, '○議長（森　正樹君）　ただいまから本日の会議を開きます。', '○１番（青木　翔君）　質問します。', '○議長（森　正樹君）　以上で本日の日程は全部終了しました。', '　本日はこれで散会いたします。（午後３時１５分散会）']);
		expect([meeting?.start, meeting?.end]).toEqual(['10:00', '15:15']);
	});

	test('the clock the chair says with 散会いたします ends the sitting, not one named for a recess', () => {
		const meeting = read([...HEADER, '○議長（森　正樹君）　ただいまから本日の会議を開きます。', '○１番（青木　翔君）　質問します。', '○議長（森　正樹君）　以上をもちまして本日の会議を閉じます。これをもって午後三時十五分散会いたします。']);
		expect(meeting?.end).toBe('15:15');
		const recessed = read([...HEADER, '○議長（森　正樹君）　ただいまから本日の会議を開きます。', '○議長（森　正樹君）　午後三時まで休憩いたします。', '○１番（青木　翔君）　質問します。', '○議長（森　正樹君）　これをもって午後四時散会いたします。']);
		expect(recessed?.end).toBe('16:00');
	});

	test('`（閉会　午前１１時３０分）` after the words, the event before the clock, ends the sitting', () => {
		const meeting = read(['文教厚生常任委員会記録', '', '日　時　令和６年９月１２日（木）午前１０時', '場　所　第２委員会室', '', '○中村委員長　ただいまから委員会を開会いたします。', '○上田委員　質問します。', '○中村委員長　以上で本日の委員会を閉会いたします。（閉会　午前１１時３０分）']);
		expect([meeting?.start, meeting?.end]).toEqual(['10:00', '11:30']);
	});

	test("a committee's record whose chair closes with the clock", () => {
		const meeting = read(['東野市総務常任委員会記録', '', '日時　令和６年１１月１２日（火）午前１０時', '場所　第一委員会室', '', '○委員長　ただいまから委員会を開会します。', '○高野委員　質問します。', '○委員長　以上で本日の審査を終わります。これをもちまして午前十一時四十分閉会いたします。']);
		expect([meeting?.start, meeting?.end]).toEqual(['10:00', '11:40']);
	});
});
