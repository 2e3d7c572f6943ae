/**
 * Minutes pasted into a mail between the sender's cut lines and saved as the message (`.eml`, ISO-2022-JP as Japanese mail
 * programs send it): the header, the greeting (`運営委員各位` / `お疲れさまです。事務局の長尾です。` / …), a rule of dashes, the
 * minutes' title and the minutes down to `以上`, the same rule again, then the sender's sign-off without a telephone or an
 * address (`あおば台自治会　事務局　長尾`). The closing rule and the sign-off are the mail's, left out with a warning as a
 * signature is; they had been a note of dashes and a paragraph of the minutes after `以上`.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseText } from './unseen-helpers.ts';

const rule = '-'.repeat(40);
const mail = [
	'From: nagao@example.jp',
	'To: unei@example.jp',
	'Subject: 【議事録送付】第８回運営委員会',
	'Date: Mon, 09 Dec 2024 21:14:03 +0900',
	'',
	'運営委員各位',
	'',
	'お疲れさまです。事務局の長尾です。',
	'先日の運営委員会の議事録をお送りします。',
	'',
	rule,
	'あおば台自治会　第８回運営委員会　議事録',
	'',
	'日時：２０２４年１２月８日（日）１０：００〜１１：１５',
	'場所：あおば台集会所　和室',
	'出席：会長　根岸、副会長　大竹、会計　吉村',
	'',
	'議題',
	'１．年末夜警の分担について',
	'',
	'１．年末夜警の分担について',
	'根岸会長：今年も２８日から３０日まで夜警を行います。',
	'大竹副会長：高齢の世帯が多い班は、一名でもよいことにしてはどうでしょう。',
	'根岸会長：そのようにします。',
	'',
	'以上',
	rule,
	'',
	'あおば台自治会　事務局　長尾',
	'',
];

describe('minutes between the sender’s cut lines', () => {
	const result = parseText(mail.join('\r\n'), 'minutes.eml');

	test('the rule and the sign-off after the minutes are the mail’s', () => {
		expect(bodyText(result)).not.toContain('事務局長尾');
		const texts = result.body.flatMap((section) => section.children.map((block) => ('text' in block ? block.text : '')));
		expect(texts.filter((text) => /-{10}/u.test(text))).toEqual([]);
		expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toContain('mail-signature');
	});

	test('the minutes are whole', () => {
		expect(result.meeting?.title).toBe('あおば台自治会　第８回運営委員会　議事録');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['根岸会長', '大竹副会長', '根岸会長']);
		expect(bodyText(result)).toContain('以上');
	});
});
