/**
 * A 議事要旨 whose text was taken from a PDF has no blank lines: the header's last list runs straight into the minutes.
 * A sentence after the place or the people is the text (before, 7 of 11 turns became members of the roll and an agenda
 * item); hospital boards' posts (院長, 副院長, 看護部長) speak and read as posts.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `令和6年度第2回 みなと市立病院運営委員会
議事要旨
日時:令和6年10月8日(火)午後2時00分から午後3時30分まで
場所:みなと市役所 第3会議室
出席:石田委員、松尾委員、岡委員
事務局等:大西健康福祉部長、谷口医事課長ほか
中野院長、北村副院長、森本看護部長
司会より、会議成立の報告及び本日の会議は公開とする旨の報告あり。
1 報告事項
(1) 上半期の経営状況について
事務局
上半期の入院患者数は前年度を上回り、病床利用率は八割を超えた。
委員
外来の待ち時間が長いという声があるが、対策はあるか。
院長
予約枠を見直し、午後の診療枠を増やす予定である。
委員
了承する。`;

describe('minutes text with no blank line after the header', () => {
	const { meeting } = parseMinutes(MINUTES, { source: 'a.txt', sourceHash: '0'.repeat(64) });

	test('the header\'s lists end where the text starts, and every turn is read', () => {
		expect(meeting!.participants.map((group) => [group.group, group.members.length])).toEqual([
			['出席者', 3],
			['事務局等', 5],
		]);
		expect(meeting!.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['事務局', '上半期の入院患者数は前年度を上回り、病床利用率は八割を超えた。'],
			['委員', '外来の待ち時間が長いという声があるが、対策はあるか。'],
			['院長', '予約枠を見直し、午後の診療枠を増やす予定である。'],
			['委員', '了承する。'],
		]);
	});

	test('a hospital\'s posts are posts', () => {
		const staff = meeting!.participants[1]!.members.map((member) => [member.name, member.title]);
		expect(staff).toContainEqual(['中野', '院長']);
		expect(staff).toContainEqual(['北村', '副院長']);
		expect(staff).toContainEqual(['森本', '看護部長']);
	});
});
