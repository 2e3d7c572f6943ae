/**
 * A chat app's notice that a member joined, copied between the messages of a meeting held in a channel: Slack's
 * `…さんがチャンネルに参加しました` under a message copied from the app ends that message (it had been a paragraph of it, and
 * the author's next message had run into the same turn), and LINE WORKS' `小林 由美さんが参加しました。` in a room saved with
 * spaces names no author (it had made `小林` an author, and the member's own messages had read `由美 よろしく…`).
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseLines, rollsOf, turnsOf } from './unseen-helpers.ts';

const SLACK_COPY = [
	'#proj-kickoff 2025年1月20日',
	'',
	'大野 翔太  10:01',
	'キックオフを始めます。議題は体制とスケジュールです。',
	'森田 さくらさんがチャンネルに参加しました',
	'大野 翔太  10:03',
	'森田さん、ようこそ。開発リードをお願いします。',
	'森田 さくら  10:05',
	'承知しました。',
	'林 大介さんが #proj-kickoff に参加しました',
	'林 大介  10:07',
	'遅れてすみません。',
];

const WORKS_ROOM = [
	'[LINE WORKS] 防災委員会のトーク履歴',
	'保存日時：2025/04/08 18:20',
	'',
	'2025/04/08(火)',
	'10:00 佐々木 隆 今日は避難訓練の打合せをトークで行います。',
	'10:01 小林 由美さんが参加しました。',
	'10:02 小林 由美 よろしくお願いします。訓練日は5月17日でしょうか。',
	'10:04 佐々木 隆 はい、その日で進めます。',
	'10:05 加藤 誠さんが参加しました。',
	'10:06 加藤 誠 備品の点検は私がやります。',
];

describe('a chat app’s notice that a member joined', () => {
	test('ends the message copied above it in a Slack channel', () => {
		const result = parseLines(SLACK_COPY, 'slack_proj-kickoff.txt');
		expect(turnsOf(result).map(([speaker, text]) => `${speaker}|${text.replace(/^[0-9]{2}:[0-9]{2}\n?/u, '')}`)).toEqual([
			'大野 翔太|キックオフを始めます。議題は体制とスケジュールです。',
			'大野 翔太|森田さん、ようこそ。開発リードをお願いします。',
			'森田 さくら|承知しました。',
			'林 大介|遅れてすみません。',
		]);
		expect(notesOf(result)).toEqual(expect.arrayContaining(['森田 さくらさんがチャンネルに参加しました', '林 大介さんが #proj-kickoff に参加しました']));
	});

	test('names no author in a LINE WORKS room saved with spaces', () => {
		const result = parseLines(WORKS_ROOM, 'room.txt');
		expect(rollsOf(result)).toEqual([['参加者', ['null 佐々木 隆', 'null 小林 由美', 'null 加藤 誠']]]);
		expect(turnsOf(result).map(([speaker, text]) => `${speaker}|${text.split('\n')[0]}`)).toEqual([
			'佐々木 隆|[10:00] 今日は避難訓練の打合せをトークで行います。',
			'小林 由美|[10:02] よろしくお願いします。訓練日は5月17日でしょうか。',
			'佐々木 隆|[10:04] はい、その日で進めます。',
			'加藤 誠|[10:06] 備品の点検は私がやります。',
		]);
	});
});
