/**
 * A saved page (`.html`, a web archive `.mht`) whose `<title>` shortens the title its content opens with (`第18回 議事録` over
 * `第18回　みどり市地域公共交通協議会　議事録`, the body's name left out): the content's line is the title. The `<title>` had
 * been put above it and read as the record's title, the record then a plain document without its roll or speakers.
 */
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseText } from '../parser/unseen-helpers.ts';

/** A page titled `title` whose content is the minutes, one paragraph a line. */
function page(title: string): Buffer {
	const lines = [
		'第18回　みなみ市地域公共交通協議会　議事録',
		'１　日時　令和６年１０月８日（火）午後２時００分～午後３時３０分',
		'２　場所　みなみ市役所　第１会議室',
		'３　出席者',
		'　（委員）有村　一郎（会長）、瀬川　花子（副会長）、村田　健二',
		'４　議事内容',
		'○有村会長',
		'　ただ今から協議会を開会します。',
		'○村田委員',
		'　南循環線の利用が減っている理由を伺います。',
	];
	return Buffer.from(`<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${title}</title></head><body>\n${lines.map((line) => `<p>${line}</p>`).join('\n')}\n</body></html>\n`);
}

describe("a page's <title> shortening its content's first line", () => {
	test.each([['第18回 議事録'], ['第18回議事録 | みなみ市']])('%s: the content opens the text, and the record is the council minutes it holds', (title) => {
		const decoded = decodeSeed(page(title), { html: true });
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.text.split('\n')[0]).toBe('第18回　みなみ市地域公共交通協議会　議事録');
		const { meeting, family } = parseText(decoded.text, 'kotsu18.html');
		expect([family, meeting?.title, meeting?.series, meeting?.session]).toEqual(['council', '第18回　みなみ市地域公共交通協議会　議事録', 'みなみ市地域公共交通協議会', 18]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['有村会長', '村田委員']);
	});

	test('a <title> that names what the content does not is still put above it', () => {
		const decoded = decodeSeed(page('みなみ市 交通政策課'), { html: true });
		expect(decoded.ok && decoded.text.split('\n')[0]).toBe('みなみ市 交通政策課');
	});
});
