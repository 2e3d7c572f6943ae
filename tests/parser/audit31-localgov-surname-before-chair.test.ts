/**
 * A council's chair by surname and post, `阿部会長`, `岡部会長`, `服部会長代理`: one letter before 部会長 is a surname ending in 部 before
 * 会長 (it had read 阿, the head of a 部会), in the roll and in the label of a turn; two letters before it stay a 部会's head (`田中部会長`).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseDocuments } from '../../src/parser/index.ts';

describe('a surname ending in 部 before 会長', () => {
	test('the label reads the surname whole', () => {
		expect(parseNameLabel('阿部会長')).toEqual({ name: '阿部', title: '会長', affiliation: null });
		expect(parseNameLabel('服部会長代理')).toEqual({ name: '服部', title: '会長代理', affiliation: null });
		expect(parseNameLabel('田中部会長')).toEqual({ name: '田中', title: '部会長', affiliation: null });
	});

	test("a city council's roll", () => {
		const meeting = parseDocuments(
			[
				'第８５回北浜市都市計画審議会　会議録',
				'',
				'日　時：令和５年１１月８日（水）午後１時３０分～午後３時',
				'場　所：北浜市役所　議会棟２階　全員協議会室',
				'出席委員：',
				'　阿部会長、清水副会長、岡部委員、岩田委員',
				'',
				'阿部会長：それでは議事に入ります。議第１号について事務局から説明をお願いします。',
				'都市計画課長：資料１に基づき説明いたします。',
			].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0]?.meeting;
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['阿部', '会長'],
			['清水', '副会長'],
			['岡部', '委員'],
			['岩田', '委員'],
		]);
	});
});
