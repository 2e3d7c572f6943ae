/**
 * Under a rule in a Diet sitting's turns, the title of what the record prints elsewhere over the note that says so
 * (`子ども・子育て支援法等の一部を改正する法律案及び同報告書` / `〔本号（その二）に掲載〕`) is a note of the record, no words of the
 * chair's turn above. Before, the title ran on as the chair's last paragraph.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第213回国会 衆議院 本会議 第15号
令和六年四月十六日（火曜日）
    午後一時二分開議
○議長（額田福志郎君） 日程第一、子ども・子育て支援法等の一部を改正する法律案を議題といたします。
 委員長の報告を求めます。地域・こども・デジタル特別委員長田村美里君。
    ―――――――――――――
 子ども・子育て支援法等の一部を改正する法律案及び同報告書
    〔本号（その二）に掲載〕
    ―――――――――――――
    〔田村美里君登壇〕
○田村美里君 ただいま議題となりました法律案につきまして、審査の経過及び結果を御報告申し上げます。
○議長（額田福志郎君） 本日は、これにて散会いたします。
    午後一時四十一分散会
`;

describe('what the record prints elsewhere, named under a rule', () => {
	const { meeting, body } = parseText(RECORD, 'honkaigi-15.txt');

	test('is no words of the turn above', () => {
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text.includes('同報告書')])).toEqual([
			['議長（額田福志郎君）', false],
			['田村美里君', false],
			['議長（額田福志郎君）', false],
		]);
	});

	test('is a note of the record', () => {
		const notes = body.flatMap((section) => section.children).filter((block): block is Extract<Block, { type: 'note' }> => block.type === 'note');
		expect(notes.map((note) => note.text)).toContain('子ども・子育て支援法等の一部を改正する法律案及び同報告書');
	});
});
