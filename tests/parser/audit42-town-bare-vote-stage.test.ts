/**
 * A village's 会議録 published as a web page made from its PDF: the turns labelled without a mark (`議長(細井運平君) …`), each
 * 日程 on a line of its own over the chair's turn, and the floor's stage directions at a vote left without their brackets on a
 * line of their own: `賛成者起立`, `全員起立`, `賛成者挙手`, `「異議なし」と呼ぶ者あり`. Such a line is no heading: the chair's
 * next turn stays in the part of its 日程 (it had opened a part titled `賛成者起立`), and the line is a note beside the chair's
 * words, as it is in brackets (it had run into them).
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseText } from './unseen-helpers.ts';

const record = (direction: string) =>
	[
		'令和5年第3回しらかば村議会臨時会会議録 第1号',
		'令和5年8月21日(月曜日) 午前10時00分開議',
		'出席議員(2名)',
		'1番 今井 克也 2番 細井 運平',
		'欠席議員(なし)',
		'議事日程(第1号)',
		'第 1 議案第41号 工事請負契約の締結について',
		'午前10時00分 開 会',
		'議長(細井運平君) おはようございます。',
		'ただいまから本日の会議を開きます。',
		'日程第1 議案第41号 工事請負契約の締結について',
		'議長(細井運平君) 日程第1、議案第41号を議題といたします。',
		'本案は原案のとおり決定することに賛成の諸君の起立を求めます。',
		direction,
		'議長(細井運平君) 起立全員であります。よって、議案第41号は原案のとおり可決されました。',
		'これをもって閉会いたします。',
		'午前10時32分 閉 会',
	].join('\n');

describe("the floor's stage direction at a vote without its brackets", () => {
	for (const direction of ['賛成者起立', '全員起立', '賛成者挙手']) {
		test(`${direction}: no part of its own, the chair's last turn under 日程第1`, () => {
			const result = parseText(record(direction), 'shirakaba-2023-08-21.txt');
			expect(result.body.map((section) => section.title)).not.toContain(direction);
			const item = result.body.find((section) => section.title.startsWith('日程第1'));
			const last = result.meeting?.remarks.at(-1);
			expect(last?.text).toMatch(/^起立全員であります。/u);
			expect(last?.section).toBe(item?.id);
		});

		test(`${direction}: a note, no words of the chair`, () => {
			const result = parseText(record(direction), 'shirakaba-2023-08-21.txt');
			expect(notesOf(result)).toContain(direction);
			const asked = result.meeting?.remarks.find((remark) => remark.text.includes('起立を求めます。'));
			expect(asked?.text.split('\n').at(0)).toBe('日程第1、議案第41号を議題といたします。本案は原案のとおり決定することに賛成の諸君の起立を求めます。');
		});
	}
});
