/**
 * A Chatwork room copied as text, as a group holds a meeting in its chat: each message under its author (`石原 和也さん`, or the
 * name alone) and the message's day and time, the room's notice maybe above (`[info][title]…[/title]…[/info]`). Each message is
 * its author's turn with its time, the authors the roll, the notice's title the title (such copies had had no turn at all).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseLines, rollsOf, turnsOf } from './unseen-helpers.ts';

const NOTICE = [
	'[info][title]図書委員会（チャット開催）[/title]本チャットで委員会を行います。[/info]',
	'',
	'小田 真一さん',
	'2025年6月3日 19:30',
	'それでは図書委員会を始めます。',
	'議題は夏の読書会の準備です。',
	'',
	'[To:4455667]西 かおりさん',
	'西 かおりさん',
	'2025年6月3日 19:34',
	'[rp aid=4455001 to=900-800]小田 真一さん',
	'会場は第二会議室を押さえました。',
	'',
	'三宅 航さん',
	'2025年6月4日 08:10',
	'昨夜は参加できずすみません。案内文は私が作ります。',
];

const PLAIN = ['自治会 役員会', '', '田村 修', '2025/07/12 20:00', '役員会を始めます。', '', '北川 里奈', '2025/07/12 20:03', '会計報告は資料のとおりです。', '', '田村 修', '2025/07/12 20:15', '以上で終わります。'];

describe('a Chatwork room copied as text', () => {
	test('each message is its author’s turn, the authors the roll, the notice the title', () => {
		const result = parseLines(NOTICE, 'chatwork_図書委員会_2025-06-03.txt');
		const meeting = result.meeting;
		expect([meeting?.title, meeting?.date, meeting?.start, meeting?.end]).toEqual(['図書委員会（チャット開催）', '2025-06-03', '19:30', '19:34']);
		expect(rollsOf(result)).toEqual([['参加者', ['null 小田 真一', 'null 西 かおり', 'null 三宅 航']]]);
		expect(turnsOf(result)).toEqual([
			['小田 真一', '[19:30] それでは図書委員会を始めます。\n議題は夏の読書会の準備です。'],
			['西 かおり', '[19:34] 会場は第二会議室を押さえました。\n〔2025年6月4日〕'],
			['三宅 航', '[08:10] 昨夜は参加できずすみません。案内文は私が作ります。'],
		]);
		expect(bodyText(result)).toContain('本チャットで委員会を行います。');
		expect(bodyText(result)).not.toContain('[To:');
	});

	test('names without さん under a plain title are the authors too', () => {
		const result = parseLines(PLAIN, 'chatwork_役員会_2025-07-12.txt');
		expect([result.meeting?.title, result.meeting?.start, result.meeting?.end]).toEqual(['自治会 役員会', '20:00', '20:15']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['田村 修', '北川 里奈', '田村 修']);
	});

	test('a summary’s title and headings over a day and time are no messages', () => {
		const summary = ['週次定例 AI要約', '2024/12/17 10:00', '', '■ 概要', '年末の体制を確認した。', '', '■ 次回', '2024/12/24 10:00'];
		expect(turnsOf(parseLines(summary, 'notta_週次定例_2024-12-17.txt'))).toEqual([]);
	});
});
