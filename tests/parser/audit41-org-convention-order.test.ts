/**
 * A union's 定期大会 (or an association's 総会) lists its order of business under `大会次第` (`総会次第`) after the header's
 * fields, one part a line (`１．開会` / `２．議長団選出` / … / `７．閉会`): the label heads the agenda (it had been read as one
 * more member of the roll above it, `書記`, and each part as a header section of no kind, a warning each); the record's first
 * heading past the list, `【開会】` over `　…が開会を宣言した。`, opens the text (it had been read as a second date, the file kept as a
 * plain document, its header fields and parts paragraphs).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const minutes = [
	'ひまわり化成労働組合　第３１回定期大会　議事録',
	'',
	'１．日　時　２０２４年９月１４日（土）　１３時００分～１５時３０分',
	'２．場　所　ひまわり化成本社　大会議室',
	'３．議長団　北支部　宮本　圭（議長）',
	'４．書記　　書記局　大森　直樹',
	'',
	'大会次第',
	'１．開会',
	'２．議長団選出',
	'３．執行委員長あいさつ',
	'４．資格審査報告',
	'５．議事',
	'６．閉会',
	'',
	'【開会】',
	'　村井副執行委員長が開会を宣言した。',
	'',
	'【執行委員長あいさつ】',
	'　島田執行委員長：本年の交渉では高い水準の回答を得ました。',
	'',
	'【議事】',
	'　書記長（長谷部）：議案書の１ページから説明します。',
	'　代議員（北支部　石原）：残業時間の数字を示してほしい。',
	'　書記長（長谷部）：次の執行委員会で示します。',
	'　議長：賛成多数で可決されました。',
];

describe('a union convention’s order of business', () => {
	const result = parseLines(minutes, 'taikai.txt');

	test('the order is the agenda', () => {
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['開会', '議長団選出', '執行委員長あいさつ', '資格審査報告', '議事', '閉会']);
	});

	test('the clerk’s group holds the clerk alone, and no part is warned of', () => {
		expect(result.meeting?.participants.find((group) => group.group === '書記')?.members.map((member) => member.text)).toEqual(['書記局　大森　直樹']);
		expect(result.diagnostics.filter((d) => d.message.includes('is not a header section') || d.message.includes('layout not recognized'))).toEqual([]);
	});

	test('the record opens with its first heading', () => {
		expect(result.body.map((section) => section.title)).toEqual(['開会', '執行委員長あいさつ', '議事']);
	});
});
