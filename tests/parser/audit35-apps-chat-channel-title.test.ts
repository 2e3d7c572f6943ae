/**
 * Messages copied from a workspace chat's channel open with the channel's name (`#general`) over the stamped messages: the
 * meeting is titled from the file's name when it names one, else by the channel without its `#`, and the authors are its roll.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const SLACK = ['#general', '2024年11月5日', '', '山本 亮  10:02', 'おはようございます。本日の定例ミーティングを始めます。', '', '木下 由紀  10:05', '会場の予約は完了しています。', '', '山本 亮  10:07', 'ありがとうございます。'];

describe('a chat channel’s name over its messages', () => {
	test('the file’s name titles the meeting', () => {
		const result = parseLines(SLACK, 'slack_広報チーム定例.txt');
		expect([result.meeting?.title, result.meeting?.series, result.meeting?.date]).toEqual(['広報チーム定例', '広報チーム定例', '2024-11-05']);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['山本 亮', '木下 由紀']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山本 亮', '木下 由紀', '山本 亮']);
	});

	test('else the channel without its mark', () => {
		const result = parseLines(SLACK, 'slack_export.txt');
		expect([result.meeting?.title, result.meeting?.series]).toEqual(['general', 'general']);
	});
});
