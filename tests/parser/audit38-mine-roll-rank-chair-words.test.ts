/**
 * A city assembly's sitting whose first line names no assembly (`令和５年６月定例会`), the chair opening `ただいまから大月市議会
 * 定例会を開会いたします`, and whose roll of the secretariat gives each clerk's rank in brackets after the post (`書 記 (次長)`,
 * `書 記 (主任)`). Before, the series was `ただいまから大月市議会`, and the 次長's rank had become an office of another body
 * (`書記`, affiliation `次長`) beside `書記(主任)`.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SITTING = `令和５年６月定例会
令和５年６月７日(水曜日)
1 出席事務局職員
  事 務 局 長  藤本 直人
  書 記 (次長)  小坂  浩     書 記 (主任)  駒井  恵美
○議長(小原丈夫君) ただいまから大月市議会定例会を開会いたします。
`;

describe('the chair’s opening words and a clerk’s rank', () => {
	test('the assembly is named after the chair’s opening words', () => {
		expect(parseText(SITTING, 'otsuki.txt').meeting?.series).toBe('大月市議会');
	});

	test('a rank in the post’s brackets is the post’s, as for every clerk', () => {
		const { meeting } = parseText(SITTING, 'otsuki.txt');
		const staff = meeting?.participants.flatMap((group) => group.members) ?? [];
		expect(staff.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['藤本 直人', '事務局長', null],
			['小坂 浩', '書記(次長)', null],
			['駒井 恵美', '書記(主任)', null],
		]);
	});
});
