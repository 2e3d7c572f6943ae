/**
 * A city's 議会運営委員会 record (fields under 〇 marks): `〇本日審査した案件` numbers each matter (`1 議長からの諮問事項について`,
 * `2 …の運営について`, `3 その他`) and lists its parts under it in brackets (`(1)議会報告会の実施について`), and the chair takes
 * them up by both (`日程第1「議長からの諮問事項について」(1)「議会報告会の実施について」です。`). The matters had been lost for
 * their parts, the agenda a list of parts with no matter over them.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'議会運営委員会会議録',
	'〇日時',
	'令和6年（2024年）2月14日（水）10時00分開会　10時52分閉会（会議時間0時間52分）',
	'〇場所',
	'議会全員協議会室',
	'〇出席委員',
	'沢渡委員長、木暮、宇野、石動の各委員',
	'〇本日審査した案件',
	'1 議長からの諮問事項について',
	'(1)議会報告会の実施について',
	'(2)議会図書室の運用について',
	'2 令和6年2月定例会の運営について',
	'(1)会期日程について',
	'3 その他',
	'    ―――――――――――――――――――――――――――――――――――――――',
	'',
	'○沢渡委員長  議会運営委員会を開会いたします。',
	'○沢渡委員長  日程第1「議長からの諮問事項について」(1)「議会報告会の実施について」です。',
	'○木暮委員  夜の開催も考えてほしい。',
	'○沢渡委員長  以上で閉会いたします。',
].join('\n');

describe('numbered matters with their parts in brackets under them', () => {
	test('each matter an item, its parts on its title', () => {
		const { meeting } = parseText(record, 'giun-2024-02-14.txt');
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '議長からの諮問事項について\u3000(1)議会報告会の実施について\u3000(2)議会図書室の運用について'],
			[2, '令和6年2月定例会の運営について\u3000(1)会期日程について'],
			[3, 'その他'],
		]);
	});
});
