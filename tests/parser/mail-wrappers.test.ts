/**
 * Minutes saved from a mail program with the message around them: a raw message's header (`Return-Path`, `Received`
 * folded over lines), an mbox's `From addr date` line, Outlook's `差出人:` / `送信日時:` / `件名:` and its English `Sent:`,
 * a forwarded message under the forwarder's note; the greeting before the title goes, the body's name over the title stays.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const options = { source: 'a.txt', sourceHash: '0'.repeat(64) };
const minutes = [
	'ライオンズガーデン東町管理組合',
	'第８期　第８回理事会議事録',
	'',
	'日時　令和６年７月２８日（日）　午前１０時～午前１１時３０分',
	'場所　集会室',
	'出席理事　理事長　石川、副理事長　池上、書記　髙野',
	'',
	'石川理事長：駐輪場の区画見直しについて協議します。',
	'池上副理事長：空き区画は１２区画あります。',
	'石川理事長：では次回までに案をまとめます。',
];
const greeting = ['理事の皆様', '', '書記の髙野です。', '7月28日の理事会の議事録をお送りします。', '内容に誤りがあれば今週中にご指摘ください。', ''];
const read = (lines: readonly string[]) => {
	const [result] = parseDocuments(lines.join('\n'), options);
	return { meeting: result?.meeting, mail: result?.diagnostics.some((diagnostic) => diagnostic.code === 'mail-header') };
};
const expected = ['ライオンズガーデン東町管理組合 第８期　第８回理事会議事録', 'ライオンズガーデン東町管理組合 理事会', '2024-07-28', '10:00', ['石川理事長', '池上副理事長', '石川理事長']];
const summary = (meeting: ReturnType<typeof read>['meeting']) => [meeting?.title, meeting?.series, meeting?.date, meeting?.start, meeting?.remarks.map((remark) => remark.speaker)];

describe('a mail header over the minutes', () => {
	test.each([
		['a raw message (Return-Path, Received folded)', ['Return-Path: <takano@example.ne.jp>', 'Received: from mail.example.ne.jp (localhost [127.0.0.1])', '\tby mx.example.jp with ESMTP id 4F2A1B; Mon, 5 Aug 2024 21:14:10 +0900', 'Date: Mon, 5 Aug 2024 21:14:08 +0900', 'From: 髙野 <takano@example.ne.jp>', 'To: riji@example.ne.jp', 'Subject: 第８回理事会議事録', 'Message-ID: <20240805.4F2A1B@example.ne.jp>', '']],
		["an mbox's From line", ['From takano@example.ne.jp  Mon Aug  5 21:14:10 2024', 'From: 髙野 <takano@example.ne.jp>', 'Subject: 第８回理事会議事録', 'Date: Mon, 5 Aug 2024 21:14:08 +0900', '']],
		["Outlook's Japanese header", ['差出人: 管理組合理事会 書記 髙野 <takano.riji@example.ne.jp>', '送信日時: 2024年8月5日 21:14', '宛先: 理事会メンバー <riji@example.ne.jp>', '件名: 【議事録】第８回理事会（7/28開催）', '']],
		["Outlook's English header", ['From:\t髙野 <takano.riji@example.ne.jp>', 'Sent:\tMonday, August 5, 2024 9:14 PM', 'To:\triji@example.ne.jp', 'Subject:\t第８回理事会議事録', '']],
	])('%s: left out with the greeting, the body named over the title kept', (_kind, header) => {
		const { meeting, mail } = read([...header, ...greeting, ...minutes]);
		expect(summary(meeting)).toEqual(expected);
		expect(mail).toBe(true);
		expect(JSON.stringify(meeting)).not.toContain('お送りします');
	});

	test("a forwarded message: the forwarder's note and the forwarded header go", () => {
		const note = ['皆さま', '', 'お疲れさまです。広報担当の小西です。', '理事会議事録を転送します。', '', '---------- Forwarded message ---------', 'From: 髙野 <takano@example.ne.jp>', 'Date: 2024年8月5日(月) 21:14', 'Subject: 第８回理事会議事録', 'To: 理事会ML <riji-ml@example.ne.jp>', ''];
		const { meeting, mail } = read([...note, ...greeting, ...minutes]);
		expect(summary(meeting)).toEqual(expected);
		expect(mail).toBe(true);
		expect(JSON.stringify(meeting)).not.toContain('転送します');
	});

	test("a PTA's 記録 is the title a long greeting leads to", () => {
		const long = ['運営委員の皆様', '', 'いつもお世話になっております。書記の河野です。', '先日はお忙しい中ご出席いただきありがとうございました。', '10月運営委員会の記録を送ります。', '', '運動会の片付けの件は、当日欠席された方にも共有をお願いします。', 'また、11月の資源回収の担当表を添付しましたのでご確認ください。', 'ご不明点は河野までご連絡ください。', '', '＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝', '桜ヶ丘小学校ＰＴＡ　１０月運営委員会　記録', '', '日時　令和６年１０月１４日（月・祝）１０時～１１時３０分', '出席　会長　田村、副会長　森、書記　河野', '', '田村会長：バザーの日程を決めます。', '森副会長：１１月１６日を提案します。'];
		const { meeting } = read(['From: "PTA書記 河野" <kono.pta@example.jp>', 'Subject: 10月運営委員会の記録', 'Date: Wed, 16 Oct 2024 23:05:12 +0900', '', ...long]);
		expect([meeting?.title, meeting?.date]).toEqual(['桜ヶ丘小学校ＰＴＡ　１０月運営委員会　記録', '2024-10-14']);
	});
});
