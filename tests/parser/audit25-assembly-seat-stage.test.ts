/**
 * A town's 一問一答: where each turn is spoken from written in 〔〕 right after its label
 * (`○５番（佐藤花子君）〔質問席〕　…`, `○町長（吉田正男君）〔答弁席〕　…`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第２回さくら町議会定例会会議録（第２号）

令和６年６月１１日（火曜日）

出席議員（２名）
　　５番　佐　藤　花　子　君　　　１０番　加　藤　八　郎　君

　　　　　　　　　　開議　午前９時３０分
○議長（加藤八郎君）　５番佐藤花子君。
○５番（佐藤花子君）〔質問席〕　町営バスについて伺います。
○町長（吉田正男君）〔答弁席〕　お答えします。
○５番（佐藤花子君）　再質問します。
○議長（加藤八郎君）　本日はこれで散会します。
`;

describe('where a turn is spoken from, after its label', () => {
	test('is a note of the turn, no words of it', () => {
		const { meeting, body } = parseText(MINUTES, 'sakura-r6-2-2.txt');
		const notes = body.flatMap((section) => section.children).flatMap((block) => (block.type === 'remark' ? block.children : [])).filter((block) => block.type === 'note');
		expect(notes.map((note) => note.type === 'note' && note.text)).toEqual(['〔質問席〕', '〔答弁席〕']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（加藤八郎君）', '５番佐藤花子君。'],
			['５番（佐藤花子君）', '〔質問席〕\n町営バスについて伺います。'],
			['町長（吉田正男君）', '〔答弁席〕\nお答えします。'],
			['５番（佐藤花子君）', '再質問します。'],
			['議長（加藤八郎君）', '本日はこれで散会します。'],
		]);
	});
});
