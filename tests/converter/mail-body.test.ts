/**
 * A mail saved as it travelled (`.eml`, or its text as `.txt`) whose body is base64 or quoted-printable, in parts or not:
 * the plain-text part is decoded with its charset under the mail's header, with a warning; an HTML-only mail is refused
 * on one line saying what to do.
 */
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const minutes = ['令和６年度　第２回　ひばり台中学校学校運営協議会　議事録', '', '１　日時　令和６年１１月１５日（金）　午後３時３０分から午後５時まで', '２　場所　ひばり台中学校　会議室', '３　出席者　委員　髙田　昌弘（会長）、吉﨑　里美', '', '髙田会長：ただいまから協議会を始めます。', '吉﨑委員：不登校の生徒への対応を伺います。', '髙田会長：以上で終わります。'].join('\n');
const header = ['From: =?UTF-8?B?5bCP5p2+?= <komatsu@example.jp>', 'To: cs-iin@example.jp', 'Subject: =?UTF-8?B?6K2w5LqL6Yyy?=', 'Date: Mon, 18 Nov 2024 08:15:00 +0900', 'MIME-Version: 1.0'];
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/gu, '$&\n');
const quotedPrintable = (text: string) =>
	text
		.split('\n')
		.map((line) => [...Buffer.from(line, 'utf8')].map((byte) => (byte >= 0x21 && byte <= 0x7e && byte !== 0x3d ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('').replace(/.{72}(?=.)/gu, '$&=\n'))
		.join('\n');
const read = (mail: string) => {
	const decoded = decodeSeed(Buffer.from(mail, 'ascii'));
	if (!decoded.ok) throw new Error(decoded.message);
	const [result] = parseDocuments(decoded.text, { source: 'a.eml', sourceHash: '0'.repeat(64) });
	return { decoded, meeting: result?.meeting };
};

describe('a mail whose body is encoded for transport', () => {
	test.each([
		['base64', ['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64(minutes)]],
		['quoted-printable', ['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(minutes)]],
		[
			'multipart/alternative, the plain part after the HTML one',
			['Content-Type: multipart/alternative; boundary="=_b1"', '', '--=_b1', 'Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64('<p>html</p>'), '--=_b1', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64(minutes), '--=_b1--'],
		],
	])('%s: the minutes are read, every character kept (髙, 﨑)', (_kind, body) => {
		const { decoded, meeting } = read([...header, ...body].join('\n'));
		expect(decoded.ok && decoded.warnings.some((warning) => warning.code === 'mail-body')).toBe(true);
		expect([meeting?.title, meeting?.date, meeting?.start, meeting?.remarks.map((remark) => remark.speaker)]).toEqual(['令和６年度　第２回　ひばり台中学校学校運営協議会　議事録', '2024-11-15', '15:30', ['髙田会長', '吉﨑委員', '髙田会長']]);
		expect(meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['髙田　昌弘', '吉﨑　里美']);
	});

	test('a garbled line inside an encoded body is named once the body is decoded', () => {
		const garbled = `${minutes}\n吉﨑委員：菫晁ご螢ｫ縺ｮ遒ｺ菫昴↓縺､縺�縺ｦ縺ｯ縲∝ｰ代＠縺壹▽騾ｲ繧薙〒縺�`;
		const decoded = decodeSeed(Buffer.from([...header, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64(garbled)].join('\n'), 'ascii'));
		expect(decoded.ok && decoded.warnings.some((warning) => warning.code === 'garbled-text')).toBe(true);
	});

	test('an HTML-only mail is read as a web page (web-archive.test.ts); a mail whose only text part has an unknown charset is refused on one line', () => {
		const html = decodeSeed(Buffer.from([...header, 'Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64('<p>議事録</p>')].join('\n'), 'ascii'));
		expect(html.ok && html.text.endsWith('\n\n議事録')).toBe(true);
		const unknown = decodeSeed(Buffer.from([...header, 'Content-Type: text/plain; charset=x-unknown-9', 'Content-Transfer-Encoding: base64', '', base64('議事録')].join('\n'), 'ascii'));
		expect(unknown.ok === false && [unknown.code, unknown.message]).toEqual(['mail-body', expect.stringMatching(/no plain text .* copy the minutes from the mail into a \.txt file/u)]);
	});

	test('a mail whose body is plain text is left to the mail header reading as before', () => {
		const decoded = decodeSeed(Buffer.from([...header, 'Content-Type: text/plain; charset=UTF-8', '', minutes].join('\n'), 'utf8'));
		expect(decoded.ok && decoded.warnings.map((warning) => warning.code)).toEqual([]);
	});
});
