/**
 * A village's 会議録 PDF text labelling members by seat and name with 議員 (`○　３番　玉城保弘議員　…`, `○１番大城健議員　…`,
 * `○３番　宮城　清議員　…`) beside officials by name and post (`○　新里武広村長　…`).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第３回うりずん村議会定例会会議録（第２号）

令和６年９月１０日（火曜日）午前１０時開議

出席議員（４名）
　１番　大城　健　　　２番　比嘉　優子
　３番　玉城　保弘　　４番　當山　清彦

○　當山清彦議長　日程第１、一般質問を行います。３番玉城保弘議員。
○　３番　玉城保弘議員　村道の整備について伺います。
○　新里武広村長　お答えします。
○１番大城健議員　関連して伺います。
○２番　比嘉　優子議員　私からも伺います。
○　當山清彦議長　本日はこれにて散会します。
　　　　　午前１１時２０分散会
`;

describe('members labelled by seat and name with 議員', () => {
	test('each is a turn of its own, the member named', () => {
		const { meeting } = parseText(MINUTES, 'urizun-r6-3-2.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['當山清彦議長', '日程第１、一般質問を行います。３番玉城保弘議員。'],
			['３番　玉城保弘議員', '村道の整備について伺います。'],
			['新里武広村長', 'お答えします。'],
			['１番大城健議員', '関連して伺います。'],
			['２番　比嘉　優子議員', '私からも伺います。'],
			['當山清彦議長', '本日はこれにて散会します。'],
		]);
		expect(['３番　玉城保弘議員', '１番大城健議員', '２番　比嘉　優子議員'].map((label) => parseNameLabel(label).name)).toEqual(['玉城保弘', '大城健', '比嘉 優子']);
	});
});
