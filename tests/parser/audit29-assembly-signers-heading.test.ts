/**
 * The signers listed under the close of an assembly's sitting under the heading `会議録署名議員` alone (without the sentence
 * `…ここに署名する。`) are who signed: notes, where they had been paragraphs of the record's text.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第２回やまびこ市議会臨時会会議録（第１号）

令和６年５月１５日（水曜日）

出席議員（２名）
　１番　　阿　部　　　勝　君　　　３番　　遠　藤　健　太　君

　　　　　午前１０時開会
○議長（遠藤健太君）　ただいまから本日の会議を開きます。
○１番（阿部　勝君）　議案に賛成いたします。
○議長（遠藤健太君）　以上で本日の日程は全部終了しました。これにて閉会します。
　　　　　午前１１時３０分閉会

　　会議録署名議員
　　　　　　議　　長　　遠　藤　健　太
　　　　　　議　　員　　阿　部　　　勝
`;

describe('the signers under the heading 会議録署名議員 after the close', () => {
	test('are notes, none of the text', () => {
		const { body, meeting } = parseText(MINUTES, 'yamabiko-rinji.txt');
		const blocks: Block[] = body.flatMap((section) => section.children);
		expect(blocks.filter((block) => block.type === 'note').map((block) => (block.type === 'note' ? block.text : ''))).toEqual([
			'午前１１時３０分閉会',
			'会議録署名議員',
			'議　　長　　遠　藤　健　太',
			'議　　員　　阿　部　　　勝',
		]);
		expect(blocks.some((block) => block.type === 'paragraph')).toBe(false);
		expect(meeting?.remarks).toHaveLength(3);
	});
});
