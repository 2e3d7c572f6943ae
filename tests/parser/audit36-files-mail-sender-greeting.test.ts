import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** Minutes pasted into a mail saved with its header: the sender's sentences open the message before the minutes' title. */
function mail(greeting: readonly string[]): string {
	return [
		'From: fujita@example.jp',
		'To: iinkai@example.jp',
		'Subject: 第１２回 会議の議事録',
		'Date: Thu, 20 Feb 2025 09:00:00 +0900',
		'',
		...greeting,
		'',
		'第１２回　ひかり県子ども・子育て会議　議事録',
		'',
		'１　日時　令和７年２月１９日（水）　午前１０時～正午',
		'２　場所　ひかり県庁　第３委員会室',
		'３　出席者',
		'（委員）大西会長、北川委員、小泉委員',
		'４　議事',
		'○大西会長　定刻となりましたので開会いたします。',
		'○北川委員　病児保育が伸びない理由を伺います。',
		'○大西会長　以上で本日の議事を終了いたします。',
		'',
	].join('\n');
}

describe('a mail whose message opens with the sender\'s sentences', () => {
	test.each([
		[['ひかり県こども家庭課の藤田です。', '議事録を送付します。']],
		[['お世話になっております。', 'こども家庭課の藤田です。', '先日の会議の議事録をお送りします。']],
	])('the minutes\' title titles the record, the greeting left out: %j', (greeting) => {
		const { meeting, diagnostics } = parseMinutes(mail(greeting), { source: 'kaigi.eml', sourceHash: '0'.repeat(64) });
		expect(meeting?.title).toBe('第１２回　ひかり県子ども・子育て会議　議事録');
		expect(meeting?.session).toBe(12);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['大西会長', '北川委員', '大西会長']);
		expect(diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-line')).toEqual([]);
	});
});
