/**
 * A council's record whose title and `議事録` stand on two lines with the issuing office under them
 * (`食料・農業・農村政策審議会　畜産部会（令和６年度第２回）` / `議事録` / `農林水産省畜産局` / `１　日時：…`): the office is the
 * preamble's, the header is read, not the whole file kept as a plain document.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('the issuing office under a two-line title', () => {
	test('the header under it is read', () => {
		const result = read([
			'食料・農業・農村政策審議会　畜産部会（令和６年度第２回）',
			'議事録',
			'',
			'農林水産省畜産局',
			'',
			'１　日時：令和６年12月19日（木）13:30～15:30',
			'２　場所：農林水産省　第２特別会議室',
			'３　欠席委員：須藤　靖子',
			'４　議事',
			'　（１）令和７年度畜産物価格等について（諮問）',
			'　（２）その他',
			'',
			'○伊藤畜産総合推進室長　ただいまから畜産部会を開会いたします。',
			'○小針部会長　本日はよろしくお願いします。',
		]);
		expect(result?.family).toBe('council');
		expect(result?.meeting?.title).toBe('食料・農業・農村政策審議会　畜産部会（令和６年度第２回） 議事録');
		expect([result?.meeting?.date, result?.meeting?.start, result?.meeting?.location]).toEqual(['2024-12-19', '13:30', '農林水産省　第２特別会議室']);
		expect(result?.meeting?.agenda.map((item) => item.title)).toEqual(['令和７年度畜産物価格等について（諮問）', 'その他']);
		expect(result?.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([['欠席委員', ['須藤　靖子']]]);
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['伊藤畜産総合推進室長', '小針部会長']);
		expect(result?.diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(false);
	});

	test('a lone office line with no header under it is still no header', () => {
		const result = read(['畜産部会（第２回）', '議事録', '', '農林水産省畜産局', '', '本日は意見交換を行った。']);
		expect(result?.meeting?.remarks ?? []).toEqual([]);
	});
});
