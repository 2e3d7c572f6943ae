/**
 * Minutes sent in the body of a mail and saved as the message (`.eml`): the header, the sender's greeting, the minutes,
 * `以上`, then the sender's signature between rules as mail programs insert it (`-----` / `みなみ市 総務部 総務課` /
 * `杉山 直子` / `TEL: 000-000-0000` / `-----`; or `-- ` over it, or a rule of `━`). The signature is the mail's, left out
 * with a warning (the rules had been notes and the office, name and telephone a paragraph of the minutes).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseText } from './unseen-helpers.ts';

const mail = (signature: string): string => `From: sugiyama@example.jp
To: members@example.jp
Subject: 【議事録送付】第１２回地域交通連絡会議
Date: Wed, 06 Nov 2024 09:12:00 +0900

各位

お疲れさまです。総務部の杉山です。
先日の定例会議の議事録を送付いたします。

第１２回　地域交通連絡会議　議事録

日時：２０２４年１１月５日（火）１５：００〜１６：３０
場所：みなみ市役所　本庁舎３階　会議室Ｂ
出席者：
　委員：大塚座長、平井委員、松尾委員、川端委員
　事務局：杉山（総務部）、三浦（交通政策課）
議題：
　１．コミュニティバスの利用状況について
　２．来年度のダイヤ改正について

大塚座長：それでは第１２回の会議を始めます。まず事務局から利用状況の報告をお願いします。
三浦：１０月の利用者は延べ四千二百人で、前年同月より一割ほど増えています。
平井委員：増えた理由は何でしょうか。
大塚座長：事務局で検討をお願いします。本日はこれで終わります。

以上

${signature}
`;

describe("the sender's signature under minutes sent by mail", () => {
	test.each([
		['-----\nみなみ市 総務部 総務課\n杉山 直子\nTEL: 000-000-0000\n-----'],
		['-- \n杉山 直子（みなみ市 総務部 総務課）\n電話 000-000-0000（内線 123）\nsugiyama@example.jp'],
		['━━━━━━━━━━━━━━━━\nみなみ市 総務部 総務課\n杉山 直子\n〒000-0000 みなみ市本町1-1\n━━━━━━━━━━━━━━━━'],
	])('is left out with a warning: %s', (signature) => {
		const result = parseText(mail(signature), 'mail.eml');
		const text = bodyText(result);
		expect(text).not.toContain('杉山 直子');
		expect(text).not.toMatch(/000-000-0000|-----|━━━/u);
		expect(text).toContain('以上');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['大塚座長', '三浦', '平井委員', '大塚座長']);
		expect(result.diagnostics.filter((d) => d.code === 'mail-signature')).toHaveLength(1);
	});

	test('a rule over more of the minutes is no signature', () => {
		const result = parseText(mail('-----\n平井委員：補足ですが、利用者アンケートの結果も次回に示してください。\nTEL窓口の時間も延ばしてほしいとの声があります。'), 'mail.eml');
		expect(result.diagnostics.some((d) => d.code === 'mail-signature')).toBe(false);
		expect(bodyText(result)).toContain('利用者アンケート');
	});
});
