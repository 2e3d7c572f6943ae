import { describe, expect, test } from 'vitest';
import { orderBySchema } from '../../src/schemas/order.ts';
import { meetingSchema, type Meeting } from '../../src/schemas/meeting.ts';

const meeting: Meeting = {
	title: 'テスト研究会（第1回）議事要旨',
	series: 'テスト研究会',
	seriesSlug: 'series-0a1b2c3d',
	session: 1,
	kind: 'minutes',
	source: 'x.txt',
	sourceHash: 'a'.repeat(64),
	date: '2024-05-10',
	start: '10:00',
	end: null,
	location: null,
	participants: [{ group: '構成員', note: '敬称略', members: [{ text: '山田 太郎（座長）', name: '山田 太郎', title: '座長', affiliation: null }] }],
	handouts: [{ id: '資料1', title: '概要', note: null }],
	agenda: [{ number: 1, title: '開会', section: null }],
	sections: [{ id: 's1', title: '開会', line: 3 }],
	remarks: [{ id: 'r1', speaker: '山田座長', section: 's1', chat: false, line: 4, text: 'はじめます。', speakerGroup: '会派' }],
} as Meeting;

/** The same value with every object's keys reversed (and an unknown key added at the top). */
function shuffled(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(shuffled);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, shuffled(inner)]));
}

describe('orderBySchema', () => {
	test('puts every key in the order the schema parse gives, and drops unknown keys, without validating', () => {
		const input = { extra: 'dropped', ...(shuffled(meeting) as object) };
		const ordered = orderBySchema(meetingSchema, input);
		expect(JSON.stringify(ordered)).toBe(JSON.stringify(meetingSchema.parse(input)));
	});

	test('does not validate: a value the schema would refuse keeps its content', () => {
		const bad = { ...meeting, date: 'not a date' };
		expect(meetingSchema.safeParse(bad).success).toBe(false);
		expect((orderBySchema(meetingSchema, bad) as Meeting).date).toBe('not a date');
	});
});
