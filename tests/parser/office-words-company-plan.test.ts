/**
 * Posts that open with a plan's span or a company's board post (a city's `長期計画課長`, a broadcaster's `三輪取締役編成局長` as its
 * 番組審議会 minutes write the station's staff): the post whole, the surname before it the name (`長期計画課長` had been a person
 * named 長期, `取締役編成局長` one named 取締役, `三輪取締役編成局長` no one).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';

describe('posts opening with 長期 or a board post', () => {
	test.each([
		['長期計画課長', null, '長期計画課長'],
		['中長期戦略室長', null, '中長期戦略室長'],
		['取締役編成局長', null, '取締役編成局長'],
		['三輪取締役編成局長', '三輪', '取締役編成局長'],
		['田中専務取締役', '田中', '専務取締役'],
		['山田取締役', '山田', '取締役'],
	])('%s → name %s, post %s', (label, name, title) => {
		expect(parseNameLabel(label)).toMatchObject({ name, title });
	});
});
