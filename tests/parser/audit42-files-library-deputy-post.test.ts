/**
 * A city library board's record written in Word with the header as a table (`日時`, `場所`, `出席委員`, `事務局` in the first
 * column, each cell's people a line each, a post and a name padded apart: `中央図書館長　　栗原　由香` / `同館長補佐　　　土橋　和夫`),
 * as the converter reads a Word table: a row's cells a tab apart, a cell's lines on lines of their own. The library's deputy
 * head is one member, the post whole (`館長補佐`, or `同館長補佐` for the same library's), and the name theirs; the post had been
 * read as a person named 館長 (or 同館長) holding 補佐, and the name as a member without a post.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = (deputy: string): string =>
	[
		'令和６年度第３回やまぶき市図書館協議会　会議録',
		'',
		'日時\t令和６年１２月５日（木）午後２時から午後３時３０分まで',
		'場所\tやまぶき市立中央図書館　２階研修室',
		'出席委員\t会長　　荻野　昌平',
		'副会長　須藤　千里',
		'委員　　川端　直子',
		'事務局\t中央図書館長　　栗原　由香',
		deputy,
		'',
		'１　議題',
		'（１）令和７年度図書館事業計画（案）について',
		'',
		'２　議事の経過',
		'荻野会長　　それでは議題（１）について、事務局から説明をお願いします。',
		'栗原館長　　資料１により、来年度の事業計画の概要を説明いたします。',
		'須藤副会長　　中高生向けの自習席はどの程度増やす予定ですか。',
		'土橋館長補佐　　現在の２４席を４０席に増やす予定です。',
	].join('\n');

describe('a library’s deputy head in the staff’s cell', () => {
	test.each([
		['同館長補佐　　　土橋　和夫', '同館長補佐'],
		['館長補佐　　　土橋　和夫', '館長補佐'],
	])('%s: one member, the post whole', (deputy, post) => {
		const result = parseText(record(deputy), 'library.docx');
		const staff = result.meeting?.participants.find((group) => group.group === '事務局');
		expect(staff?.members.map((member) => [member.name, member.title])).toEqual([
			['栗原　由香', '中央図書館長'],
			['土橋　和夫', post],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['荻野会長', '栗原館長', '須藤副会長', '土橋館長補佐']);
	});
});
