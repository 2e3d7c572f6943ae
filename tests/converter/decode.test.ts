import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';

const SEEDS = new URL('../../seeds/', import.meta.url);
const seedNames = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const original = (name: string) => readFileSync(new URL(name, SEEDS), 'utf8');

/** Byte-level variants of a UTF-8 text with the encoding `decodeSeed` should report. */
const VARIANTS: { label: string; encoding: string; bytes: (text: string) => Uint8Array }[] = [
	{ label: 'UTF-8', encoding: 'utf-8', bytes: (t) => Buffer.from(t, 'utf8') },
	{ label: 'UTF-8 with BOM', encoding: 'utf-8', bytes: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]) },
	{ label: 'UTF-8 CRLF', encoding: 'utf-8', bytes: (t) => Buffer.from(t.replace(/\n/g, '\r\n'), 'utf8') },
	{ label: 'UTF-8 CR', encoding: 'utf-8', bytes: (t) => Buffer.from(t.replace(/\n/g, '\r'), 'utf8') },
	{ label: 'Shift_JIS (CP932)', encoding: 'shift_jis', bytes: (t) => iconv.encode(t, 'cp932') },
	{ label: 'Shift_JIS CRLF', encoding: 'shift_jis', bytes: (t) => iconv.encode(t.replace(/\n/g, '\r\n'), 'shift_jis') },
	{ label: 'EUC-JP', encoding: 'euc-jp', bytes: (t) => iconv.encode(t, 'euc-jp') },
	{ label: 'UTF-16LE with BOM', encoding: 'utf-16le', bytes: (t) => iconv.encode(t, 'utf-16le', { addBOM: true }) },
	{ label: 'UTF-16BE with BOM', encoding: 'utf-16be', bytes: (t) => iconv.encode(t, 'utf-16be', { addBOM: true }) },
	{ label: 'UTF-16LE CRLF with BOM', encoding: 'utf-16le', bytes: (t) => iconv.encode(t.replace(/\n/g, '\r\n'), 'utf-16le', { addBOM: true }) },
	{ label: 'UTF-16LE without BOM', encoding: 'utf-16le', bytes: (t) => iconv.encode(t, 'utf-16le') },
	{ label: 'UTF-16BE without BOM', encoding: 'utf-16be', bytes: (t) => iconv.encode(t, 'utf-16be') },
];

describe('decodeSeed on every real seed in every supported encoding', () => {
	const cases = seedNames.flatMap((name) => VARIANTS.map((variant) => ({ name, ...variant })));
	test.each(cases)('$name as $label', ({ name, encoding, bytes }) => {
		const text = original(name);
		const encoded = bytes(text);
		const result = decodeSeed(encoded);
		expect(result).toEqual({ ok: true, text, encoding, warnings: [] });
	});

	test('the fixtures really are different bytes', () => {
		const text = original(seedNames[0]!);
		const all = VARIANTS.map((v) => Buffer.from(v.bytes(text)).toString('base64'));
		expect(new Set(all).size).toBe(VARIANTS.length);
	});
});

describe('decodeSeed on short Japanese text', () => {
	const sample = 'サイバーセキュリティタスクフォース（第42回）議事要旨\n令和5年2月1日（水）16:00～18:00\n－ ＼ ∥ ￢ ｱｲｳ Ⅲ ① ㈱';
	test.each([
		['cp932', 'shift_jis', sample],
		['euc-jp', 'euc-jp', sample],
	])('%s', (iconvName, encoding, text) => {
		const bytes = iconv.encode(text, iconvName);
		expect(bytes.includes(0x3f)).toBe(false);
		// (Every character comes back as written but the half-width katakana, read full-width with a warning.)
		expect(decodeSeed(bytes)).toEqual({ ok: true, text: text.replace('ｱｲｳ', 'アイウ'), encoding, warnings: [expect.objectContaining({ code: 'halfwidth-kana', line: 3 })] });
	});

	test('the half-width warning quotes the first run as written and as read', () => {
		const decoded = decodeSeed(iconv.encode('議事録\n出席者：ｶﾞｲﾄﾞ委員、山田委員\nﾃｽﾄ', 'cp932'));
		expect(decoded.ok && decoded.warnings.map((w) => [w.line, w.message])).toEqual([[2, '8 half-width katakana read as full-width (first on this line: ｶﾞｲﾄﾞ → ガイド), so that names and posts so written are read as speakers and match their other writings']]);
	});

	test('empty input is empty UTF-8 text', () => {
		expect(decodeSeed(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8', warnings: [] });
	});
});

describe('decodeSeed on BOM-less UTF-16 of full-width text', () => {
	// Few NUL bytes: one line end per long line, and kanji such as 分 (U+5206) or 出 (U+51FA) on the other side.
	const text =
		'第３回　情報通信審議会　議事要旨\n日時：令和６年１２月３日（火）午前１０時から正午まで\n場所：総務省第一特別会議室\n' +
		'出席者：山田太郎委員長、佐藤花子委員、鈴木一郎委員、高橋次郎委員、田中三郎委員\n議事：事務局より資料に基づき説明があり、その後意見交換が行われた。\n';
	// A roster in kanji: hardly any kana, punctuation or ASCII, one name a line.
	const roster = '情報通信審議会　電気通信事業政策部会　議事録\n出席委員\n鈴木一郎委員\n高橋次郎委員\n田中三郎委員\n伊藤四郎委員\n渡辺五郎委員\n山本六郎委員\n中村七郎委員\n小林八郎委員\n';
	test.each([
		['utf-16le', 'utf-16le', roster],
		['utf-16be', 'utf-16be', roster],
	])('%s of a roster in kanji', (iconvName, encoding, written) => {
		expect(decodeSeed(iconv.encode(written, iconvName))).toEqual({ ok: true, text: written, encoding, warnings: [] });
	});
	test.each([
		['utf-16le', 'utf-16le'],
		['utf-16be', 'utf-16be'],
	])('%s', (iconvName, encoding) => {
		const bytes = iconv.encode(text, iconvName);
		// NULs on both sides (line ends on one, kanji such as 分 on the other): the parity cannot tell the byte order, the text does.
		const nuls = [0, 1].map((parity) => bytes.filter((b, i) => b === 0 && i % 2 === parity).length);
		expect(Math.min(...nuls)).toBeGreaterThan(Math.max(...nuls) / 4);
		expect(decodeSeed(bytes)).toEqual({ ok: true, text, encoding, warnings: [] });
	});
});

describe('NUL bytes and saved web pages', () => {
	const seed = original(seedNames[0]!);
	test('NULs padding the end of a save are left out, with a warning at the last line', () => {
		const result = decodeSeed(Buffer.concat([Buffer.from(seed, 'utf8'), Buffer.alloc(512)]));
		expect(result).toMatchObject({ ok: true, text: seed, encoding: 'utf-8' });
		expect(result.ok && result.warnings).toEqual([{ severity: 'warning', code: 'nul-padding', line: seed.split('\n').length, message: expect.stringMatching(/^512 NUL bytes after the text's end/u) }]);
	});

	test('a NUL inside the text is left out with a warning naming its line, in a legacy encoding too', () => {
		const lines = seed.split('\n');
		const withNul = `${lines.slice(0, 4).join('\n')}\n${lines[4]}\u0000${lines.slice(5).join('\n')}`;
		for (const encoding of ['utf8', 'cp932']) {
			const result = decodeSeed(iconv.encode(withNul, encoding));
			expect(result).toMatchObject({ ok: true, text: withNul.replace('\u0000', '') });
			expect(result.ok && result.warnings).toEqual([{ severity: 'warning', code: 'nul-byte', line: 5, message: expect.stringMatching(/^a NUL byte at line 5, which text cannot hold \(a broken save\?\), left out/u) }]);
		}
	});

	test.each([
		['<!DOCTYPE html>', '<!DOCTYPE html>\n<html lang="ja"><head><title>議事要旨</title></head><body><p>令和6年7月1日</p></body></html>'],
		['<html> after an XML declaration', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>議事録</body></html>'],
	])('a web page saved under a text name (%s) is read as the page, never as its markup', (_, page) => {
		const decoded = decodeSeed(iconv.encode(page, 'cp932'));
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.text).not.toMatch(/[<>]/u);
		expect(decoded.text).toMatch(/^(?:議事要旨\n\n令和6年7月1日|議事録)$/u);
	});

	test('minutes that quote a tag are text', () => {
		for (const text of [`<html>タグの扱いについて\n${seed}`, `議事要旨\n<html> タグの扱い\n${seed}`]) {
			const decoded = decodeSeed(Buffer.from(text, 'utf8'));
			expect(decoded.ok && decoded.text).toBe(text);
		}
	});
});

describe('decodeSeed rejects what is not text', () => {
	const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
	test.each([
		['pseudo-random bytes', random],
		['control characters', Buffer.from('\u0001\u0002\u0003\u0004abc\u0005\u0006', 'utf8')],
		['UTF-16 BOM with an odd byte count', Uint8Array.from([0xff, 0xfe, 0x41])],
	])('%s', (_, bytes) => {
		const result = decodeSeed(bytes);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/^not a text file/);
	});
});

describe('decodeSeed names what it rejects and where', () => {
	const utf8 = (text: string) => Buffer.from(text, 'utf8');
	const seed = original(seedNames[0]!);
	const bad = (text: string, at: number, ...bytes: number[]) => {
		const encoded = utf8(text);
		return Buffer.concat([encoded.subarray(0, at), Buffer.from(bytes), encoded.subarray(at)]);
	};
	const line3 = utf8(seed.split('\n').slice(0, 2).join('\n')).length + 1;
	test.each([
		['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary-file', null, /^not a text file: this is a PNG image; images cannot be read/u],
		['a Word .docx (ZIP)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0]), 'binary-file', null, /^not a text file: this is a ZIP archive \(a Word \.docx/u],
		['a JPEG image', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'binary-file', null, /JPEG image/u],
		['a PDF saved as .txt', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'pdf-as-text', null, /^this is a PDF file, not text \(it starts with %PDF-\): rename it to end in \.pdf/u],
		['one bad byte in the third line', bad(seed, line3 + 3, 0xff), 'invalid-utf8', 3, /^invalid UTF-8 at line 3, column 2 \(byte \d+\): byte FF is not part of any character/u],
		['invalid UTF-8 after a BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('議事要旨です。'), 0xff, 0xfe, 0xfd]), 'invalid-utf8', 1, /^invalid UTF-8 at line 1, column 8 \(byte 24\): byte FF and 2 more invalid bytes after it/u],
		['a file cut mid-character', utf8(seed).subarray(0, utf8(seed).length - 2), 'invalid-utf8', seed.trimEnd().split('\n').length, /^the file ends in the middle of a character at line \d+, column \d+ \(byte \d+\)/u],
		['UTF-16 with a BOM cut after half a character', iconv.encode('議事要旨\n本文', 'utf-16le', { addBOM: true }).subarray(0, -1), 'invalid-encoding', 2, /^the file \(UTF-16\) ends in the middle of a character at line 2, column 2/u],
		['UTF-16 with a BOM cut inside a surrogate pair', iconv.encode('議事要旨\n𠮷野', 'utf-16be', { addBOM: true }).subarray(0, -4), 'invalid-encoding', 2, /^the file \(UTF-16\) ends in the middle of a character at line 2, column 1/u],
	])('%s', (_, bytes, code, line, message) => {
		const result = decodeSeed(bytes);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.code).toBe(code);
		expect(result.line).toBe(line);
		expect(result.message).toMatch(message);
	});

	test('Shift_JIS and EUC-JP text are still read as such, not as broken UTF-8', () => {
		for (const encoding of ['cp932', 'euc-jp']) expect(decodeSeed(iconv.encode(seed, encoding)).ok, encoding).toBe(true);
	});

	/** The seed in a legacy encoding with `bytes` put in place of the first character of its third line. */
	const legacyWithBad = (encoding: string, ...bytes: number[]) => {
		const lines = seed.split('\n');
		const before = iconv.encode(`${lines.slice(0, 2).join('\n')}\n`, encoding);
		const after = iconv.encode(`${(lines[2] ?? '').slice(1)}\n${lines.slice(3).join('\n')}`, encoding);
		return Buffer.concat([before, Buffer.from(bytes), after]);
	};
	test.each([
		['Shift_JIS with a Mac character (85 40)', legacyWithBad('cp932', 0x85, 0x40), /^invalid Shift_JIS at line 3, column 1: a character this encoding cannot hold/u],
		['EUC-JP with an unassigned code (A9 A1)', legacyWithBad('euc-jp', 0xa9, 0xa1), /^invalid EUC-JP at line 3, column 1/u],
		['Shift_JIS cut off after a lead byte', Buffer.concat([iconv.encode(seed.trimEnd(), 'cp932'), Buffer.from([0x82])]), /^the file \(Shift_JIS\) ends in the middle of a character at line \d+/u],
		// A short notice: one bad character is more than 1% of its text, and it is still text with a line to fix.
		['a short Shift_JIS notice with a Mac character', Buffer.concat([iconv.encode('令和６年４月１日　第１回会議\n議事要旨\n', 'cp932'), Buffer.from([0x85, 0x40]), iconv.encode('議長　開会します。\n', 'cp932')]), /^invalid Shift_JIS at line 3, column 1/u],
		['a short EUC-JP notice with an unassigned code', Buffer.concat([iconv.encode('令和６年４月１日　第１回会議\n議事要旨\n', 'euc-jp'), Buffer.from([0xa9, 0xa1]), iconv.encode('議長　開会します。\n', 'euc-jp')]), /^invalid EUC-JP at line 3, column 1/u],
	])('%s: the line of the bad byte, not "not a text file"', (_, bytes, message) => {
		const result = decodeSeed(bytes);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.code).toBe('invalid-encoding');
		expect(result.message).toMatch(message);
		if (!result.message.startsWith('the file')) expect(result.line).toBe(3);
	});
});

/** ISO-2022-JP bytes of a text (iconv-lite has no encoder): its EUC-JP pairs shifted to 7 bits between `ESC $ B` and `ESC ( B`. */
function iso2022jp(text: string): Uint8Array {
	const euc = iconv.encode(text, 'euc-jp');
	const out: number[] = [];
	let kanji = false;
	for (let i = 0; i < euc.length; i++) {
		const byte = euc[i]!;
		if (byte >= 0xa1 && byte <= 0xfe) {
			if (!kanji) out.push(0x1b, 0x24, 0x42);
			kanji = true;
			out.push(byte - 0x80, euc[++i]! - 0x80);
			continue;
		}
		if (byte >= 0x80) throw new Error(`no ISO-2022-JP form for EUC-JP byte ${byte.toString(16)}`);
		if (kanji) out.push(0x1b, 0x28, 0x42);
		kanji = false;
		out.push(byte);
	}
	if (kanji) out.push(0x1b, 0x28, 0x42);
	return Uint8Array.from(out);
}

describe('ISO-2022-JP (JIS) seeds', () => {
	test('are read as such, the text exactly the original', () => {
		// JIS X 0208 only (as ISO-2022-JP holds it): a mail archive's copy of a summary.
		const text = 'サイバーセキュリティタスクフォース（第４２回）議事要旨\n\n１．日時）令和５年２月１日（水）１６：００から１８：００\n２．場所）オンライン開催\n５．議事概要）\n小山構成員）　能動的サイバー防御について、ISP との連携が重要。\n';
		const result = decodeSeed(iso2022jp(text));
		expect(result).toMatchObject({ ok: true, encoding: 'iso-2022-jp', warnings: [] });
		if (result.ok) expect(result.text).toBe(text.replace(/\r\n?/gu, '\n'));
	});

	test('the JIS X 0208-1990 announcer (ESC & @) is read past; a JIS X 0212 escape (ISO-2022-JP-1) is read', () => {
		const text = 'サイバーセキュリティタスクフォース（第４２回）議事要旨\n小山構成員）　意見です。\n';
		const announced = Buffer.concat([Buffer.from([0x1b, 0x26, 0x40]), iso2022jp(text)]);
		expect(decodeSeed(announced)).toMatchObject({ ok: true, encoding: 'iso-2022-jp', text });
		// 跈 of JIS X 0212 (ESC $ ( D, row 0x5F, cell 0x62; EUC-JP 8F DF E2) on the second line.
		const supplementary = Buffer.concat([iso2022jp('議事要旨\n'), Buffer.from([0x1b, 0x24, 0x28, 0x44, 0x5f, 0x62, 0x1b, 0x28, 0x42, 0x0a])]);
		expect(decodeSeed(supplementary)).toMatchObject({ ok: true, encoding: 'iso-2022-jp-1', text: '議事要旨\n跈\n' });
	});

	test('plain ASCII with an escape that is no JIS escape stays UTF-8', () => {
		expect(decodeSeed(Buffer.from('2024/06/14 minutes \u001b[1m bold\n', 'utf8'))).toMatchObject({ ok: true, encoding: 'utf-8' });
	});
});

describe('user-defined characters (外字)', () => {
	test('are kept and reported with their line and code point', () => {
		const bytes = Buffer.concat([iconv.encode('テスト会議（第1回）議事要旨\n日時：令和6年6月14日\n', 'cp932'), Buffer.from([0xf0, 0x40]), iconv.encode('永構成員）発言。\n', 'cp932')]);
		const result = decodeSeed(bytes);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.text).toContain('\ue000永構成員');
		expect(result.warnings).toEqual([
			{ severity: 'warning', code: 'private-use-character', line: 3, message: expect.stringMatching(/^1 user-defined character \(外字, U\+E000, on this line\) that no reader's font shows/u) },
		]);
	});
});

describe('decodeSeed cleans the text once', () => {
	const FILLER = original(seedNames[0]!);
	test.each([
		['BEL and ESC in a line', 'a\n議事\u0007要旨\u001b[0m\nb', 'a\n議事要旨[0m\nb', [[2, /^removed 2 control characters \(U\+0007 BEL, U\+001B ESC\) that web pages, feeds and calendars cannot carry/u]]],
		['DEL and a C1 control', '開会\u007f\u0086', '開会', [[1, /U\+007F DEL, U\+0086 C1 control/u]]],
		['noncharacters', '資料\uffff\ufffe', '資料', [[1, /U\+FFFE noncharacter, U\+FFFF noncharacter/u]]],
		['a form feed starting a page (pdftotext)', '1ページ\n\f2ページ', '1ページ\n2ページ', [[2, /^removed a page break \(U\+000C form feed\)/u]]],
		['a form feed inside a line becomes a space', '前\f後', '前 後', [[1, /page break/u]]],
		['a vertical tab', 'あ\u000b', 'あ', [[1, /U\+000B vertical tab/u]]],
		['Kangxi radicals from a PDF', '⾏政と⼩⼭構成員', '行政と小山構成員', [[1, /^3 CJK radical or compatibility characters .* read as the unified ideographs/u]]],
		['CJK radicals supplement', '⻑官、⻘⼭、⻄⽇本、⻝品、⻆、⻤、⻩、⻲、⻁、⺠、⻭、⻯、⻫、⻌', '長官、青山、西日本、食品、角、鬼、黄、亀、虎、民、歯、竜、斉、辶', [[1, /^16 CJK radical/u]]],
		['compatibility ideographs', '\uf929\u{2f800}', '朗丽', [[1, /^2 CJK/u]]],
		['tab and full-width characters stay', '\tＮＩＣＴ　アイウ①㈱', '\tＮＩＣＴ　アイウ①㈱', []],
		['half-width katakana are read full-width', '\tｱｲｳ ｶﾞｯｺｳ', '\tアイウ ガッコウ', [[1, /^8 half-width katakana/u]]],
	] as const)('%s', (_, input, text, warnings) => {
		// A few stray controls in a real document (a text made mostly of them is binary, see above).
		const result = decodeSeed(Buffer.from(`${input}\n${FILLER}`, 'utf8'));
		if (!result.ok) throw new Error(result.message);
		expect(result.text).toBe(`${text}\n${FILLER}`);
		expect(result.warnings.map((w) => w.line)).toEqual(warnings.map(([line]) => line));
		result.warnings.forEach((warning, i) => expect(warning.message).toMatch(warnings[i]![1]));
		expect(result.warnings.every((w) => w.severity === 'warning')).toBe(true);
	});

	test('many lines with controls: five warnings with their lines, then one count', () => {
		const input = `${Array.from({ length: 40 }, (_, i) => `行${i}\u0007`).join('\n')}\n${FILLER}`;
		const result = decodeSeed(Buffer.from(input, 'utf8'));
		if (!result.ok) throw new Error(result.message);
		expect(result.text).not.toContain('\u0007');
		expect(result.warnings.map((w) => w.line)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(result.warnings.at(-1)?.message).toMatch(/^control characters removed from 35 more lines/u);
	});

	test('kana saved decomposed (macOS: か + ゛) are read as one character, with a warning on the first line', () => {
		const composed = '第２回　ガバナンス検討会\n小林座長　ご意見をいただきました。';
		const result = decodeSeed(Buffer.from(`${composed.normalize('NFD')}\n${FILLER}`, 'utf8'));
		expect(result.ok && result.text).toBe(`${composed}\n${FILLER}`);
		expect(result.ok && result.warnings).toEqual([{ severity: 'warning', code: 'decomposed-kana', line: 1, message: expect.stringMatching(/^4 kana written with a separate sound mark/u) }]);
	});

	test("eucJP-ms (iconv's and PHP's EUC-JP): IBM's extension characters in three bytes (髙 as 8F F4 FB) are read", () => {
		// `第３回　厚生常任委員会` / `委員長　髙橋　ⅱ` in eucJP-ms: the EUC-JP of iconv-lite, with 髙 and ⅱ written as eucJP-ms writes them.
		const euc = (text: string) => Buffer.from(iconv.encode(text, 'euc-jp'));
		const bytes = Buffer.concat([euc(`${FILLER}\n第３回　厚生常任委員会\n委員長　`), Buffer.from([0x8f, 0xf4, 0xfb]), euc('橋　'), Buffer.from([0x8f, 0xf3, 0xf4]), euc('\n')]);
		const result = decodeSeed(bytes);
		expect(result.ok && [result.encoding, result.text]).toEqual(['euc-jp', `${FILLER}\n第３回　厚生常任委員会\n委員長　髙橋　ⅱ\n`]);
	});

	test('a line garbled before the file was saved (UTF-8 read as Shift_JIS and saved again) is kept, with a warning naming it', () => {
		const garbled = '臼井委員：菫晁ご螢ｫ縺ｮ遒ｺ菫昴↓縺､縺�縺ｦ縺ｯ縲∝ｰ代＠縺壹▽騾ｲ繧薙〒縺�繧九→閨槭＞縺ｦ縺�縺ｾ縺吶�';
		const result = decodeSeed(Buffer.from(`${FILLER}\n第３回　子ども・子育て会議\n${garbled}\n`, 'utf8'));
		expect(result.ok && result.text).toContain('菫晁ご螢');
		expect(result.ok && result.warnings.filter((w) => w.code === 'garbled-text').map((w) => [w.line, w.message])).toEqual([[FILLER.split('\n').length + 2, expect.stringMatching(/^this line looks garbled/u)]]);
		// (A line of ordinary minutes, 縺 nowhere, is no such line.)
		const clean = decodeSeed(Buffer.from(`${FILLER}\n第３回　子ども・子育て会議\n`, 'utf8'));
		expect(clean.ok && clean.warnings).toEqual([]);
	});

	test('half-width katakana (a CP932 file of an old system) are read full-width, sound marks joined, with a warning on the first line', () => {
		const half = '○加納ｽﾎﾟｰﾂ振興課長　本案は｢ｽﾎﾟｰﾂｾﾝﾀｰ｣の改修です｡\nﾜﾀﾅﾍﾞ理事：はい。';
		const result = decodeSeed(iconv.encode(`${FILLER}\n${half}`, 'cp932'));
		expect(result.ok && result.text).toBe(`${FILLER}\n○加納スポーツ振興課長　本案は「スポーツセンター」の改修です。\nワタナベ理事：はい。`);
		expect(result.ok && result.warnings.map((w) => [w.code, w.line])).toEqual([['halfwidth-kana', FILLER.split('\n').length + 1]]);
	});

	test('a zero-width space inside a speaker label is removed, with a warning naming its line', () => {
		const result = decodeSeed(Buffer.from(`議事要旨\n小山\u200b構成員　意見です。\n${FILLER}`, 'utf8'));
		expect(result.ok && result.text).toBe(`議事要旨\n小山構成員　意見です。\n${FILLER}`);
		expect(result.ok && result.warnings.map((w) => [w.code, w.line])).toEqual([['invisible-character', 2]]);
	});

	test('the line and paragraph separators (U+2028, U+2029) end lines', () => {
		const result = decodeSeed(Buffer.from(`小山構成員　意見です。\u2028後藤座長　承知しました。\u2029${FILLER}`, 'utf8'));
		expect(result.ok && result.text).toBe(`小山構成員　意見です。\n後藤座長　承知しました。\n${FILLER}`);
	});

	test('the same cleaning for UTF-16 and Shift_JIS input', () => {
		const text = `⾏政\u0007\n${FILLER}`;
		for (const bytes of [iconv.encode(text, 'utf-16le', { addBOM: true }), iconv.encode(text.replace('⾏', '行'), 'cp932')]) {
			const result = decodeSeed(bytes);
			expect(result.ok && result.text).toBe(`行政\n${FILLER}`);
		}
	});
});
