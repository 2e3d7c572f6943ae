/**
 * A ministry's page sets its roll as a list of terms, `委員` over the members, then the ministry's name alone (`文部科学省`)
 * over its officials, or as a table, the group in one cell and its members in the next (`構成員⇥石井座長、内田構成員`,
 * `事務局⇥医政局長、医療情報室長`). Each is a group of the roll: the ministry had been a member of the committee's, and the
 * table's groups the first member's post. An agency's official listed after the agency (`消費者庁　藤原消費者政策課長`) is one
 * member, the agency their affiliation (it had been a member of its own).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const page = (roll: readonly string[]) => [
	'情報教育ワーキンググループ（第3回） 議事録',
	'1．日時',
	'',
	'令和6年2月14日（水曜日）15時00分～17時00分',
	'',
	'2．出席者',
	...roll,
	'',
	'3．議事録',
	'',
	'【森田主査】　それでは、開催いたします。',
];

describe("the ministry's name over its officials", () => {
	test('`委員` / names / `文部科学省` / officials', () => {
		const result = parse(page(['委員', '', '森田主査、久保主査代理、斉藤委員', '', '文部科学省', '', '松本教育課程課長、藤井情報教育振興室長']));
		expect(result?.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([
			['委員', ['森田主査', '久保主査代理', '斉藤委員']],
			['文部科学省', ['松本教育課程課長', '藤井情報教育振興室長']],
		]);
	});

	test('an agency listed among the observers stays a member', () => {
		const result = parse(page(['委員', '森田主査、斉藤委員', 'オブザーバー', '文部科学省', 'デジタル庁']));
		expect(result?.meeting?.participants.find((group) => group.group === 'オブザーバー')?.members.map((member) => member.text)).toEqual(['文部科学省', 'デジタル庁']);
	});
});

describe("a table's row of a group and its members", () => {
	test('`構成員⇥石井座長、…` / `事務局⇥医政局長、…`', () => {
		const result = parse(page(['構成員\t石井座長、内田構成員、岡構成員', '事務局\t医政局長、研究開発政策課長、医療情報室長']));
		expect(result?.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([
			['構成員', ['石井座長', '内田構成員', '岡構成員']],
			['事務局', ['医政局長', '研究開発政策課長', '医療情報室長']],
		]);
	});

	test('a post heading bare names stays their title', () => {
		const result = parse(page(['委員　大崎　貞和、神田　秀樹']));
		expect(result?.meeting?.participants.map((group) => group.group)).toEqual(['出席者']);
		expect(result?.meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['大崎　貞和', '神田　秀樹']);
	});
});

describe("an agency's official after the agency's name", () => {
	test('`消費者庁　藤原消費者政策課長` under `【説明者】`', () => {
		const result = parse(page(['【委員】', '鹿島委員長、黒田委員長代理', '【説明者】', '消費者庁　藤原消費者政策課長']));
		expect(result?.meeting?.participants.find((group) => group.group === '説明者')?.members).toEqual([
			{ text: '消費者庁　藤原消費者政策課長', name: '藤原', title: '消費者政策課長', affiliation: '消費者庁' },
		]);
	});
});
