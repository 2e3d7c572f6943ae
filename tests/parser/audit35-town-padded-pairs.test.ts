/**
 * A village's staff roll typed with two pairs of post and name on a line, the first holder's given name of one letter padded
 * to the column and the second post written a single space from its holder (`事務局長　山　下　　　聡　　書記　吉　川　あ　ゆ　み`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, rollsOf } from './unseen-helpers.ts';

describe('a padded given name of one letter before a post of two letters', () => {
	test('ends the name: the post opens the next pair', () => {
		const lines = [
			'令和６年第３回さくら村議会臨時会会議録　第１号',
			'令和６年７月２２日（月曜日）　午前１０時００分開議',
			'出席議員（２名）',
			'１番　相　沢　　　明　　２番　菊　池　晴　男',
			'事務局出席職員氏名',
			'事務局長　山　下　　　聡　　書記　吉　川　あ　ゆ　み',
			'',
			'○議長（菊池晴男君）　ただいまから会議を開きます。',
			'○１番（相沢明君）　質問します。',
			'○議長（菊池晴男君）　これで閉会します。',
		];
		expect(rollsOf(parseLines(lines, 'sakura.txt')).at(-1)).toEqual(['事務局職員', ['事務局長 山下聡', '書記 吉川あゆみ']]);
	});
});
