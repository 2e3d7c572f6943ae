/**
 * An AI note taker's summary saved as Markdown with a second bullet after each item's mark (`- ・導入時期は7月で合意した。`, as
 * PLAUD NOTE's and other apps' summaries pasted into a list write their points): each point its words alone (the `・` had
 * stood before every item), a task's box and a link in the point kept.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseLines } from './unseen-helpers.ts';

const SUMMARY = [
	'# 顧客打合せ',
	'日時：2025-03-05 15:00',
	'参加者：高田 美穂、岡 正樹',
	'',
	'## 要約',
	'- ・新システムの導入時期は7月で合意した。',
	'- ・ データ移行は先方が担当する。',
	'',
	'## ToDo',
	'- [ ] ・見積の再提出（岡、3/12まで）',
	'- ・手順書は[共有フォルダ](https://example.com/docs)に置く',
	'- ・・・（聞き取れず）',
];

/** Every list item's text of a parse, in order. */
function itemsOf(blocks: readonly Block[]): string[] {
	return blocks.flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.text) : block.type === 'remark' ? itemsOf(block.children) : []));
}

describe('a Markdown summary with a second bullet after each item’s mark', () => {
	test('reads each point without it', () => {
		const result = parseLines(SUMMARY, 'plaud_顧客打合せ.md');
		expect(result.body.flatMap((section) => itemsOf(section.children))).toEqual([
			'新システムの導入時期は7月で合意した。',
			'データ移行は先方が担当する。',
			'☐ 見積の再提出（岡、3/12まで）',
			'手順書は共有フォルダに置く',
			'・・・（聞き取れず）',
		]);
	});
});
