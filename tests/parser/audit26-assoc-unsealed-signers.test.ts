/**
 * The signers under a board's 会議録 without seals, under their heading alone on a line (`会議録署名委員` / `委員　　黒田　誠`,
 * `会議録署名` / `委員長　酒井　勝也`), as an education board or an election board writes them: notes, one a line, never more
 * of the record's text nor of the last turn.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const notesOf = (lines: readonly string[]): string[] => parse(lines)?.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'note' ? [block.text] : []))) ?? [];

const minutes = [
	'みさと町選挙管理委員会会議録',
	'',
	'開催日時　令和６年１１月２８日（木）午前１０時００分',
	'開催場所　みさと町役場　２階小会議室',
	'出席委員　委員長　酒井　勝也、委員　前田　隆',
	'',
	'会議の概要',
	'酒井委員長　ただいまから定例会を開会します。',
	'前田委員　異議ありません。',
	'酒井委員長　以上で閉会します。',
	'',
];

describe('unsealed signers under their heading', () => {
	test('`会議録署名` and each signer: notes', () => {
		const lines = [...minutes, '会議録署名', '　委員長　酒井　勝也', '　委　員　前田　隆'];
		expect(notesOf(lines)).toEqual(['会議録署名', '委員長　酒井　勝也', '委　員　前田　隆']);
		expect(parse(lines)?.meeting?.remarks.at(-1)).toMatchObject({ speaker: '酒井委員長', text: '以上で閉会します。' });
	});

	test('`会議録署名委員` with the signers padded: notes', () => {
		expect(notesOf([...minutes, '　会議録署名委員', '　　委員　　前田　隆'])).toEqual(['会議録署名委員', '委員　　前田　隆']);
	});
});
