/**
 * An owners' association's or a union's board minutes write what each bill came to on a line of its own after an arrow
 * (`→拍手多数で承認。`, `→全員賛成で承認。`), under the turns or under the record's own telling of the proposal
 * (`理事長から説明があった。`), in a plain text or in Markdown. The line is the record's outcome, one reading everywhere: a note
 * (it had been a note after a turn in a plain text, a paragraph after the record's prose and in Markdown).
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

/** The kind of the block that keeps the line, wherever it stands. */
function kindOf(blocks: readonly Block[], text: string): string | null {
	for (const block of blocks) {
		if (block.type === 'remark') {
			const inner = kindOf(block.children, text);
			if (inner !== null) return inner;
		} else if (block.type !== 'list' && block.text === text) return block.type;
	}
	return null;
}

const kinds = (source: string, file: string) => {
	const body = parseText(source, file).body;
	return ['→拍手多数で承認。', '→全員賛成で承認。'].map((line) => body.map((section) => kindOf(section.children, line)).find((kind) => kind !== null) ?? null);
};

describe("the recorder's arrow before an outcome", () => {
	test('in a plain text, under the record telling the proposal and under a turn', () => {
		const text = [
			'第５回理事会議事録',
			'',
			'日時：令和６年１０月２０日（日）１０時００分',
			'場所：集会室',
			'出席者：理事長 村井、理事 荒木',
			'',
			'１．第１号議案　大規模修繕工事の施工会社選定について',
			'理事長から見積比較表により説明があった。',
			'→拍手多数で承認。',
			'',
			'２．第２号議案　駐輪場の使用料改定について',
			'村井理事長：月額１００円から２００円への改定案です。',
			'→全員賛成で承認。',
		].join('\n');
		expect(kinds(text, 'rijikai.txt')).toEqual(['note', 'note']);
	});

	test('in Markdown, under the turns', () => {
		const text = [
			'# グランドメゾン桜台管理組合　第5回理事会議事録',
			'',
			'- 日時：2024年10月20日（日）10:00〜11:40',
			'- 場所：集会室',
			'- 出席者：理事長 村井（501）、理事 荒木（204）',
			'',
			'### 第1号議案　大規模修繕工事の施工会社選定について',
			'',
			'荒木理事：B社は保証期間が長いが、金額が高い。',
			'村井理事長：総会に上程するのは、A社とB社の2社としたい。',
			'→拍手多数で承認。',
			'',
			'### 第2号議案　駐輪場の使用料改定について',
			'',
			'村井理事長：月額100円から200円への改定案です。',
			'→全員賛成で承認。',
		].join('\n');
		expect(kinds(text, 'rijikai.md')).toEqual(['note', 'note']);
	});
});
