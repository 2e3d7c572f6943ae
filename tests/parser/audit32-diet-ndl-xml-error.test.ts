/**
 * The NDL API's error answer in XML (its default format: `<data><message>…</message><details><detail>…</detail></details></data>`)
 * is reported as the API's error with its message and details, as its JSON form is. Before, it was refused as XML that is no
 * answer of the API, which sent the reader to save "the API's answer as it came" — which it was.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (text: string, source: string) => parseDocuments(text, { source, sourceHash: '0'.repeat(64) });

describe("the NDL API's error answer", () => {
	test('in XML, with its message and details', () => {
		const [result] = read(
			'<?xml version="1.0" encoding="UTF-8"?>\n<data>\n<message>検索条件の指定が不正です。</message>\n<details>\n<detail>maximumRecordsの値は1～10の範囲で指定してください。</detail>\n</details>\n</data>\n',
			'yosan.xml',
		);
		expect(result?.meeting).toBeNull();
		expect(result?.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
			['ndl-error-response', 1, 'this is an error answer of the NDL API ("検索条件の指定が不正です。 maximumRecordsの値は1～10の範囲で指定してください。"), not minutes: fix the request and save its response again'],
		]);
	});

	test('in JSON, the same', () => {
		const [result] = read(JSON.stringify({ message: '検索条件の指定が不正です。', details: ['maximumRecordsの値は1～10の範囲で指定してください。'] }), 'yosan.json');
		expect(result?.diagnostics.map((d) => d.message)).toEqual(['this is an error answer of the NDL API ("検索条件の指定が不正です。 maximumRecordsの値は1～10の範囲で指定してください。"), not minutes: fix the request and save its response again']);
	});

	test('other XML is still refused', () => {
		const [result] = read('<?xml version="1.0"?>\n<data><item>議事録</item></data>\n', 'other.xml');
		expect(result?.diagnostics.map((d) => d.code)).toEqual(['not-ndl-xml']);
	});
});
