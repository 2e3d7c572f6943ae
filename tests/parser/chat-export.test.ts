/**
 * A meeting held in a group chat and kept as LINE's text export: the talk's name titles it, its first day dates it,
 * each message is its author's remark, the app's notices and later days are notes, the save time dates nothing.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const talk = [
	'[LINE] さくら台三丁目自治会役員会のトーク履歴',
	'保存日時：2024/05/20 21:03',
	'',
	'2024/05/12(日)',
	'19:00\t山田 太郎\t皆さんお疲れさまです。今月の役員会はこのグループで打合せとさせてください。',
	'19:02\t佐藤 花子\t了解です。',
	'19:04\t鈴木 一郎\t"夏祭りですが、今年も7月27日(土)でよいでしょうか。',
	'テントは町内会館に4張りあります。"',
	'19:10\t\t田中 健二がグループに参加しました。',
	'19:12\t田中 健二\t防犯灯は2基がまだLEDになっていません。',
	'19:30\t山田 太郎\t"では決定事項をまとめます。',
	'・夏祭り 7/27(土) 実施、模擬店は焼きそば・かき氷',
	'・防犯灯2基の見積り依頼(田中さん)',
	'以上です。"',
	'',
	'2024/05/13(月)',
	'08:30\t田中 健二\t見積り依頼しました。',
];

describe('a LINE talk history', () => {
	const result = parseLines(talk);

	test('is read, not refused as a table of tab-separated columns', () => {
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(result.meeting?.title).toBe('さくら台三丁目自治会役員会 トーク履歴');
		expect(result.meeting?.series).toBe('さくら台三丁目自治会役員会');
	});

	test('is dated by its first day, not by the time it was saved, and timed by that day’s first and last message', () => {
		expect(result.meeting?.date).toBe('2024-05-12');
		expect(result.meeting?.start).toBe('19:00');
		expect(result.meeting?.end).toBe('19:30');
	});

	test('each message is its author’s remark, a quoted message of several lines whole, with its time', () => {
		expect(result.meeting?.participants.map((group) => group.members.map((member) => member.name))).toEqual([['山田 太郎', '佐藤 花子', '鈴木 一郎', '田中 健二']]);
		expect(turnsOf(result)).toEqual([
			['山田 太郎', '[19:00] 皆さんお疲れさまです。今月の役員会はこのグループで打合せとさせてください。'],
			['佐藤 花子', '[19:02] 了解です。'],
			['鈴木 一郎', '[19:04] 夏祭りですが、今年も7月27日(土)でよいでしょうか。\nテントは町内会館に4張りあります。\n〔19:10 田中 健二がグループに参加しました。〕'],
			['田中 健二', '[19:12] 防犯灯は2基がまだLEDになっていません。'],
			// A point opening with ・ is never joined to the one above it.
			['山田 太郎', '[19:30] では決定事項をまとめます。\n・夏祭り 7/27(土) 実施、模擬店は焼きそば・かき氷\n・防犯灯2基の見積り依頼(田中さん)\n以上です。\n〔2024年5月13日〕'],
			['田中 健二', '[08:30] 見積り依頼しました。'],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.line)).toEqual([5, 6, 7, 10, 11, 17]);
	});
});

describe('a LINE message whose opening quote is never closed', () => {
	test('ends at the next message: no message after it is lost into it', () => {
		const result = parseLines([
			'[LINE] 役員会のトーク履歴',
			'2024/05/12(日)',
			'19:00\t山田 太郎\t"夏祭りの件です。',
			'テントは4張りあります。',
			'19:02\t佐藤 花子\t了解です。',
		]);
		expect(turnsOf(result)).toEqual([
			['山田 太郎', '[19:00] 夏祭りの件です。\nテントは4張りあります。'],
			['佐藤 花子', '[19:02] 了解です。'],
		]);
	});
});
