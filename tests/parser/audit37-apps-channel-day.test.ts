/**
 * A chat channel's messages copied from Slack under its name with the day after it (`#proj-広報 2025年6月12日`): the day
 * dates the record, the meeting is titled by the file's name and its authors are the roll, each message its author's turn
 * (the channel's name and day had been the title and the roll missing).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const CHANNEL = [
	'#proj-広報 2025年6月12日',
	'',
	'宮本 蓮  09:31',
	'週次の広報定例を始めます。',
	'',
	'安藤 美里  09:33',
	'ポスターの入稿は本日中です。',
	'',
	'宮本 蓮  09:36',
	'ではそのまま進めてください。',
];

describe('a channel’s name with the day after it', () => {
	test('dates the record, its authors the roll', () => {
		const result = parseLines(CHANNEL, 'slack_広報定例.txt');
		expect([result.meeting?.title, result.meeting?.date]).toEqual(['広報定例', '2025-06-12']);
		expect(result.meeting?.participants.map((group) => group.members.map((member) => member.text))).toEqual([['宮本 蓮', '安藤 美里']]);
		expect(turnsOf(result)).toEqual([
			['宮本 蓮', '09:31\n週次の広報定例を始めます。'],
			['安藤 美里', '09:33\nポスターの入稿は本日中です。'],
			['宮本 蓮', '09:36\nではそのまま進めてください。'],
		]);
	});
});
