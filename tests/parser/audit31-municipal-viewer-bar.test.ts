/**
 * kensakusystem's bar over and under a record copied from its viewer (`検索語の前後へ移動　　文書の先頭　　文書の最後`,
 * `［前画面に戻る］　［文書の先頭］　［文書の最後］`): navigation, left out with a warning (it had been a note of the record, the bar
 * under the last turn text of the page).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { isWebChrome } from '../../src/parser/web-chrome.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe("a minutes viewer's bar", () => {
	test('over and under the record is left out', () => {
		const document = parse([
			'令和６年第２回ひばり町議会定例会（第２日）　本文',
			'検索語の前後へ移動　　文書の先頭　　文書の最後',
			'',
			'令和６年第２回ひばり町議会定例会会議録（第２日）',
			'',
			'令和６年６月１２日（水曜日）',
			'',
			'出席議員（２名）',
			'　　１番　　　川　口　　　直　君　　　２番　　　森　　　幸　子　君',
			'',
			'　　　　　開議　午前１０時',
			'○議長（森　幸子君）　ただいまから本日の会議を開きます。',
			'○１番（川口　直君）　質問します。',
			'○議長（森　幸子君）　本日はこれで散会します。',
			'　　　　　散会　午前１０時４０分',
			'',
			'　［前画面に戻る］　［文書の先頭］　［文書の最後］',
		]);
		const text = JSON.stringify(document?.body);
		expect(text).not.toContain('文書の先頭');
		expect(document?.meeting?.remarks.map((remark) => remark.text)).toEqual(['ただいまから本日の会議を開きます。', '質問します。', '本日はこれで散会します。']);
		expect(document?.diagnostics.some((diagnostic) => diagnostic.code === 'web-navigation')).toBe(true);
	});

	test('its links one by one, and text that only names them, are told apart', () => {
		expect(['目次一覧　　ヘルプ', '[文書の先頭]', '文書の最後へ', '前画面に戻る'].map(isWebChrome)).toEqual([true, true, true, true]);
		expect(['文書の先頭に戻って説明します。', '会議録の検索について伺います。'].map(isWebChrome)).toEqual([false, false]);
	});
});
