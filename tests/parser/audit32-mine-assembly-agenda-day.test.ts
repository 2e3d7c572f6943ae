/**
 * A metropolitan assembly's record whose 議事日程 is headed by the full day (`令和六年二月二十八日　議事日程第三号`) right under
 * its roll of post and name: the items are the agenda, never names listed under the last post (`警視総監　第一`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'令和六年第一回定例会',
	'',
	'　　　　　　　　　　　　　　　本会議　第三号',
	'',
	'令和六年二月二十八日（水曜日）',
	'　出席議員（三名）',
	'　　一番　　　　青　木　ゆ　う　君',
	'　　二番　　　　伊　勢　太　郎　君',
	'　　三番　　　　江　藤　勇　君',
	'',
	'　出席説明員',
	'　　知事　　　　　　　　　　　　小　野　百合子　君',
	'　　警視総監　　　　　　　　　　緒　方　禎　己　君',
	'',
	'令和六年二月二十八日　議事日程第三号',
	'第一',
	'　代表質問',
	'',
	'　　　午後一時開議',
	'○議長（江藤勇君）　ただいまから本日の会議を開きます。',
	'○議長（江藤勇君）　これより質問に入ります。',
].join('\n');

describe('a 議事日程 headed by its full day under the roll', () => {
	const meeting = parseText(text, 'togikai.txt').meeting;

	test('its items are the agenda', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['代表質問']);
	});

	test('the roll of officials ends at it (its lines had been members under 警視総監)', () => {
		expect(meeting?.participants.find((group) => group.group === '説明のため出席した者')?.members.map((member) => [member.title, member.name])).toEqual([
			['知事', '小野 百合子'],
			['警視総監', '緒方禎己'],
		]);
	});
});
