/**
 * A web page saved under a `.json` name (what the server answered instead of the API's data: an error, maintenance, a limit on
 * requests) is refused with what it is, on its first line. Before, its page text was read as a ministry council's document,
 * and the errors asked for a date line and a 議事概要 heading.
 */
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { convertTextSeed } from '../../src/converter/convert.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const PAGE = `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>国会会議録検索システム - メンテナンス中</title></head>
<body><h1>ただいまメンテナンス中です。</h1><p>令和6年2月5日 9時から12時まで、サービスを停止しております。</p></body></html>
`;

describe('a web page saved as .json', () => {
	const converted = convertTextSeed(new TextEncoder().encode(PAGE), 'yosan-5.json', '0'.repeat(64), parseDocuments, {}, { seeds: {}, series: {}, diagnostics: [] });

	test('is refused, naming the page', () => {
		expect(converted.outputs).toEqual([]);
		expect(converted.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['error', 'html-as-json', 1]]);
		expect(converted.diagnostics[0]?.message).toMatch(/^this \.json file holds a web page \("国会会議録検索システム - メンテナンス中"\), not JSON/u);
	});

	test('a page in Shift_JIS is named by its title in that encoding, as the page reader reads it', () => {
		const bytes = iconv.encode(PAGE.replace('charset="utf-8"', 'charset="Shift_JIS"'), 'Shift_JIS');
		const sjis = convertTextSeed(new Uint8Array(bytes), 'yosan-5.json', '0'.repeat(64), parseDocuments, {}, { seeds: {}, series: {}, diagnostics: [] });
		expect(sjis.diagnostics[0]?.message).toMatch(/^this \.json file holds a web page \("国会会議録検索システム - メンテナンス中"\)/u);
	});

	test('the same page saved as .html is still read as a page', () => {
		const page = convertTextSeed(new TextEncoder().encode(PAGE), 'notice.html', '0'.repeat(64), parseDocuments, {}, { seeds: {}, series: {}, diagnostics: [] });
		expect(page.diagnostics.map((d) => d.code)).not.toContain('html-as-json');
	});
});
