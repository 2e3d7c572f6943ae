/**
 * CLOVA Note's text export: a title, the day with the time and the length (`2024.04.22 月 PM 3:00 ・ 42分 15秒`), the speakers
 * it could not name listed on one line (`参加者 1 参加者 2 参加者 3`), then each turn under `参加者 1 00:00`.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const CLOVA = [
	'経営会議',
	'2024.04.22 月 PM 3:00 ・ 42分 15秒',
	'参加者 1 参加者 2 参加者 3',
	'',
	'参加者 1 00:00',
	'えー、それでは経営会議を始めます。',
	'',
	'参加者 2 00:18',
	'はい。資料の2ページをご覧ください。',
	'',
	'参加者 3 01:10',
	'質問ですが、広告費は前年と同じですか。',
];

describe('the numbered speakers listed under the header', () => {
	const result = parseLines(CLOVA, 'CLOVA_Note_経営会議.txt');

	test('are each a participant, kept apart as written', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([['参加者', ['参加者 1', '参加者 2', '参加者 3']]]);
	});

	test('and each speaks; the meeting is dated and started by the header', () => {
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['参加者 1', '参加者 2', '参加者 3']);
		expect([result.meeting?.title, result.meeting?.date, result.meeting?.start]).toEqual(['経営会議', '2024-04-22', '15:00']);
	});

	test('a line of such labels in a text without stamped turns stays as written', () => {
		const plain = parseLines(['経営会議', '日時：2024年4月22日', '', '話者1 話者2', '', '本日は予算について話し合った。'], 'a.txt');
		expect(JSON.stringify(plain.meeting?.participants ?? [])).not.toContain('"話者1"');
	});
});
