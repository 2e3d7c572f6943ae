/**
 * The office listed after a list the header names as written (`出席監事：桑原　勝` / `事務局：事務局長　宮本　聡、…`, a
 * council's `【欠席委員】…` / `【事務局】…`): a group of its own, never a sub-group of the list above (`出席監事（事務局）`,
 * `欠席委員（事務局）`, the office counted absent).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const groups = (lines: readonly string[]) =>
	parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])]);

describe('the office after a list named as written', () => {
	test("a foundation's 評議員会: 事務局 with a colon after 出席監事", () => {
		expect(
			groups([
				'公益財団法人あさひ文化振興財団',
				'第２６回評議員会議事録',
				'',
				'日　時：令和５年６月２０日（火）午前１０時３０分～１１時３０分',
				'場　所：財団事務所会議室',
				'出席評議員：青木　雅彦、井上　純子',
				'出席理事：理事長　山内　哲也',
				'出席監事：桑原　勝',
				'事務局：事務局長　宮本　聡、主任　原田　結衣',
				'',
				'議事の経過',
				'　宮本事務局長が開会を宣した。',
			]),
		).toEqual([
			['出席評議員', [['青木　雅彦', '評議員'], ['井上　純子', '評議員']]],
			['出席理事', [['山内　哲也', '理事長']]],
			['出席監事', [['桑原　勝', '監事']]],
			['事務局', [['宮本　聡', '事務局長'], ['原田　結衣', '主任']]],
		]);
	});

	test("a town council's 【事務局】 after 【欠席委員】 is present", () => {
		expect(
			groups([
				'令和６年度第２回　さくら町地域公共交通協議会　会議録',
				'',
				'【日時】令和６年１１月１２日（火）午後２時～午後３時３０分',
				'【場所】さくら町役場　３階大会議室',
				'【出席委員】斉藤会長、石井副会長、平野委員',
				'【欠席委員】山崎委員、渡部委員',
				'【事務局】企画課長　川村、企画課主任　沢田',
				'',
				'【議事概要】',
				'　事務局から資料１により説明。',
			]),
		).toEqual([
			['出席委員', [['斉藤', '会長'], ['石井', '副会長'], ['平野', '委員']]],
			['欠席委員', [['山崎', '委員'], ['渡部', '委員']]],
			['事務局', [['川村', '企画課長'], ['沢田', '企画課主任']]],
		]);
	});
});
