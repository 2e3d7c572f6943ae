/**
 * A prefecture's 委員会 lists the officials who attend by post, a deputy by surname and post (`県出席者　　県土整備部長、
 * 山田部長代理、道路建設課長ほか`). A department named for the prefecture's land or people (`県土整備部長`, `府民文化部長`) is a
 * post, no surname `県土` before `整備部長`; a post's deputy (`部長代理`, `課長代理`) after a surname is that person's post, not
 * part of a six-letter name.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const officials = (row: string) =>
	parseText(['令和５年度第３回うぐいす県公共事業評価監視委員会　議事録', '', '日　時　　令和５年１２月１９日（火）　午前１０時から正午まで', '場　所　　うぐいす県庁　大会議室', '出席委員　　濱田委員長、桐生委員', `県出席者　　${row}`, '', '○濱田委員長　開会します。', '○山田部長代理　歩道を先行して整備いたします。'].join('\n'), 'a.txt')
		.meeting?.participants.find((group) => group.group === '県出席者')
		?.members.map((member) => [member.name, member.title]);

describe('a prefecture’s officials by post', () => {
	test('a department named for the land, a deputy by surname', () => {
		expect(officials('県土整備部長、山田部長代理、道路建設課長ほか')).toEqual([
			[null, '県土整備部長'],
			['山田', '部長代理'],
			[null, '道路建設課長'],
		]);
	});

	test('a department named for the people, a section head’s deputy', () => {
		expect(officials('府民文化部長、森課長代理')).toEqual([
			[null, '府民文化部長'],
			['森', '課長代理'],
		]);
	});
});
