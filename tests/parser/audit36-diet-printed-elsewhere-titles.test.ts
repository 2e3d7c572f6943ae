/**
 * A 本会議 that takes up several bills at once names each bill printed at the end of the record under the rule, a line each, over
 * the one note that says so (`地方税法等の一部を改正する法律案及び同報告書` / `地方交付税法等の一部を改正する法律案及び同報告書` /
 * `〔本号末尾に掲載〕`). Before, only the last title was read as the record's note: the first ran on as the chair's words, joined
 * to the second.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第213回国会 衆議院 本会議 第12号
令和六年三月二十八日（木曜日）
    午後一時二分開議
○議長（額田福志郎君） 日程第一、地方税法等の一部を改正する法律案、日程第二、地方交付税法等の一部を改正する法律案、日程第三、特別交付税に関する省令の一部を改正する法律案、右三案を一括して議題といたします。
 委員長の報告を求めます。総務委員長古田直行君。
    ―――――――――――――
 地方税法等の一部を改正する法律案及び同報告書
 地方交付税法等の一部を改正する法律案及び同報告書
 特別交付税に関する省令の一部を改正する法律案及び同報告書
    〔本号末尾に掲載〕
    ―――――――――――――
    〔古田直行君登壇〕
○古田直行君 ただいま議題となりました三案につきまして、審査の経過及び結果を御報告申し上げます。
○議長（額田福志郎君） 本日は、これにて散会いたします。
    午後三時十分散会
`;

describe('several titles of what the record prints elsewhere, under a rule', () => {
	const { meeting, body } = parseText(RECORD, 'honkaigi-12.txt');

	test('are no words of the turn above', () => {
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text.includes('同報告書')])).toEqual([
			['議長（額田福志郎君）', false],
			['古田直行君', false],
			['議長（額田福志郎君）', false],
		]);
		expect(meeting?.remarks[0]?.text.split('\n').at(-1)).toBe('委員長の報告を求めます。総務委員長古田直行君。');
	});

	test('are each a note of the record', () => {
		const notes = body.flatMap((section) => section.children).filter((block): block is Extract<Block, { type: 'note' }> => block.type === 'note');
		expect(notes.map((note) => note.text).filter((text) => text.endsWith('同報告書'))).toEqual([
			'地方税法等の一部を改正する法律案及び同報告書',
			'地方交付税法等の一部を改正する法律案及び同報告書',
			'特別交付税に関する省令の一部を改正する法律案及び同報告書',
		]);
	});
});
