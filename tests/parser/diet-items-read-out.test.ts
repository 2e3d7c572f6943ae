/**
 * The 参議院's chair reads several items out in one turn (` 日程第二 …` / ` 日程第三 …` / `  (いずれも内閣提出、衆議院送付)` /
 * ` 以上両案を一括して議題といたします。`): the items, where the bills come from and the words after them are the chair's, each
 * item a paragraph. Before, the second item started a section of its own, the bracket became a note and the chair's words
 * after it were text without a speaker.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const SITTING = `第二百十三回国会 参議院 本会議 第十五号
令和六年四月十九日(金曜日)
   午前十時一分開会
    ─────────────
○議長(尾辻秀久君) これより会議を開きます。
○議長(尾辻秀久君) 日程第二 情報通信技術の進展に伴う金融取引の多様化に対応するための資金決済に関する法律等の一部を改正する法律案
 日程第三 株式会社国際協力銀行法の一部を改正する法律案
  (いずれも内閣提出、衆議院送付)
 以上両案を一括して議題といたします。
 まず、委員長の報告を求めます。財政金融委員長酒井庸平君。
   〔酒井庸平君登壇、拍手〕
○酒井庸平君 ただいま議題となりました両法律案につきまして御報告申し上げます。
○議長(尾辻秀久君) これにて散会いたします。
   午前十時三十分散会
`;

describe('items the chair reads out in one turn', () => {
	const { meeting } = parseMinutes(SITTING, { source: 'honkaigi.txt', sourceHash: '0'.repeat(64) });

	test("are the chair's words, each item a paragraph", () => {
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['議長(尾辻秀久君)', '議長(尾辻秀久君)', '酒井庸平君', '議長(尾辻秀久君)']);
		const reading = meeting!.remarks[1]!.text;
		expect(reading).toContain('改正する法律案\n日程第三 株式会社国際協力銀行法の一部を改正する法律案');
		expect(reading).toContain('以上両案を一括して議題といたします。');
		expect(meeting!.sections.map((section) => section.title)).not.toContain('日程第三 株式会社国際協力銀行法の一部を改正する法律案');
	});
});
