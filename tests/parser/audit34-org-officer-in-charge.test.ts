/**
 * An association's officer in charge of a part of its business (`会計担当理事`, `広報担当理事`, as owners' associations and
 * NPOs title their directors), alone or after a surname: one post, never a person named 会計担当 who is a 理事 (the label
 * had made a person of the part of the business in the list of people).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/index.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('an officer in charge of a part of the business', () => {
	test.each([
		['会計担当理事', null, '会計担当理事'],
		['広報担当理事', null, '広報担当理事'],
		['修繕担当理事', null, '修繕担当理事'],
		['鈴木広報担当理事', '鈴木', '広報担当理事'],
		['IR担当取締役', null, 'IR担当取締役'],
	])('%s is %s, %s', (label, name, title) => {
		expect(parseNameLabel(label)).toEqual({ name, title, affiliation: null });
	});

	test('such a post speaks, in Markdown minutes too', () => {
		const result = parseLines(['# 理事会 議事録', '', '- 日時: 2024年5月25日', '', '## 議事', '', '**会計担当理事**: 収支を報告します。', '', '広報担当理事: 会報は来月出します。'], 'rijikai.md');
		expect(turnsOf(result)).toEqual([
			['会計担当理事', '収支を報告します。'],
			['広報担当理事', '会報は来月出します。'],
		]);
	});

	test('a roll’s entry of such a post and a full name is that person', () => {
		expect(parseNameLabel('会計担当理事　河野　大輝')).toEqual({ name: '河野　大輝', title: '会計担当理事', affiliation: null });
	});
});
