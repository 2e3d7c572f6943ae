import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseMinutes } from '../../src/parser/index.ts';

/** An assembly committee's minutes in Shift_JIS that a broken save left with a few NUL bytes inside them. */
const TEXT = [
	'令和６年９月　ひばり町議会総務常任委員会会議録',
	'',
	'日時　令和６年９月１２日（木）午前１０時開会',
	'場所　第一委員会室',
	'',
	'出席委員',
	'　委員長　長谷川　進',
	'　委員　　髙橋　美穂',
	'',
	'○委員長（長谷川進君）　ただいまから総務常任委員会を開会します。',
	'○委員（髙橋美穂君）　防災倉庫の備蓄品について伺います。①水、②毛布の数量はいかがですか。',
	'○総務課長（岡本修君）　いずれも計画どおり確保しております。',
	'○委員長（長谷川進君）　以上で閉会します。',
	'',
].join('\r\n');

describe('NUL bytes inside a text file', () => {
	test('are left out, the minutes read with a warning at the first one\'s line', () => {
		const bytes = Buffer.from(iconv.encode(TEXT, 'cp932'));
		const at = bytes.indexOf(Buffer.from(iconv.encode('防災倉庫', 'cp932')));
		const broken = Buffer.concat([bytes.subarray(0, at), Buffer.alloc(3), bytes.subarray(at)]);
		const decoded = decodeSeed(broken);
		expect(decoded).toMatchObject({ ok: true, encoding: 'shift_jis' });
		expect(decoded.ok && decoded.warnings.map((warning) => [warning.code, warning.line])).toEqual([['nul-byte', 11]]);
		const { meeting } = parseMinutes(decoded.ok ? decoded.text : '', { source: 'soumu.txt', sourceHash: '0'.repeat(64) });
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員長（長谷川進君）', '委員（髙橋美穂君）', '総務課長（岡本修君）', '委員長（長谷川進君）']);
		expect(meeting?.remarks[1]?.text).toBe('防災倉庫の備蓄品について伺います。①水、②毛布の数量はいかがですか。');
	});

	test('a file mostly of NULs is still no text', () => {
		const bytes = Buffer.concat([Buffer.from(iconv.encode(TEXT, 'cp932')), Buffer.alloc(4096), Buffer.from('x')]);
		expect(decodeSeed(bytes)).toMatchObject({ ok: false });
	});
});
