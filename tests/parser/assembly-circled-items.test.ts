/**
 * A town committee's record whose business is listed with circled numbers (`①　議案第７２号　…`) under 審査事件, and whose
 * date field gives the sitting's hours as a range: every item is its agenda, and the range gives the start and the end.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const record = (items: readonly string[]) =>
	[
		'令和６年　みなみ野町議会　総務文教常任委員会会議録',
		'',
		'開催日時　令和６年１２月１０日（火）　午前９時３０分～午前１１時１５分',
		'開催場所　みなみ野町役場　第１委員会室',
		'',
		'出席委員',
		'　委員長　　髙　橋　　　昇',
		'　委員　　　田　中　　義　男　　　佐　藤　　美　紀',
		'',
		'欠席委員　なし',
		'',
		'審査事件',
		...items,
		'',
		'○委員長（髙橋昇）　ただいまから総務文教常任委員会を開会します。',
		'　議案第７２号について、説明を求めます。',
		'○総務課長（髙山修）　議案第７２号について御説明いたします。',
		'○委員長（髙橋昇）　以上で本日の審査を終わります。',
	].join('\n');

describe('business listed with circled numbers under 審査事件', () => {
	test('each line is an agenda item, in order, none lost', () => {
		const [result] = parseDocuments(record(['　①　議案第７２号　みなみ野町職員の給与に関する条例の一部改正について', '　②　議案第７５号　令和６年度みなみ野町一般会計補正予算（第４号）', '　③　所管事務調査　㈱みなみ野まちづくり公社の経営状況について']), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result?.family).toBe('assembly');
		expect(result?.meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '議案第７２号　みなみ野町職員の給与に関する条例の一部改正について'],
			[2, '議案第７５号　令和６年度みなみ野町一般会計補正予算（第４号）'],
			[3, '所管事務調査　㈱みなみ野まちづくり公社の経営状況について'],
		]);
	});

	test('bracketed numbers too', () => {
		const [result] = parseDocuments(record(['（１）　所管事務調査　公共施設の長寿命化について', '（２）　所管事務調査　学校給食費の無償化について']), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(result?.meeting?.agenda.map((item) => item.title)).toEqual(['所管事務調査　公共施設の長寿命化について', '所管事務調査　学校給食費の無償化について']);
	});

	test('the hours in the date field give the start and the end', () => {
		const [result] = parseDocuments(record(['　①　議案第７２号　みなみ野町職員の給与に関する条例の一部改正について']), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect([result?.meeting?.date, result?.meeting?.start, result?.meeting?.end]).toEqual(['2024-12-10', '09:30', '11:15']);
	});
});
