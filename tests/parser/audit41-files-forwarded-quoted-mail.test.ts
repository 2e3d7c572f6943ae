/**
 * A saved mail that forwards the minutes: its own header (`From:`, `Subject: Fwd: …`, `Date:`), the forwarder's note
 * (`小池さん` / `議事録、確認しました。…` / `前川`), then the mail program's forward line (`-------- Forwarded Message --------`
 * in Thunderbird) over the forwarded header in its Japanese fields (`件名:`, `日付:`, `差出人:`, `宛先:`), and the forwarded
 * message quoted line by line (`> 運営委員各位`, `>`, `> ■第３回　…議事録`, `> 日時：…`, `> 前川会長：…`). The minutes are
 * read from the quoted message: its title, date, roll, agenda and turns (the note had been the title, `小池さん`, the
 * header lines text, and each turn's speaker had kept the quote mark, `> 前川会長`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const FORWARDED = `From: maekawa@example.jp
To: koike@example.jp
Subject: Fwd: 【議事録】第３回運営委員会
Date: Tue, 15 Oct 2024 08:30:00 +0900

小池さん

議事録、確認しました。一点だけ、会長の発言の言い回しを直してください。
よろしくお願いします。

前川

-------- Forwarded Message --------
件名: 【議事録】第３回運営委員会
日付: Mon, 14 Oct 2024 18:02:11 +0900
差出人: 小池 恵 <koike@example.jp>
宛先: 運営委員各位 <unei@example.jp>

> 運営委員各位
>
> 第３回運営委員会の議事録をお送りします。
>
> ■第３回　あおば自治会運営委員会　議事録
> 日時：令和６年１０月１３日（日）１０時〜１１時３０分
> 場所：あおば集会所
> 出席者：前川会長、小池副会長、田島会計、森本委員、長井委員
> 議題：
> １．秋祭りの収支報告
> ２．防災訓練の日程
>
> 前川会長：秋祭りは天候にも恵まれ、無事に終えることができました。
> 田島会計：収入が二十八万円、支出が二十五万円で、三万円の黒字です。
> 森本委員：黒字分は来年に繰り越すということでよいですか。
> 前川会長：はい、繰越金として計上します。
> 長井委員：防災訓練は十二月の第一日曜日でどうでしょうか。
> 前川会長：では十二月一日で決定とします。
>
> 以上
`;

describe('minutes forwarded in a mail, quoted line by line', () => {
	test('the quoted message is the record: title, date, roll, agenda and turns', () => {
		const { meeting, diagnostics } = parseText(FORWARDED, 'fwd.eml');
		expect(meeting?.title).toBe('第３回　あおば自治会運営委員会　議事録');
		expect(meeting?.date).toBe('2024-10-13');
		expect(meeting?.location).toBe('あおば集会所');
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['前川', '小池', '田島', '森本', '長井']);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['秋祭りの収支報告', '防災訓練の日程']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['前川会長', '田島会計', '森本委員', '前川会長', '長井委員', '前川会長']);
		expect(meeting?.remarks.every((remark) => !remark.text.includes('>'))).toBe(true);
		expect(diagnostics.filter((d) => d.code === 'mail-header').map((d) => d.line)).toEqual([1]);
	});

	test("a Gmail forward under the mail's own header, the message not quoted, loses the note too", () => {
		const text = FORWARDED.replace('-------- Forwarded Message --------', '---------- Forwarded message ---------')
			.replace('件名:', 'Subject:')
			.replace('日付:', 'Date:')
			.replace('差出人:', 'From:')
			.replace('宛先:', 'To:')
			.replace(/^> ?/gmu, '');
		const { meeting } = parseText(text, 'fwd.eml');
		expect(meeting?.title).toBe('第３回　あおば自治会運営委員会　議事録');
		expect(meeting?.remarks).toHaveLength(6);
	});
});
