/**
 * A city assembly's committee record titled by the committee alone, the assembly's name on a line of its own further down the
 * header (`総務常任委員会会議録` / … / `ひばり野市議会` over the first turn, `場所：第２委員会室` / `こがね市議会`): the series is the
 * assembly's committee (it had been the committee alone), and the name no more of the place (`第２委員会室こがね市議会`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const turns = ['○丹羽委員長　ただいまから委員会を開会します。', '○福田議事課長　御説明いたします。', '○丹羽委員長　以上で閉会します。'];

describe("a committee's assembly named down the header", () => {
	test('under the rolls, over the first turn', () => {
		const meeting = read(['総務常任委員会会議録', '', '１　日　時　　令和６年９月１３日（金）　午前１０時００分～午前１１時２０分', '２　場　所　　第１委員会室', '３　出席委員（２名）', '　　委員長　　　青　山　　　修', '　　副委員長　　石　川　紀　子', '', 'ひばり野市議会', '', ...turns]);
		expect([meeting?.series, meeting?.location]).toEqual(['ひばり野市議会 総務常任委員会', '第１委員会室']);
	});

	test('under the place, after a blank line: no more of the place', () => {
		const meeting = read(['議会運営委員会記録', '', '令和６年８月２７日（火）', '午前１０時００分開会', '場所：第２委員会室', '', 'こがね市議会', '', '出席委員', '　委員長　丹羽孝　　副委員長　野村茂樹', '', ...turns]);
		expect([meeting?.series, meeting?.location]).toEqual(['こがね市議会 議会運営委員会', '第２委員会室']);
	});
});
