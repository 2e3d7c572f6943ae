/**
 * An 一部事務組合's record whose title names the union without its 議会 before the session's word
 * (`令和2年第3回かわせみ環境衛生組合定例会 会議録`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

describe('a union’s session named without 議会', () => {
	test('the session is read from the title', () => {
		const result = parseLines([
			'かわせみ環境衛生組合',
			'',
			'令和2年第3回かわせみ環境衛生組合定例会 会議録',
			'',
			'令和２年１１月２７日（金曜日）',
			'',
			'○出席議員（２名）',
			'　１番　佐藤一郎君　　２番　鈴木花子君',
			'',
			'　　　　午前１０時開会',
			'○議長（佐藤一郎君）　ただいまから、かわせみ環境衛生組合議会定例会を開会いたします。',
			'○２番（鈴木花子君）　質問いたします。',
		]);
		expect(result.meeting?.series).toBe('かわせみ環境衛生組合議会');
		expect(result.meeting?.title).toBe('かわせみ環境衛生組合議会 令和2年第3回定例会');
	});
});
