/**
 * A city's committee record whose header is a numbered list of fields (`3 出席委員(8名)`, `6 説明のため出席した者`): the
 * assembly's staff headed `7 出席した事務局職員`, and the business `9 審査した議案`, each item a bill on a line of its own.
 * The staff's heading had been a member of those come to explain (`出席した事務局職員`, no one), its staff theirs; the bills
 * had been paragraphs and the record had no agenda.
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = (staff: string) =>
	[
		'総務財政委員会記録',
		'1 日  時  令和6年3月8日(金) 午前10時00分開会 午前11時40分閉会',
		'2 場  所  第1委員会室',
		'3 出席委員(2名)',
		'   委 員 長  岡 野 美 保',
		'   副委員長  北 村 健 一',
		'4 説明のため出席した者',
		'   総務局長  三 宅 真 理',
		`5 ${staff}`,
		'   議事課主査  吉 永 大 介',
		'6 審査した議案',
		'   議案第21号 市税条例の一部を改正する条例',
		'   議案第22号 市手数料条例の一部を改正する条例',
		'午前10時00分開会',
		'○岡野委員長 ただいまから総務財政委員会を開会いたします。',
		'○北村副委員長 議案第21号について伺います。',
		'○岡野委員長 以上で本日の委員会を閉会いたします。',
	].join('\n');

describe('the staff and the bills a committee record numbers among its fields', () => {
	test('the staff a group of their own, the bills the agenda', () => {
		const result = parseText(record('出席した事務局職員'), 'somu-2024-03-08.txt');
		expect(rollsOf(result)).toEqual([
			['出席委員', ['委員長 岡野美保', '副委員長 北村健一']],
			['説明のため出席した者', ['総務局長 三宅真理']],
			['出席した事務局職員', ['議事課主査 吉永大介']],
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['議案第21号 市税条例の一部を改正する条例', '議案第22号 市手数料条例の一部を改正する条例']);
	});

	test("the assembly's staff named so", () => {
		const rolls = rollsOf(parseText(record('出席した議会事務局職員'), 'somu-2024-03-08.txt'));
		expect(rolls.at(-1)).toEqual(['出席した議会事務局職員', ['議事課主査 吉永大介']]);
	});
});
