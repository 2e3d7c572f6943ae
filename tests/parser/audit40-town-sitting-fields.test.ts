/**
 * The opening and the close of a sitting written side by side as two fields on one line of the header
 * (`３．開会　午前１０時００分　　閉会　午前１０時５５分`), in a town's 臨時会 and in a 全員協議会's record.
 */
import { describe, expect, test } from 'vitest';
import { readSittingFields } from '../../src/parser/date.ts';
import { parseText } from './unseen-helpers.ts';

const extraordinary = [
	'令和６年第２回ひのき町議会臨時会会議録',
	'',
	'１．日　時　令和６年５月１４日（火）',
	'２．場　所　ひのき町議会議場',
	'３．開会　午前１０時００分　　閉会　午前１０時５５分',
	'４．出席議員（４名）',
	'　　１番　　西　田　浩　一　　　　２番　　野　口　奈　美',
	'　　３番　　長谷川　　　修　　　　４番　　前　田　正　樹',
	'５．欠席議員（なし）',
	'６．地方自治法第１２１条の規定により説明のため出席した者',
	'　　町　　　長　　松　井　秀　明　　　税務課長　　　宮　本　幸　雄',
	'',
	'○議長（前田正樹君）　ただいまの出席議員は４名です。令和６年第２回ひのき町議会臨時会を開会します。',
	'○町長（松井秀明君）　専決処分の承認をお願いするものです。',
	'○２番（野口奈美君）　町民への影響額はどの程度ですか。',
	'○税務課長（宮本幸雄君）　約１２０万円の減収を見込んでおります。',
	'○議長（前田正樹君）　以上で臨時会を閉会します。',
].join('\n');

const conference = [
	'令和６年度　第３回ひのき町議会全員協議会　会議録',
	'',
	'１．日　時　令和６年７月９日（火）',
	'２．場　所　ひのき町役場　第１会議室',
	'３．開会　午後１時３０分　　閉会　午後２時４５分',
	'４．出席者',
	'　　議長　前田正樹　　副議長　本田早苗',
	'　　町長　松井秀明　　総務課長　三浦健二',
	'',
	'○議長　ただいまから全員協議会を開会します。',
	'○総務課長　資料に沿って説明いたします。',
	'○議長　以上で閉会します。',
].join('\n');

describe('the opening and the close as two fields on one line', () => {
	test('a line of two such fields gives each its event and clock; a line of other words none', () => {
		expect(readSittingFields('開会　午前１０時００分　　閉会　午前１０時５５分')).toEqual([
			{ event: '開会', clock: '10:00', item: false },
			{ event: '閉会', clock: '10:55', item: false },
		]);
		expect(readSittingFields('開　　議　　午前９時３０分')).toBeNull();
		expect(readSittingFields('町長　松井秀明　　閉会　午前１０時５５分')).toBeNull();
	});

	test("a 臨時会's header gives the sitting's start and end, its rolls and turns as before", () => {
		const meeting = parseText(extraordinary, 'hinoki-rinji.txt').meeting;
		expect([meeting?.date, meeting?.start, meeting?.end]).toEqual(['2024-05-14', '10:00', '10:55']);
		expect(meeting?.participants.map((group) => group.members.length)).toEqual([4, 2]);
		expect(meeting?.remarks).toHaveLength(5);
	});

	test("a 全員協議会's record gives them too", () => {
		const meeting = parseText(conference, 'hinoki-zenkyo.txt').meeting;
		expect([meeting?.date, meeting?.start, meeting?.end]).toEqual(['2024-07-09', '13:30', '14:45']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長', '総務課長', '議長']);
	});
});
