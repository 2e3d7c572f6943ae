/**
 * A 一問一答 general question whose rounds are headed alone on their lines between the turns (`再質問`, `再々質問`, `【再質問】`,
 * `２回目`): the record's heading, a note before the member's turn, no words of the chair whose turn comes before it (the
 * heading had been read as the end of the chair's `１番。`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (rounds: readonly string[]) =>
	parseDocuments(
		[
			'令和６年１２月定例会　さくら県議会会議録（第４号）',
			'',
			'令和６年１２月１２日（木曜日）',
			'',
			'　　　　　午前１０時開議',
			'○議長（内田大輔君）　日程第１、一般質問を行います。井上直美君の発言を許します。',
			'○１番（井上直美君）　子育て支援について知事に伺います。',
			'○議長（内田大輔君）　知事。',
			'○知事（大石和彦君）　拡充を検討してまいります。',
			'○議長（内田大輔君）　１番。',
			`　　　　　${rounds[0]}`,
			'○１番（井上直美君）　具体的な時期をお示しください。',
			'○議長（内田大輔君）　知事。',
			'○知事（大石和彦君）　来年度に対応いたします。',
			'○議長（内田大輔君）　１番。',
			`　　　　　${rounds[1]}`,
			'○１番（井上直美君）　規模はどの程度ですか。',
			'○議長（内田大輔君）　本日はこれで散会します。',
		].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	)[0];

describe('the rounds of a question headed between the turns', () => {
	test.each([
		['再質問', '再々質問'],
		['【再質問】', '【再々質問】'],
		['２回目', '３回目'],
	])('%s and %s are notes, not the chair\'s words', (first, second) => {
		const document = read([first, second]);
		const remarks = document?.meeting?.remarks ?? [];
		expect(remarks).toHaveLength(11);
		expect(remarks.filter((remark) => remark.text === '１番。')).toHaveLength(2);
		const notes = document?.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'note' ? [block.text] : [])));
		expect(notes).toEqual(expect.arrayContaining([first, second]));
	});
});
