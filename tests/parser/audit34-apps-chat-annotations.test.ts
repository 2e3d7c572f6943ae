/**
 * A meeting held in a chat channel and copied as text keeps what the app shows under a message: its reactions and their
 * counts (`:+1: 2`, `👍 3`), the count of replies (`2件の返信`, `3 replies`) and the mark of an edit (`(編集済み)`). They
 * are notes beside the message, never the author's words.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

/** Each remark as [speaker, its paragraphs' texts, its notes' texts]. */
function remarks(annotation: string): [string, string[], string[]][] {
	const text = [
		'オンライン理事会',
		'2024年11月27日',
		'',
		'西村 和也  20:01',
		'それでは理事会を始めます。議題は会費の改定です。',
		annotation,
		'',
		'岡 美穂  20:05',
		'値上げの理由を総会資料に書いた方がいいと思います。',
		'',
		'片山 悠  20:06',
		'賛成です。',
		'',
	].join('\n');
	const { body } = parseText(text, 'x.txt');
	return body
		.flatMap((section) => section.children)
		.flatMap((block) => (block.type === 'remark' && 'children' in block ? [block] : []))
		.map((remark) => [
			remark.speaker ?? '',
			remark.children.flatMap((child) => (child.type === 'paragraph' ? [child.text] : [])),
			remark.children.flatMap((child) => (child.type === 'note' ? [child.text] : [])),
		]);
}

describe('a chat app’s marks under a message', () => {
	test.each([':+1: 2', ':tada: 3  :eyes: 1', '👍 2', '2件の返信', '3 replies', '(編集済み)'])('%s is a note of the message it follows', (annotation) => {
		expect(remarks(annotation)).toEqual([
			['西村 和也', ['20:01', 'それでは理事会を始めます。議題は会費の改定です。'], [annotation]],
			['岡 美穂', ['20:05', '値上げの理由を総会資料に書いた方がいいと思います。'], []],
			['片山 悠', ['20:06', '賛成です。'], []],
		]);
	});
});
