/**
 * A town's 全員協議会 (read as a council's record: its turns name no member) whose roll is set out by sides, each side's word
 * heading its first row, posts and names padded to the columns, and the assembly's office heading its own rows.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, rollsOf } from './unseen-helpers.ts';

const record = [
	'かわせみ町議会全員協議会　記録',
	'',
	'日　時　　令和６年８月２０日（火）　午後１時３０分～午後２時４５分',
	'場　所　　かわせみ町役場　第１会議室',
	'',
	'出席者',
	'　議会側　　議長　　　　菅　原　　　武',
	'　　　　　　副議長　　　鈴　木　恵　子',
	'　町側　　　町長　　　　千　田　康　介',
	'　　　　　　企画課長　　坪　井　　　修',
	'　事務局　　事務局長　　徳　永　　　勉',
	'　　　　　　書記　　　　富　田　菜　月',
	'',
	'○議長　　ただいまから全員協議会を開会します。',
	'○町長　　総合計画について御説明します。',
	'○議長　　これで全員協議会を閉会します。',
];

describe("a 全員協議会's roll by sides", () => {
	test("reads each side's first row as its members' and the office as a group of its own", () => {
		expect(rollsOf(parseLines(record, 'kawasemi.txt'))).toEqual([
			['議会側', ['議長 菅原 武', '副議長 鈴木恵子']],
			['町側', ['町長 千田康介', '企画課長 坪井 修']],
			['事務局', ['事務局長 徳永 勉', '書記 富田菜月']],
		]);
	});

	test('reads a side whose rows are not set in columns, its first row after the side word', () => {
		const ragged = [...record.slice(0, 6), '　議会側　　議長　　　　菅　原　　　武', '　　　　　　副議長　　　鈴　木　恵　子', '　　　　　　議員　　　　瀬　川　　　博　　曽　我　美　幸　　高　野　　　勝', '　町側　　　町長　　　　千　田　康　介', '　　　　　　企画課長　　坪　井　　　修', '　事務局　　事務局長　　徳　永　　　勉', '　　　　　　書記　　　　富　田　菜　月', ...record.slice(12)];
		const rolls = rollsOf(parseLines(ragged, 'kawasemi.txt'));
		expect(rolls.slice(1)).toEqual([
			['町側', ['町長 千田康介', '企画課長 坪井 修']],
			['事務局', ['事務局長 徳永 勉', '書記 富田菜月']],
		]);
		expect(rolls[0]?.[0]).toBe('議会側');
	});
});
