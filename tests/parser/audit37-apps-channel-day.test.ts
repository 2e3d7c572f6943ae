/**
 * A chat channel's messages copied from Slack under its name with the day after it (`#proj-広報 2025年6月12日`), reactions
 * under the messages (`:+1: 2`, `👍 3`): the day dates the record, the meeting is titled by the file's name and its authors
 * are the roll, each message its author's turn without the reactions (the channel's name and day had been the title, the
 * roll missing, and the reactions a part of the words).
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
	':+1: 2',
	'',
	'宮本 蓮  09:36',
	'ではそのまま進めてください。',
	'👍 1',
];

describe('a channel’s name with the day after it', () => {
	test('dates the record, the authors the roll, reactions no words', () => {
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
