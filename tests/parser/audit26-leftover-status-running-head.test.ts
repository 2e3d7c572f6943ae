/**
 * A running head with the document's status over the title (`議事要旨（速報版）`, `議事要旨（速報）`, `議事録（暫定版）` over
 * `第４回地域交通活性化検討会　議事録`): how the file was handed out, said once; the title below names the meeting.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const minutes = (head: string) => [
	head,
	'',
	'第４回地域交通活性化検討会　議事録',
	'',
	'日時：令和６年１２月２日（月）１０：００～１２：００',
	'場所：中央合同庁舎３号館　特別会議室',
	'出席者：山口座長、井上委員、木村委員',
	'',
	'山口座長：それでは第４回検討会を始めます。',
	'井上委員：デマンド交通の利用者数の推移を教えてください。',
];

describe('a status over the title', () => {
	test.each(['議事要旨（速報版）', '議事要旨（速報）', '議事録（暫定版）', '【議事概要（速報）】'])('%s is left out of the title', (head) => {
		const result = parse(minutes(head));
		expect(result?.family).toBe('council');
		expect(result?.meeting?.title).toBe('第４回地域交通活性化検討会　議事録');
		expect(result?.meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['山口', '井上', '木村']);
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山口座長', '井上委員']);
		expect(result?.diagnostics.map((diagnostic) => diagnostic.code)).toContain('document-stamp');
	});
});
