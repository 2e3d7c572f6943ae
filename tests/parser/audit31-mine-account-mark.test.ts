/**
 * A meeting app's account mark after a display name (Teams' `(ゲスト)`, `(Guest)`, `(外部)`) says how the account joined, not
 * who speaks: the speaker is the name alone, so a guest one day and a signed-in member the next are one person.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const VTT = [
	'WEBVTT',
	'',
	'00:00:01.000 --> 00:00:05.000',
	'<v 山本 一郎>それでは定例会を始めます。</v>',
	'',
	'00:00:06.000 --> 00:00:12.000',
	'<v 佐々木 花子 (ゲスト)>よろしくお願いします。資料を共有します。</v>',
	'',
	'00:00:13.000 --> 00:00:18.000',
	'<v Ken Tanaka (Guest)>画面は見えていますでしょうか。</v>',
	'',
	'00:00:19.000 --> 00:00:25.000',
	'<v 佐々木 花子 (ゲスト)>はい、見えています。</v>',
	'',
	'00:00:26.000 --> 00:00:30.000',
	'<v 森川　智子(Morikawa, Tomoko) (外部)>ありがとうございます。</v>',
];

describe('an account mark after a display name', () => {
	test('Teams’ voices: the speakers are the names alone, the words kept', () => {
		const meeting = parseLines(VTT, '定例会_2024-06-03.vtt').meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山本 一郎', '佐々木 花子', 'Ken Tanaka', '佐々木 花子', '森川　智子']);
		expect(meeting?.remarks[1]?.text).toContain('資料を共有します。');
		const members = meeting?.participants.flatMap((group) => group.members.map((member) => member.text));
		expect(members).not.toContain('佐々木 花子 (ゲスト)');
		expect(members?.filter((text) => text.startsWith('佐々木'))).toEqual(['佐々木 花子']);
	});

	test('Zoom’s named lines: `(外部)` after the name is no part of it', () => {
		const meeting = parseLines(
			['WEBVTT', '', '1', '00:00:01.000 --> 00:00:04.000', '藤井 直人 (外部): それでは始めます。', '', '2', '00:00:05.000 --> 00:00:07.000', '佐藤 葵: はい。', '', '3', '00:00:08.000 --> 00:00:09.000', '藤井 直人: 続けます。'],
			'GMT20240612-010203_Recording.transcript.vtt',
		).meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['藤井 直人', '佐藤 葵', '藤井 直人']);
	});

	test('Teams’ transcript from Word: a guest’s name over the words, with the time', () => {
		const meeting = parseLines(
			['地域福祉推進会議-20240710_190012-会議の録音', '2024年7月10日, 7:00午後', '1時間 2分 5秒', '', '渡部 修   0:03', '皆さん、こんばんは。', '', '青木 真理子 (ゲスト)   0:21', '事務局の青木です。', '', 'Ken Tanaka (Guest)   0:40', 'Thank you.'],
			'teams_地域福祉推進会議.txt',
		).meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['渡部 修', '青木 真理子', 'Ken Tanaka']);
		expect(meeting?.remarks[2]?.text).toContain('Thank you.');
		expect(meeting?.remarks[1]?.text).not.toContain('Ken Tanaka');
	});

	test('brackets that are a name’s own part stay: `(Guest)` only as the last bracket, a department is kept', () => {
		const meeting = parseLines(['WEBVTT', '', '00:00:01.000 --> 00:00:04.000', '<v 田中 一郎 (営業部)>おはようございます。</v>'], '朝会_2024-06-03.vtt').meeting;
		expect(meeting?.remarks[0]?.speaker).toBe('田中 一郎 (営業部)');
	});
});
