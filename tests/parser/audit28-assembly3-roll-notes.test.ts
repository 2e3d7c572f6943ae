/**
 * A line of an assembly's roll that names no one (`（以上１名）` under the staff, `ほか関係職員` under the officials) is kept as a note of the header, not
 * dropped unread; the heading `地方自治法第１２１条の規定により説明のため出席した者の職氏名` is the officials' heading whole.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第１回もみじ村議会臨時会会議録

１．招集年月日　令和６年５月１７日
１．出席議員（２名）
　　１番　森　田　　茂　　２番　今　井　清　志
１．地方自治法第１２１条の規定により説明のため出席した者の職氏名
　　村　　長　　宮　城　雄　一　　副　村　長　　浦　田　真　澄
　　ほか関係職員
１．職務のため出席した者の職氏名
　　議会事務局長　　佐　久　間　学
　　（以上１名）

○議長（今井清志君）　ただいまから令和６年第１回もみじ村議会臨時会を開会します。
○議長（今井清志君）　これで臨時会を閉会します。
`;

describe('a roll line that names no one', () => {
	test('is a note of the header, and the heading\'s 職氏名 is none', () => {
		const { meeting, body } = parseText(MINUTES, 'momiji-r6-1.txt');
		const notes = body.flatMap((section) => section.children).flatMap((block) => (block.type === 'note' ? [block.text] : []));
		expect(notes).toContain('（以上１名）');
		expect(notes).toContain('ほか関係職員');
		expect(notes).not.toContain('の職氏名');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席議員', ['森田 茂', '今井清志']],
			['説明のため出席した者', ['宮城雄一', '浦田真澄']],
			['事務局職員', ['佐久間学']],
		]);
	});
});
