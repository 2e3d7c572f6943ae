/**
 * Officials written as a surname glued to a section's post, the section named by the local governments it deals with or by
 * safety (`関口都道府県税課長`, `瀬川市町村税課長`, `高橋市町村課長`, `宮崎製品安全課長`): the surname and the post (the whole had been
 * a post of no one); the post alone (`市町村課長`) names no one (it had been a person named 市町村).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments, parseNameLabel } from '../../src/parser/index.ts';

describe('posts of sections for the local governments and for safety', () => {
	test.each([
		['関口都道府県税課長', '関口', '都道府県税課長'],
		['瀬川市町村税課長', '瀬川', '市町村税課長'],
		['高橋市町村課長', '高橋', '市町村課長'],
		['宮崎製品安全課長', '宮崎', '製品安全課長'],
		['森製品安全課課長補佐', '森', '製品安全課課長補佐'],
		['市町村課長', null, '市町村課長'],
		['交通安全課長', null, '交通安全課長'],
	])('%s: %s, %s', (label, name, title) => {
		expect(parseNameLabel(label)).toEqual({ name, title, affiliation: null });
	});

	test("a ministry's officials in a roll", () => {
		const result = parseDocuments(
			[
				'第６回　地方税制のあり方に関する研究会　議事要旨',
				'',
				'１　日時　令和６年９月３０日（月）１０：００～１２：００',
				'２　場所　総務省８階　第１特別会議室',
				'３　出席者',
				'（委員）小川座長、桂委員、菊地委員',
				'（総務省）自治税務局　須藤企画課長、関口都道府県税課長、瀬川市町村税課長',
				'４　議事概要',
				'・評価替えの間隔について検討する必要があるとの意見があった（桂委員）。',
			].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0];
		expect(result?.meeting?.participants.at(-1)?.members.map((member) => [member.name, member.title])).toEqual([
			['須藤', '企画課長'],
			['関口', '都道府県税課長'],
			['瀬川', '市町村税課長'],
		]);
	});
});
