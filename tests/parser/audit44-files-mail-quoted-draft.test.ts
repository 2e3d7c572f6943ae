/**
 * An association's secretary sends the corrected minutes by mail as a reply to the mail that sent the draft: the message
 * (`理事各位` / `…議事録を送付いたします。`), the minutes between cut lines, the sign-off (`以上、よろしくお願いいたします。` /
 * the name and office), then, as mail programs quote the message replied to, the attribution (`2024年6月10日(月) 17:00 高橋 葵
 * <jimukyoku@example.jp>:`) over the earlier draft, each line after `> ` (`> 長谷川会長：…`, `> 大野会計：…２５万円…`). The
 * minutes are read from the message alone: the quoted draft and the sign-off are the mail's, each left out with a warning
 * naming its line. The draft's lines had been read as more turns (speakers `> 長谷川会長`, the draft's figure beside the
 * minutes'), the sign-off as a turn of `高橋`.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MAIL = `From: 高橋 葵 <jimukyoku@example.jp>
To: riji@example.jp
Subject: Re: 理事会議事録の送付
Date: Fri, 14 Jun 2024 17:05:00 +0900

理事各位

事務局の高橋です。
先日の理事会の議事録を送付いたします。

――――――――――――――――――――
ひまわり台自治会　第３回理事会　議事録

日　時：令和６年６月８日（土）１９時００分〜２０時３０分
場　所：ひまわり台集会所　第１会議室
出席者：会長　長谷川　誠、副会長　小松　広美、会計　大野　里沙、理事　佐伯　健太

議事内容
長谷川会長：定刻になりましたので、第３回理事会を始めます。
小松副会長：夏祭りは例年どおり８月第１土曜日に実施したいと考えます。
大野会計：予算は昨年並みの３０万円を計上しています。
佐伯理事：雨天時の対応はどうしますか。
長谷川会長：以上で本日の議事を終了します。
――――――――――――――――――――

以上、よろしくお願いいたします。

高橋　葵（ひまわり台自治会事務局）

2024年6月10日(月) 17:00 高橋 葵 <jimukyoku@example.jp>:
> 理事各位
>
> 事務局の高橋です。理事会の議事録案をお送りします。
>
> 長谷川会長：定刻になりましたので、第３回理事会を始めます。
> 小松副会長：夏祭りは８月第１土曜日に実施したいと考えます。
> 大野会計：予算は昨年並みの２５万円を計上しています。
`;

describe('a mail that sends the minutes over the draft it quotes', () => {
	test('reads the minutes above, without the quoted draft or the sign-off', () => {
		const result = parseText(MAIL, 'riji.eml');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['長谷川会長', '小松副会長', '大野会計', '佐伯理事', '長谷川会長']);
		expect(JSON.stringify(result.body)).not.toContain('２５万円');
		expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.line)).toEqual(expect.arrayContaining([24, 30]));
	});

	test('reads minutes quoted whole under a short reply as before', () => {
		const reply = `From: 小松 広美 <komatsu@example.jp>
Subject: Re: 理事会議事録
Date: Sat, 15 Jun 2024 09:00:00 +0900

高橋さん

確認しました。問題ありません。

> ひまわり台自治会　第３回理事会　議事録
> 日時：令和６年６月８日（土）１９時００分〜２０時３０分
> 出席者：会長　長谷川　誠、副会長　小松　広美
> 長谷川会長：定刻になりましたので、第３回理事会を始めます。
> 小松副会長：夏祭りは８月第１土曜日に実施したいと考えます。
`;
		const result = parseText(reply, 'reply.eml');
		expect(result.meeting?.remarks.length).toBeGreaterThan(0);
	});
});
