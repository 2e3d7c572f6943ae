/**
 * A city's 議会運営委員会 record (a DiscussNet-like page of fields under 〇 marks): the members present on one line, the chair
 * first, the others by surname, `…の各委員`, and who is absent in brackets after it (`（戸倉副委員長は欠席）`,
 * `（根津委員、坂巻委員は欠席）`). The absent had been in the roll's note only, no roll of the absent naming them.
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = (roll: string) =>
	[
		'議会運営委員会会議録',
		'〇日時',
		'令和6年（2024年）2月14日（水）10時00分開会　10時52分閉会（会議時間0時間52分）',
		'〇場所',
		'議会全員協議会室',
		'〇出席委員',
		roll,
		'〇議会事務局出席者',
		'長尾局長、鈴置議事調査課長',
		'〇本日審査した案件',
		'1 議会報告会の実施について',
		'    ―――――――――――――――――――――――――――――――――――――――',
		'',
		'○沢渡委員長  議会運営委員会を開会いたします。',
		'○鈴置議事調査課長  資料に沿って御説明いたします。',
		'○沢渡委員長  以上で閉会いたします。',
	].join('\n');

describe('who is absent, in brackets after the roll of the members present', () => {
	test('the absent vice-chair in a roll of the absent', () => {
		const rolls = rollsOf(parseText(record('沢渡委員長、木暮、宇野、石動の各委員（戸倉副委員長は欠席）'), 'giun-2024-02-14.txt'));
		expect(rolls.slice(0, 2)).toEqual([
			['出席委員', ['委員長 沢渡', '委員 木暮', '委員 宇野', '委員 石動']],
			['欠席委員', ['副委員長 戸倉']],
		]);
	});

	test('two members absent', () => {
		const rolls = rollsOf(parseText(record('沢渡委員長、戸倉副委員長、木暮、宇野の各委員（根津委員、坂巻委員は欠席）'), 'giun-2024-02-14.txt'));
		expect(rolls[1]).toEqual(['欠席委員', ['委員 根津', '委員 坂巻']]);
	});
});
