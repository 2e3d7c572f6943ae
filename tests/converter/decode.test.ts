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
		expect(result).toEqual({ ok: true, text, encoding });
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
		expect(decodeSeed(bytes)).toEqual({ ok: true, text, encoding });
	});

	test('empty input is empty UTF-8 text', () => {
		expect(decodeSeed(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
	});
});

describe('decodeSeed rejects what is not text', () => {
	const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0]);
	const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
	test.each([
		['PNG header', png],
		['a NUL inside UTF-8 text', Buffer.from('議事要旨\u0000です', 'utf8')],
		['pseudo-random bytes', random],
		['control characters', Buffer.from('\u0001\u0002\u0003\u0004abc\u0005\u0006', 'utf8')],
		['invalid UTF-8 after a BOM', Uint8Array.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xfd])],
		['UTF-16 BOM with an odd byte count', Uint8Array.from([0xff, 0xfe, 0x41])],
	])('%s', (_, bytes) => {
		const result = decodeSeed(bytes);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/^not a text file/);
	});
});
