/**
 * A village's 会議録 typed in Word: each turn a post or a seat, a full-width space and the speaker's name, then two spaces
 * before the words (`○議長　川口五郎　　ただいまから…`, `○３番　上田三郎　　…`), as small towns and villages label turns.
 */
import { describe, expect, test } from 'vitest';
import { splitTurnLine } from '../../src/parser/turn-line.ts';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和５年第４回もみじ村議会定例会会議録

令和５年１２月５日　午前１０時００分開会

出席議員
　　１番　　青木　一郎　　　２番　　石川　二郎　　　３番　　上田　三郎
　　４番　　大野　四郎　　　５番　　川口　五郎　　　６番　　菊地　六郎

説明のため出席した者
　　村長　　　　　　近藤　正一
　　総務課長　　　　杉山　浩

○議長　川口五郎　　ただいまから令和５年第４回もみじ村議会定例会を開会します。
　これから本日の会議を開きます。
○議長　川口五郎　　日程第１、議案第４５号を議題とします。提案理由の説明を求めます。
○村長　近藤正一　　議案第４５号について説明します。
○議長　川口五郎　　これから質疑を行います。
○３番　上田三郎　　改正後の手数料はいくらになりますか。
○総務課長　杉山　浩　　３００円から４００円になります。
○議長　川口五郎　　本日はこれで散会します。
　　　　　　　　　　　　　　　　　　　　　　　　　（午前１０時４２分）
`;

describe('turns labelled by post or seat and the name, two spaces before the words', () => {
	const { meeting } = parseText(MINUTES, 'momiji-r5-4.txt');

	test('read as an assembly sitting, every label with its name and no name in the words', () => {
		expect(meeting?.title).toBe('もみじ村議会 令和5年第4回定例会');
		expect(meeting?.series).toBe('もみじ村議会');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text.split('\n')[0]])).toEqual([
			['議長　川口五郎', 'ただいまから令和５年第４回もみじ村議会定例会を開会します。'],
			['議長　川口五郎', '日程第１、議案第４５号を議題とします。提案理由の説明を求めます。'],
			['村長　近藤正一', '議案第４５号について説明します。'],
			['議長　川口五郎', 'これから質疑を行います。'],
			['３番　上田三郎', '改正後の手数料はいくらになりますか。'],
			['総務課長　杉山　浩', '３００円から４００円になります。'],
			['議長　川口五郎', '本日はこれで散会します。'],
		]);
		expect(meeting?.participants.map((group) => [group.group, group.members.length])).toEqual([
			['出席議員', 6],
			['説明のため出席した者', 2],
		]);
	});

	test('a post with the words after one space, or business set apart, stays a post alone', () => {
		expect(splitTurnLine('○議長　ただいまから会議を開きます。')?.label).toBe('議長');
		expect(splitTurnLine('○議長　暫時休憩　　します。')?.label).toBe('議長');
		expect(splitTurnLine('○委員長　質疑終結　　とします。')?.label).toBe('委員長');
		expect(splitTurnLine('○山際委員長　一行目  ')?.label).toBe('山際委員長');
		expect(splitTurnLine('○議長　川口五郎　　ただいまから')).toMatchObject({ label: '議長　川口五郎', speech: 'ただいまから', spaced: true });
	});
});
