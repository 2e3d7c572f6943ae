/**
 * A prefecture's 経営会議 page whose turns are a list's items (`  • 知事:補正予算の規模について…`, `  • 総務部長:承知した。`): each
 * is its speaker's turn; a header field so written (`• 開催日時:…`) stays a field.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const page = ['令和6年5月7日県政経営会議の概要', '', '  • 開催日時:令和6年5月7日(火曜日)8時45分~9時30分', '  • 開催場所:特別会議室', '  • 出席者:知事、大西副知事、総務部長', '  • 議事概要:下記のとおり', '', '1 補正予算について', '総務部長から資料に基づき説明。', '  • 知事:補正予算の規模について、物価高騰対策の効果を検証したうえで説明できるようにしてほしい。', '  • 大西副知事:市町への周知は、議会提出前に行うこと。', '  • 総務部長:承知した。'].join('\n');

describe('turns written as list items', () => {
	test('each bulleted label and colon is its speaker\'s turn', () => {
		const meeting = parseDocuments(page, { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['知事', '補正予算の規模について、物価高騰対策の効果を検証したうえで説明できるようにしてほしい。'],
			['大西副知事', '市町への周知は、議会提出前に行うこと。'],
			['総務部長', '承知した。'],
		]);
		expect(meeting?.location).toBe('特別会議室');
	});
});

describe('a list of who holds which post', () => {
	test('is no turn (`・会長:坂本(再任)、副会長:藤原、中川`, `・議長:坂本会長(2組)/書記:今井(6組)で承認`)', () => {
		const text = ['緑町自治会　令和6年度総会議事録', '', '日時:2024年4月14日(日)10:00~11:30', '場所:集会所', '', '1 議長・書記の選出', '・議長:坂本会長(2組)/書記:今井(6組)で承認', '2 役員選出', '・会長:坂本(再任)、副会長:藤原、中川、会計:石原、書記:今井', '以上'].join('\n');
		expect(parseDocuments(text, { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.remarks).toEqual([]);
	});
});
