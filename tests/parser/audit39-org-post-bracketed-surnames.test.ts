/**
 * A PTA's or an association's roll writing each post with its holders' surnames in brackets (`会計（西岡）`, `教頭（丸山）`,
 * `副会長（村上・坂口）`): each a member with the post, where `会計` and `教頭` had been the names (the surname their
 * affiliation) and the two vice-chairs one member named `副会長`.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';
import type { MemberRow } from './unseen-helpers.ts';

const text = [
	'令和６年度　第２回　みなみ台中学校ＰＴＡ運営委員会　議事録',
	'',
	'日時：令和６年７月４日（木）１０時００分～１１時１５分',
	'場所：みなみ台中学校　会議室',
	'出席者：会長（長尾）、副会長（福井・横山）、書記（平井）、会計（菊池）、校長（本間）、教頭（松永）',
	'',
	'１．夏休みの見回りについて',
	'長尾会長：今年も８月の夜間見回りを各地区でお願いします。',
	'菊池会計：懐中電灯の電池代は予備費から出します。',
	'松永教頭：学校からも教員が２名参加します。',
	'横山副会長：地区ごとの当番表は来週までに配ります。',
].join('\n');

describe('posts with their holders\' surnames in brackets', () => {
	test('each holder is a member with the post', () => {
		const { meeting } = parseText(text, 'pta.txt');
		const rows: MemberRow[] = (meeting?.participants[0]?.members ?? []).map((member) => [member.text, member.name, member.title, member.affiliation]);
		expect(rows).toEqual([
			['会長（長尾）', '長尾', '会長', null],
			['副会長（福井）', '福井', '副会長', null],
			['副会長（横山）', '横山', '副会長', null],
			['書記（平井）', '平井', '書記', null],
			['会計（菊池）', '菊池', '会計', null],
			['校長（本間）', '本間', '校長', null],
			['教頭（松永）', '松永', '教頭', null],
		]);
	});

	test('the turns are still their holders\'', () => {
		const { meeting } = parseText(text, 'pta.txt');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['長尾会長', '菊池会計', '松永教頭', '横山副会長']);
	});

	test('an official\'s post with its fields in brackets stays one entry', () => {
		const { meeting } = parseText(text.replace('、校長（本間）', '、大臣官房審議官（技術・環境）、校長（本間）'), 'pta.txt');
		expect(meeting?.participants[0]?.members.map((member) => member.text)).toContain('大臣官房審議官（技術・環境）');
	});
});
