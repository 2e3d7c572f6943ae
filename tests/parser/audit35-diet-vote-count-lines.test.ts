/**
 * A vote's count the chair reads out line by line (`投票総数　二百三十六` / `賛成　百六十五` / `反対　七十一`, the 参議院’s
 * votes; an assembly's `投票総数　３０票` / `有効投票　２９票` / `無効投票　１票`), and the words after it (`よって、本案は可決されました。`),
 * are each a paragraph of the chair's remark. Before, the lines ran together into one paragraph
 * (`投票総数 二百三十六賛成 百六十五反対 七十一よって、…`).
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const SANGIIN = `第213回国会 参議院 本会議 第20号
令和六年五月十七日（金曜日）
   午前十時一分開議
    ━━━━━━━━━━━━━
○議長（尾辻秀久君） これより会議を開きます。
 日程第一 港湾施設の保全に関する法律案（内閣提出、衆議院送付）を議題といたします。
○議長（尾辻秀久君） これより採決をいたします。
 本案の賛否について、投票ボタンをお押し願います。
   〔投票開始〕
○議長（尾辻秀久君） 投票の結果を報告いたします。
   投票総数         二百三十六
    賛成            百六十五
    反対             七十一
  よって、本案は可決されました。（拍手）
○議長（尾辻秀久君） 本日はこれにて散会いたします。
   午前十時三十八分散会
`;

const ASSEMBLY = `令和６年第２回南山市議会定例会会議録（第４号）
令和６年６月２０日（木曜日）午前１０時開議
○議長（山田一郎君）　これより無記名投票により採決いたします。
○議長（山田一郎君）　投票の結果を報告いたします。
投票総数　３０票
有効投票　２９票
無効投票　１票
有効投票中
賛成　１８票
反対　１１票
以上のとおり賛成多数であります。よって、本案は原案のとおり可決されました。
○議長（山田一郎君）　本日はこれをもって散会いたします。
午前１１時散会
`;

/** The paragraphs of each remark whose text holds the words. */
function paragraphsOf(text: string, source: string, words: string): string[] {
	const { body } = parseText(text, source);
	const remark = body
		.flatMap((section) => section.children)
		.find((block): block is Extract<Block, { type: 'remark' }> => block.type === 'remark' && block.children.some((child) => child.type === 'paragraph' && child.text.includes(words)));
	return (remark?.children ?? []).flatMap((child) => (child.type === 'paragraph' ? [child.text.replace(/\s+/gu, ' ')] : []));
}

describe('a vote’s count the chair reads out', () => {
	test('the 参議院’s count is a paragraph a line', () => {
		expect(paragraphsOf(SANGIIN, 'honkaigi-20.txt', '投票の結果')).toEqual(['投票の結果を報告いたします。', '投票総数 二百三十六', '賛成 百六十五', '反対 七十一', 'よって、本案は可決されました。（拍手）']);
	});

	test('an assembly’s count with its votes, valid and void, too', () => {
		expect(paragraphsOf(ASSEMBLY, 'minamiyama-2-4.txt', '投票の結果')).toEqual([
			'投票の結果を報告いたします。',
			'投票総数 ３０票',
			'有効投票 ２９票',
			'無効投票 １票',
			'有効投票中',
			'賛成 １８票',
			'反対 １１票',
			'以上のとおり賛成多数であります。よって、本案は原案のとおり可決されました。',
		]);
	});
});
