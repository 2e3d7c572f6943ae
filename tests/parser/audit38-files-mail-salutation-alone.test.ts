import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** An association's minutes sent by mail and saved with its header, the message opening with `各位` alone on its line. */
const MAIL = [
	'From: matsumoto@example.jp',
	'To: yakuin@example.jp',
	'Subject: 役員会議事録',
	'Date: Wed, 21 Aug 2024 10:00:00 +0900',
	'',
	'各位',
	'',
	'お疲れさまです。事務局の松本です。',
	'先日の役員会の議事録をお送りします。',
	'',
	'令和６年度　第２回　ひまわり商店会役員会　議事録',
	'',
	'日時：令和６年８月２０日（火）１９時から２０時３０分',
	'場所：ひまわり会館　２階会議室',
	'出席者：会長　桑原健一、副会長　西村由美、会計　小島隆',
	'',
	'桑原会長：それでは役員会を始めます。',
	'小島会計：夏祭りの収支を報告します。収入は予算を上回りました。',
	'桑原会長：以上で閉会します。',
	'',
].join('\n');

describe('a mail opening with 各位 alone', () => {
	test('the greeting under it is left out, the minutes\' title titles the record', () => {
		const { meeting, diagnostics } = parseMinutes(MAIL, { source: 'yakuinkai.eml', sourceHash: '0'.repeat(64) });
		expect(meeting?.title).toBe('令和６年度　第２回　ひまわり商店会役員会　議事録');
		expect(meeting?.session).toBe(2);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['桑原会長', '小島会計', '桑原会長']);
		expect(diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-line')).toEqual([]);
	});
});
