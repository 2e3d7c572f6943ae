/**
 * A 農業委員会 総会 lists its members by seat, three to a row in columns (`１番　佐藤　一郎　　２番　鈴木　花子`); where a name of
 * five letters fills its column, one space is all that is left before the next seat (`５番　伊藤　美智子　６番　渡辺　四郎`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'令和６年１２月　南谷町農業委員会総会議事録',
	'',
	'１　開催日時　　令和６年１２月１０日（火）午後１時３０分',
	'２　開催場所　　南谷町役場　２階第１会議室',
	'３　出席委員（９名）',
	'　　１番　佐藤　一郎　　２番　鈴木　花子　　３番　高橋　次郎',
	'　　４番　田中　三郎　　５番　伊藤　美智子　６番　渡辺　四郎',
	'　　１０番　加藤　八郎　１１番　吉田　久美　１２番　山田　十三',
	'',
	'議長　ただいまから総会を開会します。',
	'３番委員　１１月２８日に現地確認を行いました。問題ありません。',
].join('\n');

describe('a row of seats with one space before a seat', () => {
	const meeting = parseText(text, 'nogyo.txt').meeting;

	test('each seat is a member, none lost in a cell with the next', () => {
		expect(meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['佐藤　一郎', '鈴木　花子', '高橋　次郎', '田中　三郎', '伊藤　美智子', '渡辺　四郎', '加藤　八郎', '吉田　久美', '山田　十三']);
	});
});
