/**
 * A UTF-8 byte order mark over text in Shift_JIS or EUC-JP (a tool that marked the file UTF-8 without converting it):
 * the text is read as what it is, with a warning, where it had been refused as UTF-8 with hundreds of invalid bytes.
 */
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';

const minutes = '第３回　みなみ市地域公共交通協議会　議事録\n\n１　日時　令和６年１０月１５日（火）午後２時\n２　出席者　有村　一郎（会長）、村田　健二\n○有村会長　ただ今から協議会を開会します。\n○村田委員　南循環線の利用が減っている理由を伺います。\n';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('a UTF-8 byte order mark over legacy text', () => {
	test.each([
		['shift_jis', 'Shift_JIS'],
		['euc-jp', 'EUC-JP'],
	])('over %s: read as such, with one warning on line 1', (encoding, name) => {
		const result = decodeSeed(Buffer.concat([BOM, iconv.encode(minutes, encoding)]));
		expect(result).toMatchObject({ ok: true, encoding, text: minutes });
		expect(result.ok && result.warnings).toEqual([expect.objectContaining({ code: 'mismarked-encoding', line: 1, message: expect.stringContaining(`its text is ${name}`) })]);
	});

	test('UTF-8 with one bad byte after the mark is still the error that says where it is', () => {
		const result = decodeSeed(Buffer.concat([BOM, Buffer.from(minutes.slice(0, 40)), Buffer.from([0x93]), Buffer.from(minutes.slice(40))]));
		expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^invalid UTF-8 at line \d+/u) });
	});
});
