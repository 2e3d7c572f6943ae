/**
 * The 参議院's chair reads the day's items out a line each, then takes them up together (` 日程第二　令和六年度特別会計予算` /
 * ` 日程第三　令和六年度政府関係機関予算` / ` 以上三案を一括して議題といたします。`): his words after the last item are a paragraph
 * of their own. Before, they ran on from the last item's title (`…政府関係機関予算以上三案を一括して…`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const TURN = `○議長（尾崎秀男君）　これより会議を開きます。
 日程第一　令和六年度一般会計予算
 日程第二　令和六年度特別会計予算
 日程第三　令和六年度政府関係機関予算
 以上三案を一括して議題といたします。
 まず、委員長の報告を求めます。予算委員長桜井充雄君。`;

const PARAGRAPHS = [
	'これより会議を開きます。',
	'日程第一　令和六年度一般会計予算',
	'日程第二　令和六年度特別会計予算',
	'日程第三　令和六年度政府関係機関予算',
	'以上三案を一括して議題といたします。',
	'まず、委員長の報告を求めます。予算委員長桜井充雄君。',
];

const RECORD = `第213回国会 参議院 本会議 第10号
令和六年三月二十八日（木曜日）
   午前十時一分開議
${TURN}
○桜井充雄君　ただいま議題となりました予算三案につきまして御報告申し上げます。
○議長（尾崎秀男君）　本日はこれにて散会いたします。
   午前十一時三十二分散会
`;

describe('the chair’s words after the items he reads out', () => {
	test('are a paragraph of their own', () => {
		const { meeting } = parseText(RECORD, 'honkaigi-10.txt');
		expect(meeting?.remarks[0]?.text.split('\n')).toEqual(PARAGRAPHS);
	});
});
