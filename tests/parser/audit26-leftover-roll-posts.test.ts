/**
 * Rolls whose posts were misread: a one-letter surname glued to a section's post (`森研究開発課長`, `宇都市計画課長`) in a list
 * of such entries, a head's post in brackets before the name (`（総代会長）　山下　武`), and a role whose opening bracket was
 * lost (`理　事）　中村　和夫`, read with a warning).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseParticipants } from '../../src/parser/participants.ts';
import type { Diagnostic } from '../../src/parser/types.ts';

const roll = (lines: readonly string[], diagnostics: Diagnostic[] = []) =>
	parseParticipants(
		lines.map((text, index) => ({ line: index + 1, text })),
		diagnostics,
	).map((group) => [group.group, group.members.map((member) => [member.name, member.title])]);

describe('a surname glued to a section post', () => {
	test('each entry of a list of them is the surname and the whole post', () => {
		expect(roll(['森研究開発課長、宇都市計画課長、林産業振興課長、東企画課長'])).toEqual([
			[
				'出席者',
				[
					['森', '研究開発課長'],
					['宇', '都市計画課長'],
					['林', '産業振興課長'],
					['東', '企画課長'],
				],
			],
		]);
	});

	test('a staff roll of full names and posts is still read as such', () => {
		expect(roll(['加藤五郎局長　並木義之主事'])).toEqual([['出席者', [['加藤五郎', '局長'], ['並木義之', '主事']]]]);
	});

	test('the speakers of the record match the roll', () => {
		const meeting = parseDocuments(
			['令和６年度第３回みなみ市研究開発推進会議　会議録', '', '日時：令和６年９月１０日（火）１４時～１５時', '場所：みなみ市役所　第一会議室', '出席者：森研究開発課長、宇都市計画課長、東企画課長', '', '森研究開発課長：本日は研究開発の推進状況を報告します。', '宇都市計画課長：都市計画との連携が必要です。'].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0]?.meeting;
		expect(meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['森', '宇', '東']);
	});
});

describe('roles in brackets before the names', () => {
	test("a head's post in brackets is the member's title, no group", () => {
		expect(roll(['（総代会長）　山下　武', '（理　事）　高畑　正人'])).toEqual([['出席者', [['山下　武', '総代会長'], ['高畑　正人', '理事']]]]);
	});

	test('a role whose opening bracket is missing is read with a warning naming the line', () => {
		const diagnostics: Diagnostic[] = [];
		expect(roll(['（理　事）　高畑　正人', '理　事）　中村　和夫', '（監　事）　大塚　洋子'], diagnostics)).toEqual([['出席者', [['高畑　正人', '理事'], ['中村　和夫', '理事'], ['大塚　洋子', '監事']]]]);
		expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([['unopened-bracket', 2]]);
	});

	test('a bracket heading a group of several stays a group', () => {
		expect(roll(['（推進委員）　鶴見　義則、川上　聡'])[0]?.[0]).toBe('推進委員');
	});
});
