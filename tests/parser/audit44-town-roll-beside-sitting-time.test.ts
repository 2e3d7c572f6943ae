/**
 * A town's minutes on a minutes viewer (議事ロックス-like pages) open each sitting's first part with the time and the roll's
 * heading a wide gap apart on one line (`12月6日午前10時00分開議                  出席議員16名`), the members below by seat, two
 * a line with 議員 after each name (`1番  辰巳文治議員      2番  村井道治議員`), and rule the parts of the sitting with minus
 * signs (`−−−−−−−−`). The heading had been lost with the time and the members kept as text; a rule of minus signs under them
 * had been read as a member.
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = [
	'令和 4年 12月 定例会(第5回)',
	'',
	'       −−−−−−−−−−−−−−−−−−−−−−−−−−−−−',
	'',
	'△開会・開議',
	'',
	'  12月6日午前10時00分開議                  出席議員4名',
	'',
	'     1番  辰巳文治議員      2番  村井道治議員',
	'',
	'     3番  宮本 茂議員      12番  内藤栄一議員',
	'',
	'       −−−−−−−−−−−−−−−−−−−−−−−−−−−−−',
	'',
	'○議長(内藤栄一君) ただいまから令和4年第5回南野町議会定例会を開会します。',
	'',
	'       −−−−−−−−−−−−−−−−−−−−−−−−−−−−−',
	'',
	'△会期の決定',
	'',
	'○議長(内藤栄一君) 会期の決定を議題とします。',
	'',
	'○3番(宮本 茂君) 異議ありません。',
	'',
	'○議長(内藤栄一君) これで本日は散会します。',
].join('\n');

describe("the roll's heading beside the sitting's time", () => {
	const result = parseText(record, 'minamino-2022-12-06.txt');
	test('the members by seat are the roll of those present, the rule no member', () => {
		expect(rollsOf(result)).toEqual([['出席議員', ['null 辰巳文治', 'null 村井道治', 'null 宮本 茂', 'null 内藤栄一']]]);
	});
});
