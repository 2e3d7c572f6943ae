/**
 * A town's 臨時会 record as a minutes site copies it opens with the mayor's call, then `開会日に応招した議員` and
 * `応招しなかった議員` over the members by name, between rules, and the record's title under them, its letters spaced
 * (`令和5年 第2回(臨時)東 川 町 議 会 会 議 録(第1日)`); the rolls by seat follow (`出席議員(10名)`, `欠席議員(1名)`). When a
 * member had not answered the call, the title under that roll had been read as one more member who did not come, and the
 * two rolls of the absent no longer matched: two rolls of the absent, one naming the title.
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = [
	'令和 5年 5月臨時会(第2回)',
	'',
	'東川町告示第41号',
	' 令和5年第2回東川町議会臨時会を次のとおり招集する',
	'    令和5年4月20日',
	'                                東川町長 宮田 實生',
	'1 期 日  令和5年5月8日',
	'2 場 所  東川町議会議場',
	'──────────────────────────────',
	'開会日に応招した議員',
	'小野田 元次君          市橋 広海君',
	'西 美千代君',
	'──────────────────────────────',
	'応招しなかった議員',
	'木原 大輔君',
	'──────────────────────────────',
	'───────────────────────────────────────────',
	'令和5年 第2回(臨時)東 川 町 議 会 会 議 録(第1日)',
	'                             令和5年5月8日(月曜日)',
	'───────────────────────────────────────────',
	'議事日程(第1号)',
	'午前9時30分開議',
	' 日程第 1 会議録署名議員の指名について',
	'──────────────────────────────',
	'出席議員(3名)',
	'1番 小野田 元次君       2番 市橋 広海君',
	'3番 西 美千代君',
	'──────────────────────────────',
	'欠席議員(1名)',
	'4番 木原 大輔君',
	'──────────────────────────────',
	'午前9時30分開会',
	'○議長(小野田 元次君)  ただいまから令和5年第2回東川町議会臨時会を開会します。',
	'○議員(2番 市橋 広海君)  一点伺います。',
	'○議長(小野田 元次君)  これで閉会します。',
].join('\n');

describe('the record title under the roll of those who did not answer the call', () => {
	const result = parseText(record, 'higashikawa-2023-05-08.txt');
	test('one roll of the absent, naming the member only', () => {
		const absent = rollsOf(result).filter(([group]) => group === '欠席議員');
		expect(absent).toEqual([['欠席議員', ['null 木原 大輔']]]);
	});
	test('the title still names the record', () => {
		expect(result.meeting?.series).toBe('東川町議会');
	});
});
