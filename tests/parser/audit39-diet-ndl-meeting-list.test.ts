/**
 * A saved answer of the NDL API's meeting_list endpoint lists meetings with their speeches but without their text: the file
 * makes no record, and says so in one error at its first meeting's line, naming the meetings and what to save instead (before,
 * one error a meeting, the same message 3 times). One page of a longer answer keeps its warning about the other pages; a
 * single meeting without text keeps its own error, and a file where some meetings have their text keeps their records.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

/** A meeting of the answer; with `text`, its speeches carry their words (the meeting endpoint). */
const meeting = (issueID: string, nameOfMeeting: string, date: string, speakers: string[], text = false) => ({
	issueID,
	session: 216,
	nameOfHouse: '衆議院',
	nameOfMeeting,
	issue: '第3号',
	date,
	speechRecord: ['会議録情報', ...speakers].map((speaker, order) => ({
		speechID: `${issueID}_${String(order).padStart(3, '0')}`,
		speechOrder: order,
		speaker,
		speechURL: `https://kokkai.ndl.go.jp/txt/${issueID}/${order}`,
		...(text ? { speech: order === 0 ? '令和六年十二月十二日（木曜日）\r\n' : `○${speaker}委員　伺います。` } : {}),
	})),
});

const MEETINGS = [
	meeting('121604889X00320241212', '予算委員会', '2024-12-12', ['坂井義明', '岡村美和']),
	meeting('121604362X00420241213', '厚生労働委員会', '2024-12-13', ['川端聡']),
	meeting('121604341X00320241213', '農林水産委員会', '2024-12-13', ['有田大輔']),
];

const parse = (value: unknown) => parseDocuments(JSON.stringify(value, null, 1), { source: 'list.json', sourceHash: '0'.repeat(64) });

describe('a meeting_list answer', () => {
	test('of several meetings: no record, one error naming them', () => {
		const results = parse({ numberOfRecords: 3, meetingRecord: MEETINGS });
		expect(results).toHaveLength(1);
		expect(results[0]?.meeting).toBeNull();
		const errors = results[0]?.diagnostics.filter((d) => d.severity === 'error') ?? [];
		expect(errors.map((d) => d.code)).toEqual(['ndl-no-speech-text']);
		expect(errors[0]?.message).toContain('3 meetings (issueID 121604889X00320241212, 121604362X00420241213, 121604341X00320241213)');
		expect(errors[0]?.line).toBe(5);
	});

	test('one page of a longer answer: the warning about the other pages stays', () => {
		const results = parse({ numberOfRecords: 57, nextRecordPosition: 4, meetingRecord: MEETINGS });
		expect(results).toHaveLength(1);
		expect(results[0]?.diagnostics.map((d) => [d.severity, d.code])).toEqual([
			['warning', 'ndl-more-pages'],
			['error', 'ndl-no-speech-text'],
		]);
	});

	test('a meeting with its text among them keeps its record', () => {
		const results = parse({ numberOfRecords: 2, meetingRecord: [MEETINGS[0], meeting('121604341X00320241218', '農林水産委員会', '2024-12-18', ['有田大輔'], true)] });
		expect(results.map((result) => result.meeting?.title ?? null)).toEqual([null, '第216回国会 衆議院 農林水産委員会 第3号']);
	});
});
