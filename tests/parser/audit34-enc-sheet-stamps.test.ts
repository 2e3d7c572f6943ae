/**
 * A spreadsheet of turns saved as CSV or tab-separated text (Excel's CP932 CSV, its "Unicode テキスト") that says when each
 * turn was made in a column of its own (`日時`, `時刻`), or that has no title or date above its header row at all.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const stamped = [
	'第14回 みなみ市地域公共交通協議会 議事録',
	'日時,発言者,発言内容',
	'2024/07/09 14:00,有村会長,定刻となりましたので、第14回協議会を始めます。',
	'2024/07/09 14:01,事務局（石川課長）,"資料１について説明します。',
	'利用者数は前年比で８％増えました。',
	'特に「北循環線」が伸びています。"',
	'2024/07/09 14:05,村田委員,南循環線が減っている理由は何ですか。',
	'2024/07/09 14:10,有村会長,それでは本日はこれで閉会します。',
].join('\r\n');

describe("a spreadsheet's turns stamped in a column", () => {
	test('the first turn dates the record, the turns give its start and end, each turn keeps its time (it had been refused for no date)', () => {
		const { meeting, diagnostics } = parseText(stamped, 'kotsu.csv');
		expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
		expect([meeting?.title, meeting?.date, meeting?.start, meeting?.end]).toEqual(['第14回 みなみ市地域公共交通協議会 議事録', '2024-07-09', '14:00', '14:10']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['有村会長', '[14:00] 定刻となりましたので、第14回協議会を始めます。'],
			['事務局（石川課長）', '[14:01] 資料１について説明します。\n利用者数は前年比で８％増えました。\n特に「北循環線」が伸びています。'],
			['村田委員', '[14:05] 南循環線が減っている理由は何ですか。'],
			['有村会長', '[14:10] それでは本日はこれで閉会します。'],
		]);
	});

	test('a time of day alone stays with its turn, the day coming from a label row', () => {
		const text = ['会議名\t運営委員会', '開催日\t2024/07/09', '', '時刻\t発言者\t発言内容', '19:02\t林会長\t始めます。', '19:05\t森委員\t質問です。'].join('\n');
		const { meeting } = parseText(text, 'unei.tsv');
		expect([meeting?.date, meeting?.remarks.map((remark) => remark.text)]).toEqual(['2024-07-09', ['[19:02] 始めます。', '[19:05] 質問です。']]);
	});
});

describe('a spreadsheet of turns with nothing above its header row', () => {
	const bare = ['発言者\t発言内容', '林会長\t始めます。', '森委員\t質問です。'].join('\n');

	test("is named and dated by the file's name, as a transcript is (it had been refused for no date)", () => {
		const { meeting } = parseText(bare, '運営委員会_2024-07-09.tsv');
		expect([meeting?.title, meeting?.date, meeting?.remarks.length]).toEqual(['運営委員会', '2024-07-09', 2]);
	});

	test('without a date in its name, its error says where a spreadsheet gives one', () => {
		const { meeting, diagnostics } = parseText(bare.replace(/\t/gu, ','), '運営委員会.csv');
		expect(meeting).toBeNull();
		expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([
			expect.objectContaining({ line: 1, message: expect.stringMatching(/^a spreadsheet of turns holds no date: add a row such as "開催日,2024\/10\/17" above its header row \(line 1\), .*運営委員会_2024-10-17\.csv/u) }),
		]);
	});
});
