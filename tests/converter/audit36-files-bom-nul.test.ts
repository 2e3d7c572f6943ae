import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';

/** Minutes saved as UTF-8 with a BOM (as Windows' Notepad saves them), with NUL bytes a broken save left in or after them. */
const TEXT = ['第１４回　ひかり県子ども・子育て会議　議事録', '', '１　日時　令和７年４月１６日（水）　午前１０時～正午', '６　議事', '○大西会長　定刻となりましたので開会いたします。', '○北川委員　病児保育について伺います。', ''].join('\r\n');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('UTF-8 with a BOM and NUL bytes', () => {
	test('a NUL inside the text is left out with a warning naming its line, as without a BOM', () => {
		const bytes = Buffer.concat([BOM, Buffer.from(TEXT.replace('開会いたします。', '開会いたします。\u0000'), 'utf8')]);
		const result = decodeSeed(bytes);
		expect(result.ok && result.text.split('\n')[4]).toBe('○大西会長　定刻となりましたので開会いたします。');
		expect(result.ok && result.warnings).toEqual([{ severity: 'warning', code: 'nul-byte', line: 5, message: expect.stringMatching(/^a NUL byte at line 5, which text cannot hold/u) }]);
	});

	test('NULs padding the end are left out with a warning, the text read', () => {
		const result = decodeSeed(Buffer.concat([BOM, Buffer.from(TEXT, 'utf8'), Buffer.alloc(300)]));
		expect(result).toMatchObject({ ok: true, encoding: 'utf-8' });
		expect(result.ok && result.text.split('\n')[4]).toBe('○大西会長　定刻となりましたので開会いたします。');
		expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual(['nul-padding']);
	});
});
