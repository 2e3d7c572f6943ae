/**
 * A labour-management council's record typed by hand: the roll lists each side on a line of its own (`使用者側　工場長 大槻、…`,
 * `労働者側　委員長 安藤、執行委員 北村・野中`), and a turn names who speaks for a side in brackets before the colon
 * (`会社(大槻)：…`, `組合（安藤）：…`). Each is that person's turn of that side; the roll gives each post and surname (before:
 * the turns stayed text and the side's word was read into the first name, `北村・野中` one entry).
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `労使協議会 記録

日時：R7.2.14（金）16:00～17:30
場所：第二工場 会議室

出席：
　使用者側　工場長 大槻、総務課長 新井、経理課 戸田
　労働者側　委員長 安藤、書記長 小泉、執行委員 北村・野中
記録：戸田

議題
　1. 休日出勤の振替について

■1. 休日出勤の振替について
組合）振替休日が取れないまま月をまたぐ例が多い。
会社(大槻)：2月は繁忙期で、3月中の取得を認める。
組合（安藤）：3月に集中すると現場が回らない。分散させてほしい。
会社(新井)：部署ごとに取得予定表を作ってもらう。

以上
`;

describe('a labour-management council with who speaks for each side', () => {
	const { meeting } = parseMinutes(MINUTES, { source: 'roushi.txt', sourceHash: '0'.repeat(64) });

	test('the roll gives each side its members, post and surname', () => {
		expect(meeting!.participants.filter((group) => group.group.endsWith('側')).map((group) => [group.group, group.members.map((member) => `${member.title} ${member.name}`)])).toEqual([
			['使用者側', ['工場長 大槻', '総務課長 新井', '経理課 戸田']],
			['労働者側', ['委員長 安藤', '書記長 小泉', '執行委員 北村', '執行委員 野中']],
		]);
	});

	test('a side with who speaks for it in brackets is that person’s turn of that side', () => {
		expect(meeting!.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['組合', '振替休日が取れないまま月をまたぐ例が多い。'],
			['大槻（会社）', '2月は繁忙期で、3月中の取得を認める。'],
			['安藤（組合）', '3月に集中すると現場が回らない。分散させてほしい。'],
			['新井（会社）', '部署ごとに取得予定表を作ってもらう。'],
		]);
	});
});
