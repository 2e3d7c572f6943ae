/**
 * A village's 会議録 whose members present stand in a table drawn in box characters right under the day, without a heading
 * of their own, its head row naming the columns (`│議席番号│氏　　　　名　　│議席番号│氏　　　　名　　│`): the members present.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseText } from './unseen-helpers.ts';

const record = [
	'令和６年第４回やまのえ村議会定例会会議録（第１号）',
	'',
	'令和６年１２月５日（木曜日）',
	'',
	'┌────┬──────────┬────┬──────────┐',
	'│議席番号│氏　　　　名　　│議席番号│氏　　　　名　　│',
	'├────┼──────────┼────┼──────────┤',
	'│　１番　│浜　田　隆　志　│　２番　│野　田　あゆみ　│',
	'├────┼──────────┼────┼──────────┤',
	'│　３番　│黒　田　秀　人　│　４番　│新　井　敏　郎　│',
	'└────┴──────────┴────┴──────────┘',
	'',
	'欠席議員　なし',
	'',
	'説明のため出席した者',
	'　村　　長　　高　田　雅　彦',
	'',
	'　　　　　午前１０時００分開会',
	'',
	'○議長（新井敏郎君）　ただいまから定例会を開会します。',
	'○村長（高田雅彦君）　御説明します。',
	'○議長（新井敏郎君）　本日はこれにて散会します。',
].join('\n');

describe("a box table of seats and names without a heading over it", () => {
	const result = parseText(record, 'yamanoe-2024-4-1.txt');
	const meeting = result.meeting;

	test('its members are the members present, by seat', () => {
		expect(meeting?.participants.find((group) => group.group === '出席議員')?.members.map((member) => member.name)).toEqual(['浜田隆志', '野田 あゆみ', '黒田秀人', '新井敏郎']);
	});

	test('its rows are no notes of the record', () => {
		expect(notesOf(result).filter((note) => /浜|議席/u.test(note))).toEqual([]);
	});
});

describe('such a table whose cells give the seat without 番 and the name a space after it', () => {
	const record = [
		'令和６年第１回ひばり野町議会定例会会議録（第３号）',
		'令和６年３月１２日（火曜日）',
		'',
		'┌───────┬───────┬───────┐',
		'│　議席　氏名　│　議席　氏名　│　議席　氏名　│',
		'├───────┼───────┼───────┤',
		'│１　安藤　正　│２　井上　薫　│３　内田　実　│',
		'└───────┴───────┴───────┘',
		'欠席議員　　なし',
		'',
		'○議長（内田実君）　ただいまから本日の会議を開きます。',
		'◆２番（井上薫君）　参加者数の見込みはどうですか。',
		'○議長（内田実君）　本日はこれで散会いたします。',
	].join('\n');

	test('the seat is no part of the name', () => {
		const present = parseText(record, 'hibarino-2024-1-3.txt').meeting?.participants.find((group) => group.group === '出席議員');
		expect(present?.members.map((member) => member.name)).toEqual(['安藤 正', '井上 薫', '内田 実']);
	});
});
