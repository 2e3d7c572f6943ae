/**
 * A prefecture's 部会 on its form of 審議会等の審議結果 lists who attended as full names in one run, its chair and vice-chair marked,
 * with a legend under them (`◎宇野正道、○桂木里美、大庭健二、…〔計10名〕` / `(◎部会長、○副部会長)`). A given name ending in 道
 * (`正道`, `秀道`) is a person's, not a place's as 北海道 is: the chair had been read as an affiliation, titled 委員長 for the mark
 * instead of the legend's 部会長.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const roll = (names: string) =>
	parseText(
		['総合計画審議会第71回計画推進評価部会 審議結果', '', '審議会等名称\t総合計画審議会第71回計画推進評価部会', '開催日時\t令和5年10月16日(月曜日)13時30分から15時30分まで', '開催場所\t県庁新庁舎12階 第12B会議室', '出席者', names, '(◎部会長、○副部会長)', '', '審議経過', '', ' 宇野部会長:それでは議題に入ります。', '', ' 大庭委員:調査結果と評価の関係を示していただきたい。'].join('\n'),
		'a.txt',
	).meeting?.participants[0]?.members.map((member) => [member.name, member.title]);

describe('a given name ending in 道', () => {
	test('the chair marked ◎ is a person with the legend’s role', () => {
		expect(roll('◎宇野正道、○桂木里美、大庭健二、川上秀道〔計4名〕')).toEqual([
			['宇野正道', '部会長'],
			['桂木里美', '副部会長'],
			['大庭健二', null],
			['川上秀道', null],
		]);
	});
});
