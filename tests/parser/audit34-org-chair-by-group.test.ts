/**
 * A residents' association's 総会 that lists its chair and its secretary under the counts, the label a space before who
 * holds it and the numbered 組 they come from (`議長　7組　荻野 進`, `書記　2組　古川 洋子`): each a roll of its own, the
 * person named with their 組 (the chair's line had been a turn, the secretary's the next, and the fields and the agenda
 * below them their words: 2 of 5 motions found).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/index.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('the chair and the secretary of a residents’ association’s general meeting', () => {
	const result = parseLines([
		'令和6年度　若葉町町内会　定期総会　議事録',
		'',
		'日時　令和6年4月21日（日）午前10時～11時30分',
		'会場　若葉町会館',
		'会員数　212世帯　出席　64世帯　委任状　98世帯　計162世帯（会則第15条により総会は成立）',
		'議長　7組　荻野 進',
		'書記　2組　古川 洋子',
		'議事録署名人　4組　大塚 勉、9組　石川 美香',
		'',
		'議案',
		'第1号議案　令和5年度事業報告',
		'第2号議案　令和5年度会計決算報告',
		'第3号議案　役員選出',
		'',
		'第1号議案　令和5年度事業報告',
		'　山中会長より説明。',
		'Q：防災訓練の参加者が少なかったが、今年はどう工夫するのか。（3組 会員）',
		'A：子ども向けの体験コーナーを設ける予定。（防災担当：岡島）',
		'→拍手多数で承認',
		'',
		'第2号議案　令和5年度会計決算報告',
		'　会計 野田より決算報告。',
		'→拍手多数で承認',
		'',
		'第3号議案　役員選出',
		'　別紙の役員案のとおり承認。',
	]);

	test('each is a roll of their own, with the 組 they come from', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.affiliation])])).toEqual([
			['議長', [['荻野 進', '7組']]],
			['書記', [['古川 洋子', '2組']]],
		]);
	});

	test('no one speaks their line, and every motion is on the agenda', () => {
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['Q（3組 会員）', 'A（岡島防災担当）']);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['第1号議案　令和5年度事業報告', '第2号議案　令和5年度会計決算報告', '第3号議案　役員選出']);
	});

	test.each([
		['7組　荻野 進', '荻野 進', '7組'],
		['４組　大塚 勉', '大塚 勉', '４組'],
		['２区　田中', '田中', '２区'],
	])('%s is %s of %s', (label, name, part) => {
		expect(parseNameLabel(label)).toEqual({ name, title: null, affiliation: part });
	});
});
