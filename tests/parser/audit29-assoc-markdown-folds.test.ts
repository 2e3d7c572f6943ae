/**
 * Markdown minutes folding a part under HTML's `<details>` (`<summary>` its title) or breaking lines with `<br>`: the words
 * are read, the tags never shown, and a turn inside a fold speaks as any other; a fold is the record's, no more words of the
 * turn before it. Other raw HTML (a table, an image) stays as written.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/types.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const texts = (blocks: readonly Block[]): string[] => blocks.flatMap((block) => (block.type === 'remark' ? [] : block.type === 'list' ? block.items.map((item) => item.text) : [block.text]));

describe('a neighbourhood association folding the details of a turn and of a report', () => {
	const result = parseLines(
		[
			'# 町内会 役員会 議事録',
			'',
			'- 日時: 2024年7月7日 19:00-20:30',
			'- 出席者: 石田, 岩崎, 上村',
			'',
			'## 議事',
			'',
			'石田: 来年度の予算方針について説明します。',
			'',
			'<details>',
			'<summary>補足：予算方針の詳細</summary>',
			'',
			'- 人件費は据え置き',
			'- 事業費を 5% 増',
			'',
			'</details>',
			'',
			'岩崎: 事業費の増加は賛成です。',
			'',
			'<details><summary>質疑の詳細</summary>上村：広報費はどうするか。<br>石田：前年並みとする。</details>',
			'',
			'## 報告事項',
			'',
			'<details><summary>会員数の内訳</summary>',
			'正会員 823名（前年比 +12）',
			'学生会員 141名',
			'</details>',
		],
		'chonaikai.md',
	);

	test('shows no tag anywhere', () => {
		const all = result.body.flatMap((section) => [...texts(section.children), ...section.children.flatMap((block) => (block.type === 'remark' ? texts(block.children) : []))]);
		expect(all.filter((text) => /<\/?(?:details|summary|br)/u.test(text))).toEqual([]);
	});

	test('reads the turns inside a fold, and keeps the fold out of the turn before it', () => {
		expect(turnsOf(result)).toEqual([
			['石田', '来年度の予算方針について説明します。'],
			['岩崎', '事業費の増加は賛成です。'],
			['上村', '広報費はどうするか。'],
			['石田', '前年並みとする。'],
		]);
		expect(texts(result.body[0]?.children ?? [])).toEqual(['補足：予算方針の詳細', '人件費は据え置き', '事業費を 5% 増', '質疑の詳細']);
	});

	test('keeps the fold’s title and each of its lines as a paragraph', () => {
		expect(texts(result.body[1]?.children ?? [])).toEqual(['会員数の内訳', '正会員 823名（前年比 +12）', '学生会員 141名']);
	});
});

describe('raw HTML that is more than a fold', () => {
	const result = parseLines(['# 理事会 議事録', '', '- 日時: 2024年7月7日', '', '## 議事', '', '<table><tr><td>A社</td></tr></table>', '', '理事長: 以上です。'], 'table.md');

	test('stays as written', () => {
		expect(texts(result.body[0]?.children ?? [])).toEqual(['<table><tr><td>A社</td></tr></table>']);
	});
});
