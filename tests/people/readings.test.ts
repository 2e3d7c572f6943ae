/**
 * A person's reading (読み仮名): the one their records give (the NDL API's `speakerYomi` on their remarks, a roll's reading in
 * brackets after their name), the most common when they differ; the open data write it (`speakerYomi`, `people.json`'s
 * `reading`). Before, a person had no reading and archive.json's `speakerYomi` was always null.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { toSpeechRecords } from '../../src/exports/open-data.ts';
import { toPersonRecord } from '../../src/exports/people.ts';
import { parseDocuments, parseMinutes } from '../../src/parser/index.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { remarkKey, type MeetingRecord } from '../../src/people/types.ts';
import { speechRecordSchema } from '../../src/schemas/open-data.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';

const HASH = '0'.repeat(64);

/** One NDL meeting of a committee whose speeches are `[speaker, speakerYomi, label]`. */
function ndlMeeting(issue: number, date: string, speeches: [string, string | null, string][]): Meeting {
	const issueID = `121305254X${String(issue).padStart(3, '0')}${date.replaceAll('-', '')}`;
	const json = JSON.stringify({
		numberOfRecords: 1,
		meetingRecord: [
			{
				issueID,
				session: 213,
				nameOfHouse: '衆議院',
				nameOfMeeting: '内閣委員会',
				issue: `第${issue}号`,
				date,
				speechRecord: [
					{ speechID: `${issueID}_000`, speechOrder: 0, speaker: '会議録情報', speech: '令和六年四月十二日（金曜日）\r\n' },
					...speeches.map(([speaker, speakerYomi, label], index) => ({ speechID: `${issueID}_${String(index + 1).padStart(3, '0')}`, speechOrder: index + 1, speaker, speakerYomi, speech: `○${label}\u3000発言します。` })),
				],
			},
		],
	});
	return parseDocuments(json, { source: `${issueID}.json`, sourceHash: HASH })[0]!.meeting!;
}

/** A meeting with its remarks' texts, shaped like a collection entry (`MeetingRecord`, which has no texts, accepts it). */
const record = (meeting: Meeting): { id: string; data: Meeting } => ({ id: entryId(meeting), data: meeting });

describe("a person's reading", () => {
	const meetings = [
		ndlMeeting(3, '2024-04-12', [['髙橋花子', 'たかはしはなこ', '髙橋委員'], ['山田太郎', null, '山田委員長']]),
		ndlMeeting(4, '2024-04-19', [['髙橋花子', 'たかはしはなこ', '髙橋委員'], ['髙橋花子', 'タカハシハナコ', '髙橋委員']]),
		ndlMeeting(5, '2024-04-26', [['髙橋花子', 'たかばしはなこ', '髙橋委員']]),
	].map(record);
	const people = resolvePeople(meetings);
	const personOf = (meeting: MeetingRecord, remark: number) => people.byId.get(people.byRemark.get(remarkKey(meeting.id, `r${remark}`))!)!;

	test('is the one its remarks give, the most common when they differ (script aside), as first written', () => {
		const takahashi = personOf(meetings[0]!, 1);
		expect(personOf(meetings[2]!, 1).id).toBe(takahashi.id);
		expect(takahashi.reading).toBe('たかはしはなこ');
	});

	test('is absent when no record gives one', () => {
		expect(personOf(meetings[0]!, 2).reading).toBeUndefined();
	});

	test("is a listed member's reading in brackets after the name", () => {
		const text = ['広報みなみ野　新春対談', '日時：2024年12月5日（木）14:00～15:00', '', '出席者', '山本　誠一（やまもと・せいいち）　みなみ野市長', '中川　由紀（なかがわ・ゆき）　みなみ野市民病院長', '', '山本', '市長の山本です。', '', '中川', '院長の中川です。'].join('\n');
		const meeting = record(parseMinutes(text, { source: 'a.txt', sourceHash: HASH }).meeting!);
		const index = resolvePeople([meeting]);
		const yamamoto = index.byId.get(index.byRemark.get(remarkKey(meeting.id, 'r1'))!)!;
		expect(yamamoto.name).toBe('山本　誠一');
		expect(yamamoto.reading).toBe('やまもと・せいいち');
	});

	test("is written in the open data: each speech's speakerYomi (its own, else its person's) and people.json's reading", () => {
		const [meeting] = meetings;
		const resolve = (_: unknown, remark: { id: string }) => {
			const person = personOf(meeting!, Number(remark.id.slice(1)));
			return { group: null, title: null, affiliation: null, personId: person.id, reading: person.reading ?? null };
		};
		const speeches = toSpeechRecords(meeting!.id, meeting!.data, { meeting: (id) => `/m/${id}/`, source: (id) => `/s/${id}` }, resolve);
		expect(speeches.map((speech) => speech.speakerYomi)).toEqual(['たかはしはなこ', null]);
		for (const speech of speeches) expect(speechRecordSchema.parse(speech)).toEqual(speech);
		const withOwn = { ...meeting!.data, remarks: meeting!.data.remarks.map(({ speakerYomi: _, ...remark }) => remark) };
		expect(toSpeechRecords(meeting!.id, withOwn, { meeting: (id) => `/m/${id}/`, source: (id) => `/s/${id}` }, resolve)[0]!.speakerYomi).toBe('たかはしはなこ');
		expect(toPersonRecord(personOf(meeting!, 1), (id) => `/people/${id}/`).reading).toBe('たかはしはなこ');
		expect(toPersonRecord(personOf(meeting!, 2), (id) => `/people/${id}/`).reading).toBeNull();
	});
});
