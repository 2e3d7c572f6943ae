import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';

/**
 * Minutes with JIS X 0213 characters, as Shift_JIS-2004, EUC-JIS-2004 and ISO-2022-JP-2004 hold them (the bytes as glibc's
 * `iconv -t SHIFTJISX0213`, `EUC-JISX0213` and `ISO-2022-JP-3` write them): `鷗` (plane 1, row 94), `㉑` (row 8),
 * `𠮟` (row 47, a JIS2004 addition) and `𠂉` (plane 2, row 1).
 */
const SPECIAL: Readonly<Record<string, { sjis: number[]; euc: number[]; jis: number[] }>> = {
	鷗: { sjis: [0xef, 0xe3], euc: [0xfe, 0xe5], jis: [0x1b, 0x24, 0x28, 0x51, 0x7e, 0x65] },
	'㉑': { sjis: [0x84, 0xbf], euc: [0xa8, 0xc1], jis: [0x1b, 0x24, 0x28, 0x51, 0x28, 0x41] },
	'𠮟': { sjis: [0x98, 0x73], euc: [0xcf, 0xd4], jis: [0x1b, 0x24, 0x28, 0x51, 0x4f, 0x54] },
	'𠂉': { sjis: [0xf0, 0x40], euc: [0x8f, 0xa1, 0xa1], jis: [0x1b, 0x24, 0x28, 0x50, 0x21, 0x21] },
};

const MINUTES = [
	'第３回　地域交通あり方検討会　議事録',
	'',
	'日時　令和６年７月１１日（木）１４時００分から１６時００分',
	'出席者　座長　森　鷗太郎、委員　𠂉川　正子',
	'',
	'○森座長　開会いたします。㉑番の資料をご覧ください。',
	'○𠂉川委員　𠮟られるかもしれませんが、申し上げます。',
	'',
].join('\n');

/** ISO-2022-JP of text JIS X 0208 holds: EUC-JP's pairs in 7 bits between `ESC $ B` and `ESC ( B`. */
function jis0208(text: string): number[] {
	const euc = iconv.encode(text, 'euc-jp');
	const out: number[] = [];
	let kanji = false;
	for (let i = 0; i < euc.length; i++) {
		const byte = euc[i] ?? 0;
		if (byte >= 0xa1) {
			if (!kanji) out.push(0x1b, 0x24, 0x42);
			kanji = true;
			out.push(byte - 0x80, (euc[++i] ?? 0) - 0x80);
			continue;
		}
		if (kanji) out.push(0x1b, 0x28, 0x42);
		kanji = false;
		out.push(byte);
	}
	if (kanji) out.push(0x1b, 0x28, 0x42);
	return out;
}

/** The minutes in one of the encodings: ordinary text through iconv-lite (or `jis0208`), the characters above as bytes. */
function encode(text: string, form: 'sjis' | 'euc' | 'jis', lineEnd = '\n'): Uint8Array {
	const bytes: number[] = [];
	for (const part of text.replace(/\n/gu, lineEnd).split(/([鷗㉑𠮟𠂉])/u)) {
		const special = SPECIAL[part];
		if (special) bytes.push(...special[form]);
		else if (form === 'jis') bytes.push(...jis0208(part));
		else bytes.push(...iconv.encode(part, form === 'sjis' ? 'cp932' : 'euc-jp'));
	}
	// (After a JIS X 0213 set, the next ordinary text starts in ASCII.)
	return Uint8Array.from(form === 'jis' ? withAsciiAfterSets(bytes) : bytes);
}

/** `ESC ( B` after each character set in `SPECIAL` that the next part does not switch from. */
function withAsciiAfterSets(bytes: number[]): number[] {
	const out: number[] = [];
	for (let i = 0; i < bytes.length; i++) {
		out.push(bytes[i] ?? 0);
		const set = bytes[i - 5] === 0x1b && bytes[i - 4] === 0x24 && bytes[i - 3] === 0x28;
		if (set && bytes[i + 1] !== 0x1b) out.push(0x1b, 0x28, 0x42);
	}
	return out;
}

describe('JIS X 0213 text (Shift_JIS-2004, EUC-JIS-2004, ISO-2022-JP-2004)', () => {
	test.each([
		{ form: 'sjis' as const, encoding: 'shift_jis-2004' },
		{ form: 'euc' as const, encoding: 'euc-jis-2004' },
		{ form: 'jis' as const, encoding: 'iso-2022-jp-2004' },
	])('$encoding is read whole, its characters beyond CP932 and EUC-JP too', ({ form, encoding }) => {
		const result = decodeSeed(encode(MINUTES, form));
		expect(result).toMatchObject({ ok: true, encoding, text: MINUTES });
	});

	test('Shift_JIS-2004 with CRLF line ends reads as the same text', () => {
		expect(decodeSeed(encode(MINUTES, 'sjis', '\r\n'))).toMatchObject({ ok: true, encoding: 'shift_jis-2004', text: MINUTES });
	});

	test('an ISO-2022-JP-3 escape (JIS X 0213:2000, ESC $ ( O) reads as ISO-2022-JP-2004', () => {
		const bytes = Uint8Array.from([...jis0208('座長　森　'), 0x1b, 0x24, 0x28, 0x4f, 0x7e, 0x65, 0x1b, 0x28, 0x42, ...jis0208('太郎\n')]);
		expect(decodeSeed(bytes)).toMatchObject({ ok: true, encoding: 'iso-2022-jp-2004', text: '座長　森　鷗太郎\n' });
	});

	test("ISO-2022-JP-1's JIS X 0212 (ESC $ ( D) is read", () => {
		// 鷗 of JIS X 0212 (row 0x6C, cell 0x3F; EUC-JP 8F EC BF).
		const bytes = Uint8Array.from([...jis0208('座長　森　'), 0x1b, 0x24, 0x28, 0x44, 0x6c, 0x3f, 0x1b, 0x28, 0x42, ...jis0208('太郎\n')]);
		expect(decodeSeed(bytes)).toMatchObject({ ok: true, encoding: 'iso-2022-jp-1', text: '座長　森　鷗太郎\n' });
	});

	test("an escape to ISO-2022-JP-2's Chinese or Korean is an error naming the line, not text with its escapes", () => {
		const bytes = Uint8Array.from([...jis0208('議事録\n'), 0x1b, 0x24, 0x41, 0x30, 0x21, 0x1b, 0x28, 0x42, 0x0a]);
		expect(decodeSeed(bytes)).toEqual({ ok: false, code: 'invalid-encoding', line: 2, message: expect.stringMatching(/^ISO-2022-JP with an escape to a character set that is not Japanese \(ESC \$ A at line 2/u) });
	});

	test('CP932 and EUC-JP files stay so: IBM extension characters and 外字 are not read as JIS X 0213', () => {
		// 髙 (FBFC) and ⅰ (FA40) are CP932's; F040 is a user-defined character there (and 𠂉 in Shift_JIS-2004).
		const cp932 = Uint8Array.from([...iconv.encode('座長　髙野　ⅰ\n', 'cp932'), 0xf0, 0x40, 0x0a]);
		const sjis = decodeSeed(cp932);
		expect(sjis).toMatchObject({ ok: true, encoding: 'shift_jis', text: '座長　髙野　ⅰ\n\ue000\n' });
		// 纊 (EUC-JP F9A1, NEC's selection of IBM's), which EUC-JIS-2004 holds another kanji in.
		const euc = Uint8Array.from([...iconv.encode('第３回検討会の委員は、次のとおりである。\n委員　', 'euc-jp'), 0xf9, 0xa1, 0x0a]);
		expect(decodeSeed(euc)).toMatchObject({ ok: true, encoding: 'euc-jp', text: '第３回検討会の委員は、次のとおりである。\n委員　纊\n' });
	});

	test("a file CP932 reads with 外字 where Shift_JIS-2004 has plane 2's kanji: CP932 still, the warning showing the line as Shift_JIS-2004 reads it", () => {
		const bytes = encode('文化財保護審議会　会議録\n\n出席委員　𠂉川　正子\n○𠂉川会長　開会します。\n', 'sjis');
		const result = decodeSeed(bytes);
		expect(result).toMatchObject({ ok: true, encoding: 'shift_jis', text: '文化財保護審議会　会議録\n\n出席委員　\ue000川　正子\n○\ue000川会長　開会します。\n' });
		if (!result.ok) return;
		expect(result.warnings).toEqual([{ severity: 'warning', code: 'private-use-character', line: 3, message: expect.stringMatching(/^2 user-defined characters .*; if the file is Shift_JIS-2004 \(JIS X 0213, as macOS can save it\), the line reads "出席委員　𠂉川　正子": then save it as UTF-8/u) }]);
	});

	test.each([
		{ form: 'sjis' as const, charset: 'Shift_JIS-2004' },
		{ form: 'euc' as const, charset: 'EUC-JISX0213' },
		{ form: 'jis' as const, charset: 'ISO-2022-JP-3' },
	])('a mail whose base64 body is in $charset has it read', ({ form, charset }) => {
		const body = Buffer.from(encode(MINUTES, form)).toString('base64').replace(/.{76}/gu, '$&\n');
		const mail = ['From: komatsu@example.jp', 'To: iin@example.jp', 'Subject: minutes', 'Date: Mon, 15 Jul 2024 08:15:00 +0900', 'MIME-Version: 1.0', `Content-Type: text/plain; charset=${charset}`, 'Content-Transfer-Encoding: base64', '', body].join('\n');
		const result = decodeSeed(Buffer.from(mail, 'ascii'));
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.text).toContain('○𠂉川委員　𠮟られるかもしれませんが、申し上げます。');
	});

	test("MacJapanese's ① (0x8540, where Shift_JIS-2004 has €) stays an error, not a Latin letter", () => {
		const mac = Uint8Array.from([...iconv.encode('議事録\n日時　令和６年７月１１日\n', 'cp932'), 0x85, 0x40, ...iconv.encode('　開会について、委員長から説明があった。\n', 'cp932')]);
		expect(decodeSeed(mac)).toMatchObject({ ok: false, code: 'invalid-encoding', line: 3, message: expect.stringMatching(/^invalid Shift_JIS at line 3, column 1: .*a Mac character/u) });
	});

	test('a byte no JIS X 0213 encoding holds is still an error naming the line', () => {
		// 鷗 (0xEF 0xE3, no CP932) on the second line, and a lead byte with no trail byte on the eighth.
		const bytes = Uint8Array.from([...encode(MINUTES, 'sjis'), ...iconv.encode('委員　', 'cp932'), 0x85, 0x0a, ...iconv.encode('以上で閉会した。\n', 'cp932')]);
		const result = decodeSeed(bytes);
		expect(result).toMatchObject({ ok: false, code: 'invalid-encoding', line: 8, message: expect.stringMatching(/^invalid Shift_JIS-2004 at line 8, column 4: a character this encoding cannot hold/u) });
	});
});
