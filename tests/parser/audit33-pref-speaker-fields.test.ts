/**
 * An assembly's sitting downloaded as text from its minutes system: one speech a block under a field naming who speaks,
 * a post or a seat with the person in brackets (`【発言者】議長（竹下　修）`, `発言者：知事（森田隆之）`), the words below.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, fold, parseText } from './unseen-helpers.ts';

const BRACKETED = `あさぎり市議会　令和６年第２回定例会（第２号）　６月１１日

【発言者】議長（竹下　修）
　ただいまから本日の会議を開きます。
　日程第１、一般質問を行います。５番平田美和議員。

【発言者】５番（平田美和）
　子育て支援について伺います。

【発言者】市長（島田康介）
　お答えいたします。第３子以降の保育料を無償化いたします。

【発言者】こども家庭部長（今井絵美）
　補足して御説明いたします。

【発言者】議長（竹下　修）
　本日はこれで散会します。
`;

const COLON = `令和６年６月定例会（第３号）　本文
みずなみ県議会
開催日：2024-06-20

発言者：議長（佐野正人）
ただいまから本日の会議を開きます。
日程第１、一般質問を行います。１２番中西亜希議員。

発言者：１２番（中西亜希）
通告に従いまして質問いたします。

発言者：知事（森田隆之）
中西議員の御質問にお答えします。

発言者：議長（佐野正人）
以上で本日の日程は全部終了しました。散会いたします。
`;

describe('a sitting downloaded with a field over each speech', () => {
	test('every field is a turn, the chair\'s with a spaced name too, and the sitting is the assembly\'s', () => {
		const result = parseText(BRACKETED, 'asagiri-r6-2-2.txt');
		expect(result.family).toBe('assembly');
		expect(result.meeting?.title).toBe('あさぎり市議会 令和6年第2回定例会 第2号');
		expect(result.meeting?.series).toBe('あさぎり市議会');
		expect(result.meeting?.date).toBe('2024-06-11');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（竹下　修）', '５番（平田美和）', '市長（島田康介）', 'こども家庭部長（今井絵美）', '議長（竹下　修）']);
		expect(result.meeting?.remarks[0]?.text).toContain('ただいまから本日の会議を開きます。');
		expect(result.meeting?.remarks[4]?.text).toBe('本日はこれで散会します。');
		expect(fold(bodyText(result))).not.toContain('発言者');
	});

	test('`発言者：` fields under a title and the assembly\'s name', () => {
		const result = parseText(COLON, 'mizunami-r6-06-3.txt');
		expect(result.family).toBe('assembly');
		expect(result.meeting?.series).toBe('みずなみ県議会');
		expect(result.meeting?.date).toBe('2024-06-20');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（佐野正人）', '１２番（中西亜希）', '知事（森田隆之）', '議長（佐野正人）']);
		expect(result.meeting?.remarks[1]?.text).toBe('通告に従いまして質問いたします。');
	});
});
