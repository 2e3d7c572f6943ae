/**
 * A PTA's 運営委員会 lists its order of business right under the roll, past a blank line and with no label over it (`欠席　…` /
 * (blank) / `１　会長あいさつ` / `２　学校より` / `３　報告` / `　(1) 各委員会報告` / …), then heads the text's parts with the same
 * lines (`１　会長あいさつ` / `松浦会長　…`): the lines are the agenda (they had been more members of the absent, the agenda empty
 * and each bracketed point a group of the roll of its own, warned of as empty).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'令和６年度　第２回　PTA運営委員会　議事録',
	'市立若葉台中学校PTA',
	'',
	'日時　令和６年６月１３日（木）１０時００分～１１時１５分',
	'会場　本校　図書室',
	'出席　会長 今川 奈緒、書記 戸田 紗季、会計 浜口 理恵',
	'　　　校長 森岡 徹',
	'欠席　広報委員長 青柳 渚',
	'',
	'１　会長あいさつ',
	'２　報告',
	'　(1) 各委員会報告',
	'　(2) 会計中間報告',
	'３　協議',
	'　(1) 夏季奉仕作業について',
	'４　その他',
	'',
	'１　会長あいさつ',
	'今川会長　雨の中お集まりいただきありがとうございます。',
	'',
	'２　報告',
	'(1) 各委員会報告',
	'戸田書記　各委員会とも予定どおり活動しています。',
	'(2) 会計中間報告',
	'浜口会計　支出は予算の３割です。',
	'',
	'３　協議',
	'(1) 夏季奉仕作業について',
	'森岡校長　７月２０日の午前に実施したいと考えています。',
	'→了承。',
	'',
	'４　その他',
	'次回は９月１２日（木）１０時から。',
];

describe('an order of business under the roll with no label', () => {
	const result = parseText(minutes.join('\n'), 'pta-unei.txt');

	test('the roll keeps its members only', () => {
		const roll = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)]);
		expect(roll).toEqual([
			['出席者', ['今川 奈緒', '戸田 紗季', '浜口 理恵', '森岡 徹']],
			['欠席', ['青柳 渚']],
		]);
		expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'empty-group')).toEqual([]);
	});

	test('the items are the agenda', () => {
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['各委員会報告', '会計中間報告', '夏季奉仕作業について', 'その他']);
	});
});
