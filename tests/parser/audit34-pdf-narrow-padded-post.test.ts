/**
 * A committee's roll whose short posts are padded a space a letter to the width of the longer ones above them
 * (`委　員　水野　貴之` under `委員長　森本　和夫`), one space before the name: each such member is read with the post, where
 * they had been entries of no one.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const TEXT = [
	'こもれび市議会文教厚生委員会記録',
	'',
	'１　開会日時　令和６年６月１８日（火）午前１０時',
	'２　開会場所　第２委員会室',
	'３　出席委員',
	'　委員長　森本　和夫　　副委員長　林　　千秋',
	'　委　員　水野　貴之　　委　員　浜田　早苗',
	'　委　員　小田　進',
	'４　説明のため出席した者',
	'　こども未来課長　山崎　理恵',
	'○委員長（森本和夫君）　ただいまから文教厚生委員会を開会いたします。',
	'○委員（水野貴之君）　利用料の見直しについてお尋ねします。',
	'○こども未来課長（山崎理恵君）　お答えいたします。',
].join('\n');

describe('a roll of posts padded to the width of the longest', () => {
	test('reads a member with the post padded a space a letter and one space before the name', () => {
		const meeting = parseMinutes(TEXT, { source: 'a.txt', sourceHash: '0'.repeat(64) }).meeting;
		const roll = meeting?.participants.find((group) => group.group === '出席委員');
		expect(roll?.members.map((member) => [member.title, member.name])).toEqual([
			['委員長', '森本　和夫'],
			['副委員長', '林　千秋'],
			['委員', '水野　貴之'],
			['委員', '浜田　早苗'],
			['委員', '小田　進'],
		]);
		expect(meeting?.remarks.length).toBe(3);
	});
});
