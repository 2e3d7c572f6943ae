/**
 * A town's education board publishes its 会議録 as a PDF whose cover and header are a form's table, and the text layer gives each
 * cell a line of its own: the year and the number over the record's name (`令和 6 年` / `第 4 回` / `教育委員会会議録`), the body
 * under it, each field's number over its label over its value (`1` / `招集日時` / `令和 6 年 3 月 26 日( 火 )`), the roll's roles over
 * their holders (`教 育 長` / `笹岡 忠則`), `無` under `欠席委員`; the turns below are the post and the name on lines of their own over
 * the words (`○教育長` / `笹岡忠則君` / …). Read as such: one title, the body the series, the numbered fields, each role with its
 * holder (the year alone had been the title, the file kept as paragraphs).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'令和 6 年',
	'第 4 回',
	'教育委員会会議録',
	'ゆきはし町教育委員会',
	'令和 6 年 3 月 26 日( 火 )',
	'教育委員会会議録',
	'1',
	'招集日時',
	'令和 6 年 3 月 26 日( 火 )',
	'2',
	'招集場所',
	'町役場303会議室(3階)',
	'3',
	'出席委員',
	'教 育 長',
	'笹岡 忠則',
	'教育長職務代理者 末永 龍一',
	'委 員',
	'水野 知子',
	'委 員',
	'金沢 精子',
	'4',
	'欠席委員',
	'無',
	'5',
	'出席職員等',
	'坪井教育部長',
	'山門教育政策課長',
	'開会',
	'○教育政策係長',
	'大園健朗君',
	'それでは、ただいまから令和6年第4回の定例の教育委員会を開催したいと思います。',
	'○教育長',
	'笹岡忠則君',
	'それでは、開会させていただきます。',
	'○委員',
	'水野知子君',
	'校長会では、卒業式の日程について話がありましたか。',
	'○教育長',
	'笹岡忠則君',
	'はい、各校の日程を確認いたしました。以上で本日の会議を閉会いたします。',
].join('\n');

describe('a form read one cell per line', () => {
	const result = parseText(text, 'kyoiku-2024-03.txt');
	const meeting = result.meeting;

	test('the year and the number over the record’s name are one title, the body its series', () => {
		expect(meeting?.title).toBe('令和6年第4回教育委員会会議録');
		expect(meeting?.series).toBe('ゆきはし町教育委員会');
		expect(meeting?.session).toBe(4);
		expect(meeting?.date).toBe('2024-03-26');
	});

	test('each numbered field is read, the place without the next field’s number', () => {
		expect(meeting?.location).toBe('町役場303会議室(3階)');
	});

	test('each role is its holder’s, the absent none, the staff by post', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => `${member.title}:${member.name}`)])).toEqual([
			['出席委員', ['教育長:笹岡 忠則', '教育長職務代理者:末永 龍一', '委員:水野 知子', '委員:金沢 精子']],
			['欠席委員', []],
			['出席職員等', ['教育部長:坪井', '教育政策課長:山門']],
		]);
	});

	test('the turns are read', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['教育政策係長（大園健朗君）', '教育長（笹岡忠則君）', '委員（水野知子君）', '教育長（笹岡忠則君）']);
	});
});
