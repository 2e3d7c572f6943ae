/**
 * Going up to speak, or where a 一問一答 turn is spoken from, written in full-width square brackets right after the label
 * (`○市長（森田康弘君）［登壇］　…`, `○３番（田中健太君）［質問席］　…`), as some minutes systems print it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第３回かすみ野市議会定例会会議録（第２号）

令和６年９月１０日（火曜日）

出席議員（２名）
　３番　田　中　健　太　君　　１８番　清　水　正　人　君

　　　　　　　　午前１０時００分　開議
○議長（清水正人君）　３番、田中健太君。
○３番（田中健太君）［質問席］　学校給食費について伺います。
○市長（森田康弘君）［登壇］　お答えいたします。
○議長（清水正人君）　本日はこれにて散会いたします。
`;

describe('a stage direction in square brackets after the label', () => {
	test('is a note of the turn, no words of it', () => {
		const { meeting, body } = parseText(MINUTES, 'kasumino-r6-3-2.txt');
		const notes = body.flatMap((section) => section.children).flatMap((block) => (block.type === 'remark' ? block.children : [])).filter((block) => block.type === 'note');
		expect(notes.map((note) => note.type === 'note' && note.text)).toEqual(['［質問席］', '［登壇］']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（清水正人君）', '３番、田中健太君。'],
			['３番（田中健太君）', '［質問席］\n学校給食費について伺います。'],
			['市長（森田康弘君）', '［登壇］\nお答えいたします。'],
			['議長（清水正人君）', '本日はこれにて散会いたします。'],
		]);
	});
});
