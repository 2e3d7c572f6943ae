/**
 * A minutes page's notes under its last rule (`<hr>` / `<sup>注1</sup> …`), each led by a mark the text cites as a superscript:
 * they go after the minutes under the rule with ◇, as a document's footnotes do, never into the last turn.
 */
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';
import { FOOTNOTE_RULE } from '../../src/converter/clean-text.ts';
import { parseDocuments } from '../../src/parser/index.ts';

function read(html: string) {
	const decoded = decodeSeed(new TextEncoder().encode(html), { html: true });
	if (!decoded.ok) throw new Error(decoded.message);
	return { text: decoded.text, meeting: parseDocuments(decoded.text, { source: 'a.html', sourceHash: '0'.repeat(64) })[0]?.meeting };
}

const page = (foot: string) => `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>第14回アイヌ文化振興懇談会 議事概要</title></head>
<body><main>
<h1>第14回アイヌ文化振興懇談会 議事概要</h1>
<p>開催日：令和5年9月12日（火）</p>
<p>場所：札幌第1合同庁舎 2階 会議室</p>
<h2>議事概要</h2>
<p>○萱野座長　本日は伝承活動への支援について議論します<sup>※1</sup>。</p>
<p>○貝澤委員　口承文芸の記録化を急ぐ必要がある<sup>注1</sup>。</p>
<p>○萱野座長　本日の議論を踏まえ、次回までに論点を整理します。</p>
<hr>
${foot}
</main></body></html>`;

describe('notes under the last rule', () => {
	test('cited by superscripts: after the minutes', () => {
		const { text, meeting } = read(page('<p class="note"><sup>※1</sup> 資料１参照。<br><sup>注1</sup> 平成20年度の調査による。</p>'));
		expect(text).toContain(`${FOOTNOTE_RULE}\n\n※1 資料１参照。\n注1 平成20年度の調査による。`);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['萱野座長', '貝澤委員', '萱野座長']);
		expect(meeting?.remarks.at(-1)?.text).toBe('本日の議論を踏まえ、次回までに論点を整理します。');
	});

	test('lines no superscript cites stay as they are', () => {
		const { text } = read(page('<p>1 次回は11月に開催する。</p>'));
		expect(text).not.toContain(FOOTNOTE_RULE);
	});
});
