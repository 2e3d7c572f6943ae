/**
 * A Zoom meeting's chat saved by a Japanese client that heads each message `送信者 … 宛先 全員:` (`10:00:12 送信者 中村 光 宛先
 * 全員:`, the message indented by a tab below): each message its author's stamped turn, the authors the participants, a
 * direct message left out (the heads had been paragraphs, the first the record's title, and no one had spoken).
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf, turnsOf } from './unseen-helpers.ts';

const CHAT = [
	'10:00:12 送信者 中村 光 宛先 全員:',
	'\tおはようございます。資料はこちらです。',
	'10:01:40 送信者 吉田 京子 宛先 全員:',
	'\tありがとうございます。確認します。',
	'10:03:05 送信者 中村 光 宛先 吉田 京子(ダイレクトメッセージ):',
	'\t後で少しお時間ください。',
	'10:05:22 送信者 高橋 一郎 宛先 全員:',
	'\t音声が途切れているようです。',
	'\t一度入り直します。',
].join('\n');

describe('a Zoom chat whose heads read 送信者 … 宛先', () => {
	test('each message is its author’s turn, the direct message left out', () => {
		const result = parseText(CHAT, '定例会_2025-03-21_meeting_saved_chat.txt');
		expect(result.meeting?.date).toBe('2025-03-21');
		expect(rollsOf(result)).toEqual([['参加者', ['null 中村 光', 'null 吉田 京子', 'null 高橋 一郎']]]);
		expect(turnsOf(result)).toEqual([
			['中村 光', '[10:00:12] おはようございます。資料はこちらです。'],
			['吉田 京子', '[10:01:40] ありがとうございます。確認します。'],
			['高橋 一郎', '[10:05:22] 音声が途切れているようです。 一度入り直します。'],
		]);
	});
});
