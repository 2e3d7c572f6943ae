import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';

describe('line ends and Latin bytes', () => {
	test('NEL (U+0085) ends a line as LF does, rather than being dropped and joining two lines', () => {
		const text = '第３回　検討会　議事録\n\n１．日時　令和６年７月１１日（木）\u0085２．場所　市役所本庁舎\u2029○森座長　開会します。\r\n';
		const result = decodeSeed(Buffer.from(text, 'utf8'));
		expect(result).toMatchObject({ ok: true, encoding: 'utf-8', warnings: [] });
		if (result.ok) expect(result.text.split('\n')).toEqual(['第３回　検討会　議事録', '', '１．日時　令和６年７月１１日（木）', '２．場所　市役所本庁舎', '○森座長　開会します。', '']);
	});

	test('Latin text in Windows-1252 is an error at its first curly quote, not kanji mojibake or text with its quotes dropped', () => {
		const text = 'Minutes of the Annual Meeting\n\nDate: May 20, 2024\nPresent: President Anne Walker, Treasurer Tom O\u2019Neil\n';
		expect(decodeSeed(iconv.encode(text, 'windows-1252'))).toEqual({ ok: false, code: 'invalid-encoding', line: 4, message: expect.stringMatching(/^Latin text in Windows-1252 \(or ISO-8859-1\), not Japanese: the byte 92 at line 4, column 48 .*save the file as UTF-8$/u) });
	});

	test('Japanese text with a C1 byte is not taken for Windows-1252', () => {
		const bytes = Buffer.concat([iconv.encode('議事録\n日時　令和６年７月１１日\n', 'euc-jp'), Buffer.from([0x93]), iconv.encode('開会\n', 'euc-jp')]);
		const result = decodeSeed(bytes);
		expect(result.ok ? result.encoding : result.message).not.toMatch(/Windows-1252/u);
	});
});
