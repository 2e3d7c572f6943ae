/** Rolls that list several groups on one line, a slash between them, and a surname before a post in a list at 、. */
import { describe, expect, test } from 'vitest';
import { parseParticipants } from '../../src/parser/participants.ts';

const read = (...lines: string[]) => parseParticipants(lines.map((text, index) => ({ text, line: index + 1 })), []).map((group) => [group.group, group.members.map((member) => [member.name, member.title])]);

describe('a roll line of groups', () => {
	test('each named before its colon, a slash between them', () => {
		expect(read('経理部：中島課長、小松 / システム部：村井、福田／株式会社ネクストワン：坂口様')).toEqual([
			['経理部', [['中島', '課長'], ['小松', null]]],
			['システム部', [['村井', null], ['福田', null]]],
			['株式会社ネクストワン', [['坂口', null]]],
		]);
	});

	test('names with a slash between them and no group are no groups', () => {
		expect(read('山田 / 佐藤 / 鈴木')).toEqual([['出席者', [[null, null]]]]);
	});

	test('a surname before a post in a list at 、 is a person of their own; a post alone still takes the name after it', () => {
		expect(read('中島課長、小松')).toEqual([['出席者', [['中島', '課長'], ['小松', null]]]]);
		expect(read('総務課長、小松')).toEqual([['出席者', [['小松', '総務課長']]]]);
	});
});
