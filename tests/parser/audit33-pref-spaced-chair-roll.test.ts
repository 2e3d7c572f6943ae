/**
 * A roll of members that sets the chair and the deputy by post above the seats, the post spaced out to its cell as the
 * names are (`議　長　　　　大　野　　　勉　君　　　副議長　　　　　村　上　千　尋　君`, `議　長　　　加　藤　良　平`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const members = (text: string): [string | null, string | null][] | undefined =>
	parseText(text, 'roll.txt').meeting?.participants.find((group) => group.group === '出席議員')?.members.map((member) => [member.name, member.title]);

describe('the chair spaced out to the roll\'s column', () => {
	test('the chair and the deputy on one line, a one-letter given name padded, are two members by post', () => {
		expect(members(`令和６年第１回ひかり市議会定例会会議録（第４号）
令和６年３月１日（金曜日）
出席議員（４名）
　議　長　　　　大　野　　　勉　君　　　副議長　　　　　村　上　千　尋　君
　　１番　　　　青　木　蒼　太　君　　　　２番　　　　　石　原　　　優　君
〇議長（大野勉君）　これより本日の会議を開きます。
〇１番（青木蒼太君）　質問します。
`)).toEqual([['大野勉', '議長'], ['村上千尋', '副議長'], ['青木蒼太', null], ['石原 優', null]]);
	});

	test('the chair and the deputy a line each, without 君, over the seats', () => {
		expect(members(`令和６年第一回定例会　ゆずりは県議会会議録第３号
〇令和６年２月21日　午後１時開議
　　　　　　　　出　席　議　員
　　　　議　長　　　加　藤　良　平
　　　　副議長　　　亀　井　信　夫
　　　　１　番　　　大　村　美　奈
〇議長（加藤良平）　ただいまから、本日の会議を開きます。
〇大村美奈君　質問します。
`)).toEqual([['加藤良平', '議長'], ['亀井信夫', '副議長'], ['大村美奈', null]]);
	});
});
