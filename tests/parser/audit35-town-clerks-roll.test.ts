/**
 * The assembly's clerks in a small body's roll: a village that lists its 事務局長 and 書記 last under those who explain, with no
 * heading of their own; a town's minutes system that heads them `●出席した議会事務局職員`; and a joint body whose 事務局長
 * explains the business among the officials (he stays there).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, rollsOf } from './unseen-helpers.ts';

const turns = ['', '○議長（小林秀明君）　ただいまから本日の会議を開きます。', '○村長（森田和夫君）　御説明します。', '○議長（小林秀明君）　これで散会します。'];

describe('clerks listed last among those who explain', () => {
	test('are the staff, the officials without them', () => {
		const lines = [
			'令和５年第４回みなみ村議会定例会会議録（第１号）',
			'令和５年１２月５日（火曜日）',
			'',
			'出席議員（２名）',
			'　１番　石　井　健　太　　　　２番　小　林　秀　明',
			'',
			'説明のため出席した者の職氏名',
			'村長　　　　　　森　田　和　夫',
			'総務課長　　　　渡　辺　　　修',
			'事務局長　　　　藤　本　　　守',
			'書記　　　　　　松　尾　理　恵',
			...turns,
		];
		expect(rollsOf(parseLines(lines, 'minami.txt')).slice(1)).toEqual([
			['説明のため出席した者', ['村長 森田和夫', '総務課長 渡辺修']],
			['事務局職員', ['事務局長 藤本守', '書記 松尾理恵']],
		]);
	});

	test("stay with the officials when the body's 事務局長 explains among them and no clerk follows", () => {
		const lines = [
			'令和６年第１回なぎさ地区広域連合議会定例会会議録',
			'令和６年２月２７日',
			'',
			'出席議員（２名）',
			'　１番　向　井　　　修　　２番　安　井　　　実',
			'',
			'説明のため出席した者の職氏名',
			'　　広域連合長　　　　森　田　和　夫',
			'　　事務局長　　　　　横　山　恵　介',
			'　　総務課長　　　　　吉　岡　真　一',
			...turns,
		];
		expect(rollsOf(parseLines(lines, 'nagisa.txt')).slice(1)).toEqual([['説明のため出席した者', ['広域連合長 森田和夫', '事務局長 横山恵介', '総務課長 吉岡真一']]]);
	});
});

describe("a minutes system's heading of the assembly's office", () => {
	test('opens the staff roll (出席した議会事務局職員)', () => {
		const lines = [
			'令和６年第２回ひかり町議会定例会会議録（第２号）',
			'令和６年６月１２日（水曜日）',
			'●出席議員（２名）',
			'　　１番　　千　葉　　　亮　君　　　２番　　小　林　秀　明　君',
			'●説明のため出席した者',
			'　　町長　　　　　　　森　田　和　夫　君',
			'●出席した議会事務局職員',
			'　　事務局長　　　　　原　　　和　夫',
			'　　次長　　　　　　　樋　口　奈　々',
			...turns,
		];
		expect(rollsOf(parseLines(lines, 'hikari.txt')).slice(1)).toEqual([
			['説明のため出席した者', ['町長 森田和夫']],
			['事務局職員', ['事務局長 原和夫', '次長 樋口奈々']],
		]);
	});

	test('opens the staff roll under 議会書記, the body\'s 事務局長 staying with the officials', () => {
		const lines = [
			'令和６年第１回あおい地区衛生組合議会定例会会議録',
			'令和６年２月１６日',
			'出席議員（２名）',
			'　１番　　千　葉　　　亮　　　２番　　小　林　秀　明',
			'説明のため出席した者',
			'　管理者　　　　　　森　田　和　夫',
			'　事務局長　　　　　西　村　拓　也',
			'',
			'議会書記',
			'　書記長　　　広　田　康　介　　　書記　　　東　　　真　由',
			...turns,
		];
		expect(rollsOf(parseLines(lines, 'aoi.txt')).slice(1)).toEqual([
			['説明のため出席した者', ['管理者 森田和夫', '事務局長 西村拓也']],
			['事務局職員', ['書記長 広田康介', '書記 東真由']],
		]);
	});
});
