/**
 * Markdown minutes of an association whose turns are paragraphs: the floor's answer in brackets as a paragraph of its own
 * (`（一同異議なし）`, `（異議なし）`, `（一同了承）`) is a note of the proceedings and ends the turn before it; the record's own
 * line of the outcome after it (`議長が諮ったところ、賛成多数で原案どおり承認可決された。`, `全員一致で承認された。`,
 * `→ 11月16日（土）開催で決定`, a note as the arrow marks it) is no speaker’s either. A stage direction (`（拍手）`) is a note of the turn.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/types.ts';
import { notesOf, parseLines, turnsOf } from './unseen-helpers.ts';

const outside = (blocks: readonly Block[]): string[] => blocks.flatMap((block) => (block.type === 'paragraph' || block.type === 'note' ? [block.text] : []));

describe('an owners’ association’s general meeting in Markdown', () => {
	const result = parseLines(
		[
			'# マンション管理組合 第15期 通常総会 議事録',
			'',
			'- 日時：2024年5月26日（日）14:00～16:00',
			'- 場所：集会室',
			'',
			'## 第1号議案 決算報告承認の件',
			'',
			'理事長：第14期の決算について説明します。',
			'',
			'組合員（302号室）：修繕積立金の残高はいくらですか。',
			'',
			'理事長：約3,200万円です。',
			'',
			'（一同異議なし）',
			'',
			'議長は本議案を諮ったところ、賛成多数で原案どおり承認可決された。',
			'',
			'## 第2号議案 役員選任の件',
			'',
			'理事長：別紙のとおり選任したいと思います。',
			'',
			'（拍手）',
			'',
			'全員一致で承認された。',
			'',
			'## 第3号議案 夏祭りの件',
			'',
			'理事長：8月に開催したいと考えています。',
			'会計：昨年の経費は約15万円でした。',
			'（異議なし）',
			'→ 8月17日（土）開催で決定',
		],
		'kanri.md',
	);

	test('keeps the floor’s answer and the outcome out of the turns', () => {
		expect(turnsOf(result)).toEqual([
			['理事長', '第14期の決算について説明します。'],
			['組合員（302号室）', '修繕積立金の残高はいくらですか。'],
			['理事長', '約3,200万円です。'],
			['理事長', '別紙のとおり選任したいと思います。\n（拍手）'],
			['理事長', '8月に開催したいと考えています。'],
			['会計', '昨年の経費は約15万円でした。'],
		]);
	});

	test('reads the floor’s answer as a note and the outcome as the record’s text', () => {
		expect(result.body.map((section) => outside(section.children))).toEqual([
			['（一同異議なし）', '議長は本議案を諮ったところ、賛成多数で原案どおり承認可決された。'],
			['全員一致で承認された。'],
			['（異議なし）', '→ 8月17日（土）開催で決定'],
		]);
		// (The arrow's outcome is a note, as a plain text's reader keeps it: the record's, no one's words.)
		expect(notesOf(result)).toEqual(['（一同異議なし）', '（拍手）', '（異議なし）', '→ 8月17日（土）開催で決定']);
	});
});
