/**
 * Controls in Shift_JIS text read as their ASCII code points: Node's decoder (ICU's IBM-943 table) turns 0x1A into U+001C,
 * 0x1C into U+007F and 0x7F into U+001A, so a DEL had been reported as a U+001A nobody can find in the file. And the
 * end-of-file mark MS-DOS editors wrote after the text (Ctrl-Z) is left out with a warning of its own: a short file had
 * been refused for it as no text at all.
 */
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';

/** Shift_JIS bytes of `before`, one raw byte, then `after`. */
function withByte(before: string, byte: number, after: string): Buffer {
	return Buffer.concat([iconv.encode(before, 'shift_jis'), Buffer.from([byte]), iconv.encode(after, 'shift_jis')]);
}

const minutes = '第３回　交通協議会　議事録\n\n１　日時　令和６年１０月１５日（火）午後２時\n\n○森会長　開会します。\n\n以上\n';

describe('controls in Shift_JIS text', () => {
	test.each([
		['Shift_JIS', 'shift_jis'],
		['EUC-JP', 'euc-jp'],
	])('an MS-DOS end-of-file mark (Ctrl-Z, 0x1A) after a short %s text is left out, the text whole', (_, encoding) => {
		const result = decodeSeed(Buffer.concat([iconv.encode(minutes, encoding), Buffer.from([0x1a])]));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.encoding).toBe(encoding);
		expect(result.text).toBe(minutes);
		expect(result.warnings.map((warning) => [warning.line, warning.message])).toEqual([[8, expect.stringContaining('an end-of-file mark (Ctrl-Z, U+001A, as MS-DOS editors wrote it) after the text was left out')]]);
	});

	test.each([
		[0x7f, 'U+007F DEL'],
		[0x1c, 'U+001C'],
		[0x1a, 'U+001A SUB, the end-of-file mark MS-DOS editors wrote'],
	])('the byte %i in a line is reported as %s', (byte, named) => {
		const turns = '○森会長　ほかに御意見がなければ、本日の協議会を閉会します。\n'.repeat(6);
		const result = decodeSeed(withByte('第３回　交通協議会　議事録\n\n１　日時　令和６年１０月１５日（火）\n○森会長　開', byte, `会します。\n${turns}`));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.text.split('\n')[3]).toBe('○森会長　開会します。');
		expect(result.warnings).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining(`(${named})`) })]);
	});
});
