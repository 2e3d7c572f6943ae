/**
 * A prefecture's education board publishes each meeting's text version with every turn in quotation brackets and the outcome of
 * each motion as the record's own line under the chair's question, marked `※` and without a verb: `※全委員異議なく、原案どおり
 * 可決`. That line is the record's, never the chair's words, and the chair's turn above it loses its brackets as every other turn
 * does (it had kept the outcome as a paragraph of the turn, and so its brackets too).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = (outcome: string) =>
	[
		'令和6年度第8回(定例)教育委員会議事録(テキスト版)',
		'',
		'<開会>',
		' 令和6年11月14日',
		' 14時30分',
		'',
		'<会議場所>',
		' 教育委員室',
		'',
		'<委員出欠>',
		' 北川正彦(出席)',
		' 松尾京子(出席)',
		'',
		'<議事内容>',
		'',
		'○森田教育長 「ただ今から、定例教育委員会を開催いたします。」',
		'',
		'○上田総務課長 「議決事項1について説明いたします。服務規程の一部を改正するものです。」',
		'',
		'○森田教育長 「それでは、議決事項1について、原案どおり可決してよろしいですか。」',
		'',
		`  ${outcome}`,
		'',
		'○森田教育長 「以上で本日の会議を終わります。」',
	].join('\n');

describe('the outcome of a motion as the record writes it under the chair’s question', () => {
	for (const outcome of ['※全委員異議なく、原案どおり可決', '※全委員異議なく、原案のとおり承認', '全員賛成、原案通り可決']) {
		test(`${outcome}: no words of the chair, whose turn loses its brackets`, () => {
			const remarks = (parseText(record(outcome), 'kyoiku.txt').meeting?.remarks ?? []).map((remark) => remark.text);
			expect(remarks).toEqual(['ただ今から、定例教育委員会を開催いたします。', '議決事項1について説明いたします。服務規程の一部を改正するものです。', 'それでは、議決事項1について、原案どおり可決してよろしいですか。', '以上で本日の会議を終わります。']);
		});
	}

	test('a member speaking of passing the bill as drafted keeps their words', () => {
		const remarks = (parseText(record('○松尾委員 「原案どおり可決することに賛成します。」'), 'kyoiku.txt').meeting?.remarks ?? []).map((remark) => remark.text);
		expect(remarks.join('\n')).toContain('原案どおり可決することに賛成します。');
	});
});
