/**
 * A Zoom meeting's chat saved by the Japanese client before it wrote `送信元`: `From` as `開始` and the author closed by a
 * colon before the recipient (`19:02:11 開始 小林 正 : 受信者 全員:`, the message on the line below, or
 * `10:01:23<TAB> 開始  小林 正  宛先  全員 : 本文`). Each message is its author's stamped turn, the authors the participants,
 * a direct message left out, the title the file's name (the first message had titled the record and each author had been
 * named `開始 …`).
 */
import { describe, expect, test } from 'vitest';
import { parseText, turnsOf } from './unseen-helpers.ts';

const BELOW = [
	'19:02:11 開始 宮本 和也 : 受信者 全員:',
	'資料のリンクを共有します。',
	'19:03:40 開始 坂口 真理 : 受信者 全員:',
	'ありがとうございます。確認しました。',
	'19:10:05 開始 宮本 和也 : 受信者 全員:',
	'次回は11月12日でお願いします。',
	'19:11:30 開始 坂口 真理 : 受信者 宮本 和也(ダイレクト メッセージ):',
	'承知しました。',
].join('\n');

const INLINE = [
	'10:01:23\t 開始  田村 恵子  宛先  全員 : 本日の資料はこちらです。',
	'10:02:05\t 開始  大橋 誠  宛先  全員 : ありがとうございます。',
	'10:05:40\t 開始  田村 恵子  宛先  大橋 誠(ダイレクトメッセージ) : 後ほど個別にご連絡します。',
	'10:12:18\t 開始  西田 光  宛先  全員 : 音声が途切れています。',
].join('\n');

describe("Zoom's older Japanese chat", () => {
	test('messages under their heads are their authors\' turns, the direct message left out', () => {
		const result = parseText(BELOW, 'zoom_chat_理事会_2024-10-08.txt');
		expect(result.meeting?.title).toBe('理事会 チャット履歴');
		expect(turnsOf(result)).toEqual([
			['宮本 和也', '[19:02:11] 資料のリンクを共有します。'],
			['坂口 真理', '[19:03:40] ありがとうございます。確認しました。'],
			['宮本 和也', '[19:10:05] 次回は11月12日でお願いします。'],
		]);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['宮本 和也', '坂口 真理']);
	});

	test('messages on the head\'s line, apart by tabs and double spaces', () => {
		const result = parseText(INLINE, 'meeting_saved_chat_広報委員会_2024-09-18.txt');
		expect(result.meeting?.title).toBe('広報委員会 チャット履歴');
		expect(turnsOf(result)).toEqual([
			['田村 恵子', '[10:01:23] 本日の資料はこちらです。'],
			['大橋 誠', '[10:02:05] ありがとうございます。'],
			['西田 光', '[10:12:18] 音声が途切れています。'],
		]);
	});
});
