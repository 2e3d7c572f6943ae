/**
 * A bulleted list in a PDF that LibreOffice wrote: OpenSymbol's `•` comes out as U+F095 (the font's code for it, Windows'
 * `•`, in the private-use area). It is a list's bullet, read as `・`, as Word's Symbol bullet (U+F0B7) is: no 外字 (the
 * agenda's items had kept a blank where the bullet stood and the file a warning of user-defined characters).
 */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/converter/clean-text.ts';
import { parseMinutes } from '../../src/parser/index.ts';

const TEXT = [
	'第４回　水産資源管理評価委員会　議事要旨',
	'日時：令和６年５月１６日（木）１０時００分～１２時００分',
	'場所：農林水産省本館７階　第３特別会議室',
	'出席者：',
	'（委員）原田委員長、岩井委員、上野委員',
	'議題：',
	'\uf095　資源評価結果の報告について',
	'\uf095　漁獲可能量の設定方針について',
	'\uf095　その他',
	'議事概要：',
	'・岩井委員から、評価の不確実性について外部に分かりやすく示すべきとの意見があった。',
	'',
].join('\n');

describe("LibreOffice's OpenSymbol bullet", () => {
	test('is read as ・ with the bullets warning, and the items are the agenda', () => {
		const cleaned = cleanText(TEXT);
		expect(cleaned.text).toContain('・　資源評価結果の報告について\n・　漁獲可能量の設定方針について');
		expect(cleaned.warnings.map((warning) => [warning.code, warning.line])).toEqual([['symbol-bullet', 7]]);
		const meeting = parseMinutes(cleaned.text, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['資源評価結果の報告について', '漁獲可能量の設定方針について', 'その他']);
	});
});
