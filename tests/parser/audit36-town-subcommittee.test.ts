/**
 * A town's 決算特別委員会 meeting in its 分科会, the record numbered as a committee's (`３　出席分科員`, `４　欠席分科員　　なし`):
 * the members are the roll under `出席分科員`, and the record is the 分科会's, not the whole committee's.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'　　　　　　みなみ野町議会決算特別委員会第１分科会会議録',
	'',
	'１　日　時　　令和６年９月２４日（火）　午前１０時～午前１１時３５分',
	'２　場　所　　みなみ野町役場　第１委員会室',
	'３　出席分科員',
	'　　分科会長　　　杉　本　　　彩　　　副分科会長　　　高　橋　健　太',
	'　　分科員　　　　中　西　亜　希　　　分科員　　　　　野　口　　　修',
	'４　欠席分科員　　なし',
	'５　説明員',
	'　　総務課長　　　浅　野　智　子　　　税務課長　　　永　井　博　之',
	'６　事務局',
	'　　議会事務局長　　戸　田　　　守　　　書記　　　三　浦　理　恵',
	'',
	'○分科会長（杉本彩君）　ただいまから決算特別委員会第１分科会を開会します。',
	'○税務課長（永井博之君）　町税の収納率は９８．６％でございました。',
	'○分科員（中西亜希君）　滞納繰越分の徴収の取組を伺います。',
	'○分科会長（杉本彩君）　これで分科会を閉会します。',
];

describe("a 分科会's record with its own rolls", () => {
	const { meeting, diagnostics } = parseText(record.join('\n'), 'kessan-bunkakai1.txt');

	test('lists its members under 出席分科員, each with the post', () => {
		expect(meeting?.participants.map((group) => group.group)).toEqual(['出席分科員', '説明のため出席した者', '事務局職員']);
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['杉本彩', '分科会長'],
			['高橋健太', '副分科会長'],
			['中西亜希', '分科員'],
			['野口修', '分科員'],
		]);
		expect(diagnostics.filter((diagnostic) => diagnostic.code === 'empty-group')).toEqual([]);
	});

	test('is the 分科会 of the committee', () => {
		expect(meeting?.series).toBe('みなみ野町議会 決算特別委員会第1分科会');
	});
});
