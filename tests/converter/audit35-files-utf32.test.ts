import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `第５回　みどり市環境審議会　議事録

日時　令和６年１０月１５日（火）　午後２時００分～午後３時４０分
場所　みどり市役所　第１会議室
出席者　青木会長、佐伯委員、髙﨑委員

○青木会長　ただいまから開会いたします。①から順に説明をお願いします。
○佐伯委員　削減目標の引き上げは賛成です。𠮷田さんの意見も伺いたい。
○青木会長　以上で終了いたします。
`;

/** The text as UTF-32 in the given byte order, with the BOM or without. */
function utf32(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
	const codes = [...(bom ? '\ufeff' : ''), ...text].map((char) => char.codePointAt(0) ?? 0);
	const bytes = new Uint8Array(codes.length * 4);
	const view = new DataView(bytes.buffer);
	codes.forEach((code, i) => view.setUint32(i * 4, code, order === 'le'));
	return bytes;
}

describe('UTF-32 seeds', () => {
	test.each([
		{ order: 'le' as const, bom: true },
		{ order: 'le' as const, bom: false },
		{ order: 'be' as const, bom: true },
		{ order: 'be' as const, bom: false },
	])('UTF-32 $order (BOM: $bom) reads as the text it holds', ({ order, bom }) => {
		const decoded = decodeSeed(utf32(MINUTES, order, bom));
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.encoding).toBe(`utf-32${order}`);
		expect(decoded.text.startsWith('第５回　みどり市環境審議会')).toBe(true);
		expect(decoded.text).toContain('𠮷田さん');
		const { meeting } = parseMinutes(decoded.text, { source: 'minutes.txt', sourceHash: '0'.repeat(64) });
		expect(meeting?.date).toBe('2024-10-15');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['青木会長', '佐伯委員', '青木会長']);
	});

	test('UTF-16 text is not taken for UTF-32', () => {
		const text = `${MINUTES}\n`;
		const bytes = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), true);
		const decoded = decodeSeed(bytes);
		expect(decoded.ok && decoded.encoding).toBe('utf-16le');
	});

	test('UTF-32 with a unit past U+10FFFF is refused as no text', () => {
		const bytes = utf32(MINUTES, 'le', true);
		new DataView(bytes.buffer).setUint32(40, 0x00ff0000, true);
		expect(decodeSeed(bytes).ok).toBe(false);
	});
});
