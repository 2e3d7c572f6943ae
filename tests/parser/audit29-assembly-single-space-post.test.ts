/**
 * A committee's record that labels turns by surname, given name and post a full-width space apart writes one full-width
 * space before the words too (`◎西岡　勇　都市建設部長　議案第４５号について…`): the label is the person and the post, where
 * the line had run into the turn before it (`◯大橋　聡　委員　…` read as `大橋` saying `聡　委員　…`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年６月１７日　建設委員会　会議録

開催日時　　令和６年６月１７日（月）午前１０時～午前１１時３０分
開催場所　　ひばり市議会　第２委員会室
出席委員　　委員長　佐野　誠二　　委員　　大橋　聡

（午前１０時開会）
◎佐野委員長　ただいまから建設委員会を開会します。
◎西岡　勇　都市建設部長　議案第４５号について説明します。
◯大橋　聡　委員　認定する路線の延長はどれくらいですか。
◎東　真一　道路課長　延長は約８５０メートルです。
◎佐野委員長　以上で建設委員会を閉会します。
（午前１１時３０分閉会）
`;

describe('surname, given name and post a space apart, then one space', () => {
	test('labels the turn', () => {
		const { meeting } = parseText(MINUTES, 'kensetsu.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['佐野委員長', 'ただいまから建設委員会を開会します。'],
			['西岡勇都市建設部長', '議案第４５号について説明します。'],
			['大橋聡委員', '認定する路線の延長はどれくらいですか。'],
			['東真一道路課長', '延長は約８５０メートルです。'],
			['佐野委員長', '以上で建設委員会を閉会します。'],
		]);
	});
});
