/**
 * A Slack channel's day exported as JSON (a list of messages with `user_profile.real_name`, `text` and `ts`): each message a
 * turn of its author stamped with its time in Japan, the authors the roll, the day the record's, a mention as the name it
 * names and Slack's notices notes (the file had been refused as no NDL API response).
 */
import { describe, expect, test } from 'vitest';
import { parseText, turnsOf } from './unseen-helpers.ts';

const message = (user: string, name: string, text: string, ts: string, subtype?: string): object => ({
	type: 'message',
	...(subtype ? { subtype } : {}),
	user,
	...(name ? { user_profile: { real_name: name, display_name: name.split(' ')[0] } } : {}),
	text,
	ts,
});

const EXPORT = JSON.stringify(
	[
		// 2025-03-04 10:00:00 and on in Japan (01:00 UTC).
		message('U0A1', '上野 千尋', 'おはようございます。定例を始めます。\n議題は来月の研修です。', '1741050000.000100'),
		message('U0B2', '福田 学', '<@U0A1> 会場は本社の三階を押さえました。', '1741050090.000200'),
		message('U0C3', '', '<@U0C3> さんがチャンネルに参加しました', '1741050150.000300', 'channel_join'),
		message('U0A1', '上野 千尋', '了解です。資料は <https://example.org/plan|研修計画> にあります。', '1741050240.000400'),
	],
	null,
	2,
);

describe("a Slack channel's JSON export", () => {
	const result = parseText(EXPORT, '設計部_2025-03-04.json');
	test('reads each message as its author’s turn at its time in Japan', () => {
		expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
		expect(turnsOf(result)).toEqual([
			['上野 千尋', '[10:00] おはようございます。定例を始めます。\n議題は来月の研修です。'],
			// (Slack's notice of a member who joined is a note after the message before it.)
			['福田 学', '[10:01] @上野 千尋 会場は本社の三階を押さえました。\n〔10:02 @U0C3 さんがチャンネルに参加しました〕'],
			['上野 千尋', '[10:04] 了解です。資料は 研修計画 にあります。'],
		]);
	});
	test('has the authors as its roll and the day and times as its date', () => {
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['上野 千尋', '福田 学']);
		expect(result.meeting?.date).toBe('2025-03-04');
		expect(result.meeting?.start).toBe('10:00');
		expect(result.meeting?.series).toBe('設計部');
		const notes = result.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'note' ? [block.text] : block.type === 'remark' ? block.children.flatMap((child) => (child.type === 'note' ? [child.text] : [])) : [])));
		expect(notes).toEqual(['〔10:02 @U0C3 さんがチャンネルに参加しました〕']);
	});
});
