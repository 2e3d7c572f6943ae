/**
 * Teams' transcript saved from Word opens with the recording's file name (`地域防災会議-20241105_140012-会議の録音`): the meeting
 * is titled by its name, without the recording's stamp.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

describe('Teams’ recording stamp', () => {
	test('no part of the title', () => {
		const result = parseLines(
			['地域防災会議-20241105_140012-会議の録音', '2024年11月5日, 午後2:00', '14分 32秒', '', '木村 陽子   0:03', 'それでは地域防災会議を始めます。', '', '佐藤 勇   1:02', '全体で百二十名でした。'],
			'会議の録音.txt',
		);
		expect([result.meeting?.title, result.meeting?.series, result.meeting?.date]).toEqual(['地域防災会議', '地域防災会議', '2024-11-05']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['木村 陽子', '佐藤 勇']);
	});
});
