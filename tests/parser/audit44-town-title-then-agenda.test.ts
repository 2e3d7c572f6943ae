/**
 * A town's minutes as DiscussNet copies them run the record's title and the 議事日程's heading onto one line
 * (`令和5年西山町議会12月第4回会議会議録議事日程(第3号)`), the sitting's time under it and the items after (`日程第1 一般質問`).
 * The heading had been lost in the title, and the items with it: no agenda, the items kept as text.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和 5年 12月 定例会(第4回)',
	'          令和5年西山町議会12月第4回会議会議録議事日程(第3号)',
	'                    令和5年12月12日(火)午前10時開議',
	'日程第1 一般質問',
	'日程第2 議案第71号 西山町副町長の選任について',
	'---------------------------------------',
	'本日の会議に付した事件',
	' 議事日程に同じ',
	'---------------------------------------',
	'出席議員(3名)',
	'     1番  宮沢直子君      3番  東 千代子君',
	'    12番  斎木秀雄君',
	'---------------------------------------',
	'△開議の宣告',
	'○議長(斎木秀雄君) 直ちに本日の会議を開きます。',
	'---------------------------------------',
	'△一般質問',
	'○議長(斎木秀雄君) 日程第1、一般質問を行います。',
	'○1番(宮沢直子君) 町営バスの運行について伺います。',
	'---------------------------------------',
	'△議案第71号の上程、説明、採決',
	'○議長(斎木秀雄君) 日程第2、議案第71号 西山町副町長の選任についてを議題とします。',
	'○議長(斎木秀雄君) 本日はこれで散会します。',
].join('\n');

describe("the 議事日程's heading run onto the record's title", () => {
	const { meeting } = parseText(record, 'nishiyama-2023-12-12.txt');
	test('the items under it are the agenda', () => {
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '一般質問'],
			[2, '議案第71号 西山町副町長の選任について'],
		]);
	});
	test('the title still names the assembly and the sitting', () => {
		expect(meeting?.series).toBe('西山町議会');
		expect(meeting?.date).toBe('2023-12-12');
	});
});
