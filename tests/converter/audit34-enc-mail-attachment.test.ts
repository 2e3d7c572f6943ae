/**
 * A mail saved as `.eml` that sends the minutes as a text attachment under a short note (`議事録を添付します。`): the
 * attachment's text follows the note's, decoded with the charset it declares (or, declaring none, as UTF-8, Shift_JIS or
 * EUC-JP), and the record is the minutes. Only the note had been read, and the file refused for no date.
 */
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseText } from '../parser/unseen-helpers.ts';

const minutes = [
	'第５０回　みなみ市地域公共交通協議会　議事録',
	'',
	'１　日時　令和６年１０月１日（火）午後２時００分～午後３時３０分',
	'２　場所　みなみ市役所　第１会議室',
	'３　出席者　有村　一郎（会長）、瀬川　花子（副会長）、村田　健二',
	'４　議事内容',
	'○有村会長　ただ今から協議会を開会します。',
	'○村田委員　南循環線の利用が減っている理由を伺います。',
	'○有村会長　以上で閉会します。',
].join('\r\n');

const base64 = (bytes: Buffer) => bytes.toString('base64').replace(/.{76}/gu, '$&\r\n');

/** A mail whose note is in UTF-8 and whose attachment holds `attachment`'s bytes under the part header `type`. */
function mail(type: string, attachment: Buffer): Buffer {
	return Buffer.from(
		[
			'From: noguchi@example.jp',
			'To: iinkai@example.jp',
			'Subject: =?UTF-8?B?' + Buffer.from('第50回議事録の送付').toString('base64') + '?=',
			'Date: Tue, 1 Oct 2024 17:00:00 +0900',
			'MIME-Version: 1.0',
			'Content-Type: multipart/mixed; boundary="mix"',
			'',
			'--mix',
			'Content-Type: text/plain; charset=UTF-8',
			'Content-Transfer-Encoding: base64',
			'',
			base64(Buffer.from('委員各位\n\n第50回協議会の議事録を添付します。ご確認ください。\n\n事務局　野口\n')),
			'--mix',
			type,
			'Content-Disposition: attachment; filename="minutes50.txt"',
			'Content-Transfer-Encoding: base64',
			'',
			base64(attachment),
			'--mix--',
			'',
		].join('\r\n'),
		'ascii',
	);
}

describe('the minutes attached to a mail as text', () => {
	test.each([
		['Shift_JIS, declared', 'Content-Type: text/plain; charset=Shift_JIS; name="minutes50.txt"', iconv.encode(minutes, 'shift_jis')],
		['UTF-8, undeclared', 'Content-Type: text/plain; name="minutes50.txt"', Buffer.from(minutes, 'utf8')],
		['Shift_JIS, undeclared', 'Content-Type: text/plain; name="minutes50.txt"', iconv.encode(minutes, 'shift_jis')],
	])('in %s: read after the note, the record the minutes', (_, type, bytes) => {
		const decoded = decodeSeed(mail(type, bytes));
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.warnings.map((warning) => warning.message)).toContainEqual(expect.stringContaining('its text attachment read after it'));
		const { meeting } = parseText(decoded.text, 'minutes50.eml');
		expect([meeting?.title, meeting?.date]).toEqual(['第５０回　みなみ市地域公共交通協議会　議事録', '2024-10-01']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['有村会長', 'ただ今から協議会を開会します。'],
			['村田委員', '南循環線の利用が減っている理由を伺います。'],
			['有村会長', '以上で閉会します。'],
		]);
	});
});
