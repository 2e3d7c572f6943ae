/**
 * Otter's text export, whose header lists the speakers under `SPEAKERS` after the keywords under `SUMMARY KEYWORDS`: the
 * speakers are the participants (they had been a paragraph and the record had had no roll), the keywords one note, and
 * the series the meeting's name without the tool's in brackets (`運営会議 (Otter.ai)`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const OTTER = [
	'広報部会 (Otter.ai)',
	'Tue, Sep 9, 2025 5:00PM • 18:05',
	'',
	'SUMMARY KEYWORDS',
	'広報誌, 締切, 表紙',
	'',
	'SPEAKERS',
	'Aya Kimura, 野村 誠, Speaker 3',
	'',
	'Aya Kimura  0:04',
	'広報誌の締切を確認します。',
	'',
	'野村 誠  0:31',
	'原稿は半分ほど集まりました。',
	'',
	'Speaker 3  1:10',
	'表紙の写真はまだです。',
	'',
	'Transcribed by https://otter.ai',
];

describe("Otter's header with its speakers listed", () => {
	const result = parseLines(OTTER, 'otter_広報部会.txt');
	test('has the listed speakers as its roll', () => {
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['Aya Kimura', '野村 誠', 'Speaker 3']);
	});
	test('keeps every turn and the keywords as one note', () => {
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['Aya Kimura', '野村 誠', 'Speaker 3']);
		const notes = result.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'note' ? [block.text] : [])));
		expect(notes).toContain('（SUMMARY KEYWORDS：広報誌, 締切, 表紙）');
		expect(result.meeting?.date).toBe('2025-09-09');
		expect(result.meeting?.start).toBe('17:00');
		expect(result.meeting?.series).toBe('広報部会');
	});
});
