/**
 * A town's 特別委員会 record (a PDF's text) lists its members two a row in full-width spaces, each post padded to the width of
 * 委員長 (`委 員 長`, `副委員長`, `委　　員`, two spaces between the role's letters) and each name padded a space a letter, a
 * blank letter three spaces wide (`委　　員　　石　原　　　進　　　委　　員　　今　井　美　樹`). Where every row holds such 委員,
 * the role's letters had run into the names: members named `委員石原 進`, none with a post.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'　　　　　　　　予算審査特別委員会記録（第２号）',
	'',
	'１　日　　時　　令和６年３月１２日（火）　午前１０時開会',
	'２　場　　所　　大会議室',
	'３　出席委員（６名）',
	'　　委 員 長　　須　藤　和　也　　　副委員長　　丸　山　恵　子',
	'　　委　　員　　石　原　　　進　　　委　　員　　今　井　美　樹',
	'　　委　　員　　岡　田　吉　男　　　委　　員　　木　村　大　地',
	'４　欠席委員（なし）',
	'',
	'○委員長（須藤和也君）　ただいまから予算審査特別委員会を開会いたします。',
	'○委員（今井美樹君）　防犯灯のＬＥＤ化の進捗を伺います。',
	'○委員長（須藤和也君）　以上で閉会いたします。',
].join('\n');

describe('a role padded two spaces a letter before a padded name, two members a row', () => {
	test('each member with the role and the name alone', () => {
		const { meeting } = parseText(record, 'yosan-2024-03-12.txt');
		expect(meeting?.participants.find((group) => group.group === '出席委員')?.members.map((member) => [member.title, member.name])).toEqual([
			['委員長', '須藤和也'],
			['副委員長', '丸山恵子'],
			['委員', '石原 進'],
			['委員', '今井美樹'],
			['委員', '岡田吉男'],
			['委員', '木村大地'],
		]);
	});
});
