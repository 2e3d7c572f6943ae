/**
 * The kokkai.ndl.go.jp simple view flattens each speech onto one line and leaves a sitting's time at its end, four spaces on
 * (`…本日は、これにて散会いたします。    午後零時散会発言のURL:…`): the time is the sitting's, a note after the speech, and gives
 * the end of the sitting. It had been read as the chair's words, and the sitting had no end.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const URL = 'https://kokkai.ndl.go.jp/simple/txt/121304889X01020240412';
const PAGE = `会議録本文
本文のテキストを表示します。
第213回国会 衆議院 内閣委員会 第10号 令和6年4月12日
-
001・大岡敏孝
本文のテキストを表示します。
令和六年四月十二日（金曜日）    午前九時開議    出席委員    委員長 大岡 敏孝君    理事 塩崎 彰久君 理事 平 将明君    理事 森山 浩行君        石川 香織君 堤 かなめ君    …………………………………    内閣府副大臣 工藤 彰三君    ―――――――――――――    本日の会議に付した案件     重要経済安保情報の保護及び活用に関する法律案（内閣提出第二三号）     ――――◇―――――発言のURL:${URL}/0
○大岡委員長 これより会議を開きます。 内閣提出、重要経済安保情報の保護及び活用に関する法律案を議題といたします。 この際、休憩いたします。    午前十一時五十八分休憩発言のURL:${URL}/1
○大岡委員長 休憩前に引き続き会議を開きます。発言のURL:${URL}/2
○工藤副大臣 お答えいたします。発言のURL:${URL}/3
○大岡委員長 次回は、公報をもってお知らせすることとし、本日は、これにて散会いたします。    午後零時散会発言のURL:${URL}/4
このページのトップに戻る
`;

describe('the simple view’s sitting times at the end of a speech', () => {
	const { meeting, body } = parseText(PAGE, 'naikaku-10.html.txt');

	test('end the sitting and are no part of the chair’s words', () => {
		expect(meeting).toMatchObject({ date: '2024-04-12', start: '09:00', end: '12:00' });
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['大岡委員長', expect.stringMatching(/休憩いたします。$/u)],
			['大岡委員長', '休憩前に引き続き会議を開きます。'],
			['工藤副大臣', 'お答えいたします。'],
			['大岡委員長', expect.stringMatching(/散会いたします。$/u)],
		]);
	});

	test('are notes', () => {
		const notes = body.flatMap((section) => section.children).flatMap((block) => (block.type === 'note' ? [block.text] : []));
		expect(notes).toEqual(expect.arrayContaining(['午前十一時五十八分休憩', '午後零時散会']));
	});
});
