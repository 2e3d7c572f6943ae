/**
 * A summary's points: a member's point written with a bullet, the label and a full-width space (`・中川委員　…べきではないか。`)
 * is that member's remark, as `・中川委員：…` is; a ○ point after a remark that was itself a point (`○事務局：…` /
 * `○次回の会議は…`) is the summary's next point, no more of that speaker's words.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (body: readonly string[]) =>
	parseDocuments(['第２回　北浜市景観審議会　議事概要', '', '日時：令和６年７月３日（水）午後２時～３時', '場所：北浜市役所　大会議室', '出席委員：岡本会長、中川委員、石田委員', '', '議事概要', ...body].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const items = (result: ReturnType<typeof parse>) => JSON.stringify(result?.body).match(/"type":"list"[^\]]*\]/gu)?.join('') ?? '';

describe("a summary's points", () => {
	test('`・中川委員　…` with a full-width space is the member\'s remark', () => {
		const meeting = parse(['○　主な意見', '　・中川委員　屋外広告物の規制区域を広げるべきではないか。', '　・石田委員　色彩基準は事業者に分かりやすく示す必要がある。'])?.meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['中川委員', '屋外広告物の規制区域を広げるべきではないか。'],
			['石田委員', '色彩基準は事業者に分かりやすく示す必要がある。'],
		]);
	});

	test('a ○ point after a point that was a turn is no more of it', () => {
		const result = parse(['○中川委員：デマンドタクシーの予約方法を簡単にしてほしい。', '○事務局：電話予約に加えてウェブ予約を検討する。', '○次回の会議は１０月に開催予定。']);
		expect(result?.meeting?.remarks.map((remark) => remark.text)).toEqual(['デマンドタクシーの予約方法を簡単にしてほしい。', '電話予約に加えてウェブ予約を検討する。']);
		expect(items(result)).toContain('○次回の会議は１０月に開催予定。');
	});

	test('`○その他` under a bulleted turn ends it, and the text under it is no one\'s', () => {
		const result = parse(['○主な意見', '・石田委員：男性の育児休業取得率の目標値が低い。', '○その他', '次回は１２月に開催する。']);
		expect(result?.meeting?.remarks.map((remark) => remark.text)).toEqual(['男性の育児休業取得率の目標値が低い。']);
	});

	test('a list of posts and names with full-width spaces stays a list', () => {
		const result = parse(['○役員の選任', '・会長　岡本　一郎', '・副会長　中川　二郎']);
		expect(result?.meeting?.remarks).toEqual([]);
	});
});
