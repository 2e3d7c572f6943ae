/**
 * A web page's list of files under the minutes, headed `資料` or `資料一覧` (right under the last row of a table of turns, as
 * a saved page's text gives it, or past a blank line): the record's handouts, never the last speaker's words; and a
 * `資料一覧` under the 議事次第 in the header lists handouts, never more items of business.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.html', sourceHash: '0'.repeat(64) })[0];

describe('the list of files after the last turn', () => {
	test('under a table of turns, headed 資料', () => {
		const result = parse([
			'第2回あおば市地域福祉計画推進委員会会議録',
			'日時：令和6年10月8日（火曜日）午後2時00分から午後3時45分まで',
			'場所：あおば市役所本庁舎　3階　第2委員会室',
			'議事録',
			'発言者\t発言内容',
			'委員長\tただいまから第2回委員会を開催します。',
			'事務局（福祉総務課）\t資料1について説明します。',
			'A委員\t若い世代の参加をどう促すのか。',
			'委員長\t以上で本日の議事を終了します。',
			'資料',
			'資料1　計画の進捗状況 [PDFファイル／512KB]',
			'資料2　今後のスケジュール [PDFファイル／98KB]',
		]);
		const meeting = result?.meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員長', '事務局（福祉総務課）', 'A委員', '委員長']);
		expect(meeting?.remarks.at(-1)?.text).toBe('以上で本日の議事を終了します。');
		expect(meeting?.handouts.map((handout) => [handout.id, handout.title])).toEqual([
			['資料1', '計画の進捗状況'],
			['資料2', '今後のスケジュール'],
		]);
	});

	test('past a blank line, headed 資料一覧, files named by their titles', () => {
		const result = parse([
			'第9回みなと市景観審議会議事要旨',
			'',
			'日時：令和6年2月15日（木曜日）13時30分～15時30分',
			'場所：市役所　大会議室',
			'',
			'議事要旨',
			'',
			'○会長　本日の意見を反映し、修正案を確定させる。',
			'',
			'○山崎委員　異議ありません。',
			'',
			'資料一覧',
			'',
			'次第（PDF：45KB）',
			'',
			'資料1　景観計画修正案の概要（PDF：1.3MB）',
		]);
		const meeting = result?.meeting;
		expect(meeting?.remarks.at(-1)?.text).toBe('異議ありません。');
		expect(meeting?.handouts.map((handout) => handout.id)).toEqual(['次第', '資料1']);
	});
});

describe('資料一覧 under the 議事次第', () => {
	test('lists handouts, not items of business', () => {
		const result = parse([
			'第7回 防災会議専門部会',
			'',
			'開催概要',
			'日時：令和6年2月15日（木曜日）13時30分～15時30分',
			'場所：県庁西館　4階　大会議室',
			'議事次第',
			'開会',
			'地域防災計画の修正について',
			'閉会',
			'資料一覧',
			'次第（PDF：45KB）',
			'資料1　地域防災計画修正案の概要（PDF：1.3MB）',
			'資料2　修正箇所一覧（エクセル：56KB）',
			'議事要旨',
			'',
			'（部会長）前回の議論を踏まえ、修正案を取りまとめた。',
			'',
			'（山崎委員）個別避難計画の作成率を明記すべき。',
		]);
		const meeting = result?.meeting;
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['開会', '地域防災計画の修正について', '閉会']);
		expect(meeting?.handouts.map((handout) => handout.id)).toEqual(['次第', '資料1', '資料2']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['部会長', '山崎委員']);
	});
});
