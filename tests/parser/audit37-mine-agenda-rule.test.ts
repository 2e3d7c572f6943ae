/**
 * A prefectural assembly's sitting whose 議事日程 ends at a rule, under which the record gives its own account before the first
 * turn (`□開会に当たり、知事 村井嘉之君、議長 石川光太郎君は、それぞれ次のあいさつを述べた。`). Before, that account was run into
 * the last item's words and lost from the text.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, fold, parseText } from './unseen-helpers.ts';

const SITTING = `令和六年十一月定例会（第三百九十回）
みやぎ県議会（定例会）会議録
（第一号）
令和六年十一月二十五日（月曜日）
出席議員（五十九名）
   第一番                 金田もとる君
   第二番                 小畑きみ子君
説明のため出席した者
   知事                   村井嘉之君
   ────────────────────
議事日程 第一号
第一 会議録署名議員の指名
第二 議第百五十号議案ないし議第百六十号議案
   ────────────────────
□開会に当たり、知事 村井嘉之君、議長 石川光太郎君は、それぞれ次のあいさつを述べた。
◎知事（村井嘉之君） 開会に当たりまして、一言ごあいさつ申し上げます。
○議長（石川光太郎君） これより本日の会議を開きます。
   ────────────────────
△会議録署名議員の指名
○議長（石川光太郎君） 日程第一、会議録署名議員の指名を行います。
○議長（石川光太郎君） 本日はこれをもって散会いたします。
`;

describe('a rule under the 議事日程', () => {
	test('ends its items: the account under it stays in the text', () => {
		const result = parseText(SITTING, 'miyagi-r6-11-25.txt');
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['会議録署名議員の指名', '議第百五十号議案ないし議第百六十号議案']);
		expect(bodyText(result)).toContain(fold('開会に当たり、知事 村井嘉之君、議長 石川光太郎君は、それぞれ次のあいさつを述べた。'));
	});

	test('items on both sides of a rule are one agenda', () => {
		const split = SITTING.replace('第二 議第百五十号', '   ────────────────────\n第二 議第百五十号');
		expect(parseText(split, 'miyagi-r6-11-25.txt').meeting?.agenda.map((item) => item.number)).toEqual([1, 2]);
	});
});
