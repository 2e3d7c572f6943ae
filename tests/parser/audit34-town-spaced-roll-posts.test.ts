/**
 * Rolls of a town's sitting and of its committee with posts spaced out to their cells: a short post after a name whose one-letter
 * given name is padded as wide as the gap between cells (`吉　岡　　　誠　　　書　　　記`), and a member's post spaced out before the
 * seat (`委　　員　　１番　　中　村　彩　花`, `議　　長　１０番　　大　塚　喜　一`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const rows = (text: string, group: string): [string | null, string | null][] =>
	parseText(text, 'roll.txt').meeting?.participants.find((entry) => entry.group === group)?.members.map((member) => [member.name, member.title]) ?? [];

describe('posts spaced out to their cells in a roll', () => {
	test("a short post after a padded one-letter given name is the next member's", () => {
		const text = [
			'令和６年第３回あさひ野町議会臨時会会議録',
			'',
			'令和６年８月２日（金曜日）',
			'',
			'出席議員（２名）',
			'　１番　森　田　正　一　君　　２番　川　口　さおり　君',
			'説明のため出席した者',
			'　総　務　課　長　　岡　本　　　聡　　　次　　　長　　平　野　ゆ　り',
			'職務のため出席した者',
			'　議会事務局長　　吉　岡　　　誠　　　書　　　記　　原　田　智　美',
			'',
			'○議長（森田正一君）　ただいまから会議を開きます。',
			'○２番（川口さおり君）　質問します。',
		].join('\n');
		expect(rows(text, '説明のため出席した者')).toEqual([
			['岡本聡', '総務課長'],
			['平野ゆり', '次長'],
		]);
		expect(rows(text, '事務局職員')).toEqual([
			['吉岡誠', '議会事務局長'],
			['原田智美', '書記'],
		]);
	});

	test("a member's post spaced out before the seat is the member's post, the seat no part of the name", () => {
		const text = [
			'令和６年９月定例会　さくら台町議会総務文教常任委員会会議録',
			'',
			'１．日　　時　　令和６年９月１３日（金）　午前１０時開会',
			'２．出席委員（３名）',
			'　　委員長　　　５番　　高　橋　美　穂',
			'　　委　　員　　１番　　中　村　彩　花',
			'　　委　　員　　９番　　佐　藤　　　博',
			'３．委員外出席者',
			'　　議　　長　１０番　　大　塚　喜　一',
			'',
			'○委員長（高橋）　ただいまから総務文教常任委員会を開会いたします。',
			'◆１番（中村）　質疑します。',
			'○委員長（高橋）　これをもって閉会いたします。',
		].join('\n');
		expect(rows(text, '出席委員')).toEqual([
			['高橋美穂', '委員長'],
			['中村彩花', '委員'],
			['佐藤 博', '委員'],
		]);
		expect(rows(text, '委員外議員')).toEqual([['大塚喜一', '議長']]);
	});
});
