/**
 * UTF-8 text encoded twice: its bytes read as Windows-1252 (or Latin-1) by a tool that did not know them and saved again
 * as UTF-8 (`ç¬¬ï¼\u0093å\u009b\u009e` for `第３回`). The text is all there: it is read back as the UTF-8 it had been, with a
 * warning, where it had been refused as no Japanese after six warnings about C1 control characters.
 */
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';

const minutes = [
	'第３回　みなみ市地域公共交通協議会　議事録',
	'',
	'１　日時　令和６年１０月１５日（火）午後２時００分～午後３時３０分',
	'２　出席者　有村　一郎（会長）、瀬川　花子（副会長）、村田　健二',
	'○有村会長　ただ今から協議会を開会します。',
	'○村田委員　南循環線の利用が減っている理由を伺います。',
	'',
].join('\n');

/** Windows-1252's characters for 0x80–0x9F (the five it leaves out kept as the C1 controls Windows gives them). */
const WINDOWS_1252 = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'];

/** `text`'s UTF-8 bytes read one character a byte (`latin1`, or Windows-1252) and saved again as UTF-8. */
function doubled(text: string, reading: 'latin1' | 'windows-1252'): Buffer {
	const misread = [...Buffer.from(text, 'utf8')].map((byte) => (reading === 'windows-1252' && byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252[byte - 0x80] : String.fromCharCode(byte))).join('');
	return Buffer.from(misread, 'utf8');
}

describe('UTF-8 encoded twice', () => {
	test.each([['latin1' as const], ['windows-1252' as const]])('read as %s and saved again: the text as it was, one warning', (reading) => {
		const result = decodeSeed(doubled(minutes, reading));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.encoding).toBe('utf-8');
		expect(result.text).toBe(minutes);
		expect(result.warnings).toEqual([expect.objectContaining({ code: 'double-utf8', line: 1, message: expect.stringContaining('the text had been encoded twice') })]);
	});

	test('with its byte order mark encoded twice too, or written once over the text encoded twice', () => {
		expect(decodeSeed(doubled(`\uFEFF${minutes}`, 'windows-1252'))).toMatchObject({ ok: true, text: minutes });
		expect(decodeSeed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), doubled(minutes, 'windows-1252')]))).toMatchObject({ ok: true, text: minutes });
	});

	test('Latin text in UTF-8 stays as it is', () => {
		const text = 'Procès-verbal de la réunion\n\nDate : 15 octobre 2024 — présents : Anne Dupré, Léa Müller\n';
		const result = decodeSeed(Buffer.from(text, 'utf8'));
		expect(result).toMatchObject({ ok: true, text, warnings: [] });
	});
});
