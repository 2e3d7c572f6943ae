/**
 * A prefecture's 決算特別委員会 record whose roll pads every name to its cell and sets two members on a line after the post
 * they hold (`委　員　　　南　雲　正　志　　　北　原　綾　子`), the rest of them on the line below.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const RECORD = `令和５年度決算特別委員会会議録（第３号）

１　日　時　　令和６年10月８日（火）　午前10時00分開会

２　場　所　　全員協議会室

３　出席委員（６名）
　　委員長　　　西　田　義　明
　　副委員長　　東　野　奈　緒
　　委　員　　　南　雲　正　志　　　北　原　綾　子
　　　　　　　　松　井　修　平　　　竹　中　理　沙

○西田委員長　ただいまから決算特別委員会を開会します。
○南雲委員　米の価格について伺いたい。
○北原委員　鳥獣被害の対策費について伺いたい。
○西田委員長　以上で閉会します。
`;

describe('two members padded to their cells on the line of the post they hold', () => {
	test('they are two members, each with the post (they had been one, named `南雲正志 北原綾子`)', () => {
		const members = parseText(RECORD, 'kessan-3.txt').meeting?.participants.flatMap((group) => group.members) ?? [];
		expect(members.map((member) => [member.name, member.title])).toEqual([
			['西田義明', '委員長'],
			['東野奈緒', '副委員長'],
			['南雲正志', '委員'],
			['北原綾子', '委員'],
			['松井修平', null],
			['竹中理沙', null],
		]);
	});

	test('a surname and a given name padded apart stay one name', () => {
		const members = parseText(RECORD.replace('南　雲　正　志　　　北　原　綾　子', '佐々木　　　美　紀　　　　　　　'), 'kessan-3.txt').meeting?.participants.flatMap((group) => group.members) ?? [];
		expect(members.map((member) => member.name)).toContain('佐々木 美紀');
	});
});
