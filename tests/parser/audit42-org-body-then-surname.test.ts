/**
 * A PTA's 運営委員会 (a neighbourhood association's 役員会) lists its guests by the local body each comes for, the person's
 * surname in brackets after it (`来賓：あさひコミュニティ（星野）、ひかり地区社協（関）`, `みどり町内会（小松）`): the person, the body
 * their affiliation (each had been no one, or the body read as a name and the surname as its affiliation).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'令和6年度 第5回 PTA運営委員会 議事録',
	'',
	'日時：令和6年10月9日（水）10:00〜11:30',
	'出席者：会長 浜口、副会長 平井、教頭 北島',
	'来賓：あさひコミュニティ（星野）、ひかり地区社協（関）、みどり町内会（小松）',
	'',
	'１．バザーの準備について',
	'会長（浜口）：出品物の受付は11月5日から始めます。',
	'あさひコミュニティ（星野）：地域の模擬店は例年どおり３店出します。',
];

describe('a local body and who comes for it', () => {
	const result = parseText(minutes.join('\n'), 'pta.txt');

	test('each guest is named, the body their affiliation', () => {
		const guests = result.meeting?.participants.find((group) => group.group === '来賓');
		expect(guests?.members.map((member) => [member.name, member.affiliation])).toEqual([
			['星野', 'あさひコミュニティ'],
			['関', 'ひかり地区社協'],
			['小松', 'みどり町内会'],
		]);
	});
});
