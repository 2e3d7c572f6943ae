import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';

const HEAD = '第３回　地域交通あり方検討会　議事録\n\n１．日時　令和６年７月１１日（木）１４時００分\n２．場所　市役所本庁舎　第２会議室\n\n○森座長　それでは、定刻となりましたので、開会いたします。\n○吉野課長　事務局から、路線の再編案について説明いたします。\n';
const PASTED = '○草彅委員　高齢者の利用を考えると、停留所を減らすことには慎重であるべきです。\n○塡田委員　運行本数について、もう少しデータがほしいと思います。\n';
const TAIL = '○森座長　ほかにご意見がなければ、本日はこれで閉会といたします。\n';

describe('UTF-8 with a passage in another encoding pasted in', () => {
	test.each([
		{ encoding: 'cp932', name: 'Shift_JIS' },
		{ encoding: 'euc-jp', name: 'EUC-JP' },
	])('a $name passage is an error naming its first line and how many, not "not a text file"', ({ encoding, name }) => {
		const bytes = Buffer.concat([Buffer.from(HEAD, 'utf8'), iconv.encode(PASTED.replace('塡', '填'), encoding), Buffer.from(TAIL, 'utf8')]);
		expect(decodeSeed(bytes)).toEqual({ ok: false, code: 'invalid-utf8', line: 8, message: `line 8 (and 1 more line after it) is ${name} inside a UTF-8 file (a passage pasted from another file?): convert those lines to UTF-8, or save the passage again from its original` });
	});

	test('a whole Shift_JIS file is still read as Shift_JIS', () => {
		const text = HEAD + PASTED.replace('塡', '填') + TAIL;
		expect(decodeSeed(iconv.encode(text, 'cp932'))).toMatchObject({ ok: true, encoding: 'shift_jis', text });
	});
});
