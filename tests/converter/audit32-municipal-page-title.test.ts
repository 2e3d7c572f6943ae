/**
 * A minutes system's saved page whose `<title>` alone names the assembly (`令和 6年 9月定例会（第3号） 本文 2024-09-10 |
 * みずほ市議会会議録検索システム`) over content that names only the session: the title goes above the text, and the assembly
 * is read from it, without the bar or dash the title sets between its parts (the file's name had stood for the assembly).
 */
import { describe, expect, test } from 'vitest';
import { pageText, withPageTitle } from '../../src/converter/html-text.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const page = (title: string) => `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>${title}</title></head>
<body>
<p>令和 6年 9月定例会（第3号） 本文　2024-09-10</p>
<pre>
                   令和６年９月定例会
                         令和６年９月１０日（火曜日）
出席議員（２名）
     １番  大　川　　　誠　君      ２番  西　田　正　人　君
                午前１０時００分　開議
○議長（西田正人君）　ただいまから本日の会議を開きます。
○１番（大川誠君）　通告に従い質問します。
○議長（西田正人君）　本日はこれで散会します。
                午前１１時０２分　散会
</pre>
</body></html>`;

const read = (title: string) => parseDocuments(withPageTitle(pageText(page(title))), { source: 'gijiroku-0910.html', sourceHash: '0'.repeat(64) })[0];

describe("an assembly named only in the page's title", () => {
	test('after a bar, it is the series', () => {
		const document = read('令和 6年 9月定例会（第3号） 本文 2024-09-10 | みずほ市議会会議録検索システム');
		expect(document?.meeting?.series).toBe('みずほ市議会');
		expect(document?.meeting?.title).toBe('みずほ市議会 令和6年9月定例会 第3号');
		expect(document?.diagnostics.some((diagnostic) => diagnostic.code === 'no-series')).toBe(false);
		expect(document?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（西田正人君）', '１番（大川誠君）', '議長（西田正人君）']);
	});

	test('after a dash, it is the series', () => {
		expect(read('令和 6年 9月定例会（第3号） 本文 - みずほ市議会')?.meeting?.series).toBe('みずほ市議会');
	});

	test('a title naming no assembly is not put above content that names the same sitting', () => {
		const text = withPageTitle(pageText(page('令和 6年 9月定例会（第3号） 本文 2024-09-10')));
		expect(text.split('\n')[0]).toContain('令和 6年 9月定例会（第3号） 本文');
		expect(text).not.toMatch(/^令和 6年 9月定例会（第3号） 本文 2024-09-10\n/u);
	});
});
