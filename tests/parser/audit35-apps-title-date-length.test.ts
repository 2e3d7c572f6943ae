/**
 * A transcription app's first line holds the title, the recording's date and time and its length after a dot
 * (`研究会 2024.04.18 木 午後 3:00 ・ 42分 11秒`, as CLOVA Note writes it): the title and the series are the name alone.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const CLOVA = [
	'研究会 2024.04.18 木 午後 3:00 ・ 42分 11秒',
	'石川 裕子 森田 健太 参加者 3',
	'',
	'石川 裕子 00:02',
	'それでは研究会を始めます。今日は森田さんの発表です。',
	'',
	'森田 健太 00:10',
	'はい、地域交通の利用実態について報告します。',
	'',
	'参加者 3 05:40',
	'質問ですが、調査の対象期間はいつですか。',
].join('\n');

describe('a transcript’s title line with its date and length', () => {
	test('the title is the meeting’s name, the date and time read from the line', () => {
		const { meeting } = parseText(CLOVA, 'CLOVA Note_研究会.txt');
		expect([meeting?.title, meeting?.series, meeting?.date, meeting?.start]).toEqual(['研究会', '研究会', '2024-04-18', '15:00']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['石川 裕子', '森田 健太', '参加者 3']);
	});
});
