/**
 * A sitting copied from a minutes site's page whose header ran onto one line: the title, the call to the 議場, each roll's
 * heading numbered (`1 出席議員は、12名で次のとおりである。`, `2 欠席議員は、なし`, `3 地方自治法第121条の規定により…出席した者
 * は、次のとおりである。`, `4 本会議の書記は、…`) with its entries after it, and the chair's first words, all on the first line;
 * a city's page numbering each field `1` and gluing the number to the entry before it (`…古田 金弥1 欠席議員 なし1 出席説明員`),
 * its 議事日程's items on the same line (`日程第 1 会議録署名議員の指名 日程第 2 会期の決定`). The later turns are lines of their own.
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf, turnsOf } from './unseen-helpers.ts';

const town = [
	'令和 6年第4回臨時会(第1号 10月21日)               令和6年第4回みずなみ町議会臨時会会議録                  令和6年10月21日               令和6年10月21日みずなみ町議会                  第4回臨時会会議録  令和6年10月21日第4回みずなみ町議会臨時会は、みずなみ町議場に招集された。 1 出席議員は、4名で次のとおりである。    1番  河 合 俊 介         2番  島 田 奈緒美    3番  岸   誠 一         4番  吉 岡 秀 雄(議長) 2 欠席議員は、なし 3 地方自治法第121条の規定により説明のため会議に出席した者は、次のとおりである。   町     長  大 西 洋 一     副  町  長  寺 田 浩 司   住民福祉部長   小 林   薫 4 本会議の書記は、次のとおりである。   議会事務局長   松 永 篤 志     書     記  西 村 遥 ○議長(吉岡秀雄君) ただいまの出席議員は、4名です。 これより本日の会議を開きます。',
	'○町長(大西洋一君) 提案理由を御説明申し上げます。',
	'○議長(吉岡秀雄君) これをもって閉会いたします。',
].join('\n');

const city = [
	'令和 5年  6月定例会(第2回)1 令和5年6月6日(火曜日) 10時00分1 あおやま市役所議場1 出席議員 3名     1番 鈴木 正和        2番 相沢  力     3番 古田 金弥1 欠席議員 なし1 出席説明員  市     長  石田由紀夫     総 務 部 長  石原 康雄1 出席事務局職員  事 務 局 長  藤田 直樹  書 記 (次長)  小坂  充1 議事日程(第1号) 令和5年6月6日(火曜日) 10時00分開議 日程第 1 会議録署名議員の指名 日程第 2 会期の決定 日程第 3 議案第30号 あおやま市手数料条例の一部を改正する条例',
	'○議長(古田金弥君) ただいまの出席議員は3名であります。 本日の会議を開きます。',
	'○市長(石田由紀夫君) 議案第30号について御説明申し上げます。',
].join('\n');

describe("a town's header run onto one line with the chair's first words", () => {
	const result = parseText(town, 'mizunami-2024-10-21.txt');

	test('the assembly, the rolls and the first turn are read', () => {
		expect(result.meeting?.series).toBe('みずなみ町議会');
		const rows = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);
		expect(rows).toEqual([
			['出席議員', [[null, '河合俊介'], [null, '島田 奈緒美'], [null, '岸 誠一'], ['議長', '吉岡秀雄']]],
			['説明のため出席した者', [['町長', '大西洋一'], ['副町長', '寺田浩司'], ['住民福祉部長', '小林薫']]],
			['事務局職員', [['議会事務局長', '松永篤志'], ['書記', '西村遥']]],
		]);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['議長(吉岡秀雄君)', '町長(大西洋一君)', '議長(吉岡秀雄君)']);
		expect(turnsOf(result)[0]?.[1]).toBe('ただいまの出席議員は、4名です。 これより本日の会議を開きます。');
	});
});

describe("a city's header run onto one line, each field numbered 1", () => {
	const result = parseText(city, 'aoyama-2023-06-06.txt');

	test('the rolls and the 議事日程 are read', () => {
		expect(rollsOf(result).map(([group, members]) => [group, members.length])).toEqual([
			['出席議員', 3],
			['説明のため出席した者', 2],
			['事務局職員', 2],
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['会議録署名議員の指名', '会期の決定', '議案第30号 あおやま市手数料条例の一部を改正する条例']);
	});
});
