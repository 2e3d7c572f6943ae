/**
 * A city's 議事要旨 web page as its CMS lays it out (an election board's): numbered fields with the value on the line below
 * (`1 開催日時` / `令和6年…`), a roll that counts each group led by its head's post (`- 委員 委員長始め4名`), the agenda as a
 * bulleted list (`4 議題` / `- …について`), and under `5 議事内容` each item said again as a bullet over what was done.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const PAGE = `令和6年度第9回選挙管理委員会議事要旨
1 開催日時
令和6年10月8日(火曜日)午前9時30分から午前10時05分まで
2 開催場所
みずほ市役所12階 大会議室
3 出席者
- 委員 委員長始め4名
- 事務局 書記長始め5名
- 傍聴者 なし
4 議題
- 衆議院議員総選挙及び最高裁判所裁判官国民審査について
- その他
5 議事内容
- 衆議院議員総選挙及び最高裁判所裁判官国民審査について
選挙執行事務体制等について事務局から説明を行った。
委員長より投票所の暑さ対策に努めるよう意見があった。
委員より期日前投票所の混雑状況を周知するよう意見があった。
全会一致で決定した。
- その他
今後の委員会の日程について確認した。
`;

const read = () => {
	const { meeting, diagnostics } = parseText(PAGE, 'senkan-r6-9.txt');
	if (!meeting) throw new Error(diagnostics.map((d) => d.message).join('; '));
	return meeting;
};

describe('a city CMS 議事要旨 page', () => {
	test('each group counted by its head\'s post is the group with its count, no member named no one', () => {
		expect(read().participants.map((group) => [group.group, group.note ?? null, group.members.length])).toEqual([
			['委員', '委員長始め4名', 0],
			['事務局', '書記長始め5名', 0],
		]);
	});

	test('an agenda item said again as a bullet heads its part of the text, the line below it no more of its title', () => {
		const meeting = read();
		expect(meeting.sections.map((section) => section.title).filter((title) => title !== '')).toEqual(['衆議院議員総選挙及び最高裁判所裁判官国民審査について', 'その他']);
		expect(meeting.agenda.map((item) => [item.title, meeting.sections.find((section) => section.id === item.section)?.title ?? null])).toEqual([
			['衆議院議員総選挙及び最高裁判所裁判官国民審査について', '衆議院議員総選挙及び最高裁判所裁判官国民審査について'],
			['その他', 'その他'],
		]);
		expect(meeting.remarks.map((remark) => [remark.speaker, meeting.sections.find((section) => section.id === remark.section)?.title])).toEqual([
			['委員長', '衆議院議員総選挙及び最高裁判所裁判官国民審査について'],
			['委員', '衆議院議員総選挙及び最高裁判所裁判官国民審査について'],
		]);
	});
});
