/**
 * A union's 定期大会 counts its delegates in a numbered field of the header, `３．代議員数　１２０名`, then those present
 * (`出席代議員　１０６名（委任状出席８名を含む）`): the count is a field the reader knows and keeps as text, as `代議員定数` and
 * `代議員総数` are (it had been warned of as a header section of no kind).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, fold, parseLines } from './unseen-helpers.ts';

const minutes = [
	'あおば交通労働組合　第４０回定期大会　議事録',
	'',
	'１．日　時　２０２４年９月２１日（土）　１３時００分～１５時３０分',
	'２．場　所　あおば交通本社　講堂',
	'３．代議員数　８０名',
	'　　出席代議員　７２名（委任状出席５名を含む）',
	'４．議長団　北支部　宮本　圭（議長）',
	'',
	'議　事',
	'第１号議案　２０２４年度活動報告',
	'',
	'【議事】',
	'第１号議案　２０２４年度活動報告',
	'　書記長（長谷部）：議案書の１ページから説明します。',
	'　代議員（北支部　石原）：残業時間の数字を示してほしい。',
	'　書記長（長谷部）：次の執行委員会で示します。',
	'　議長：賛成多数で可決されました。',
];

describe('a union convention’s count of delegates', () => {
	const result = parseLines(minutes, 'taikai.txt');

	test('no warning of the count; it is kept as text', () => {
		expect(result.diagnostics.filter((d) => d.message.includes('代議員数'))).toEqual([]);
		expect(bodyText(result)).toContain(fold('代議員数　８０名'));
	});
});
