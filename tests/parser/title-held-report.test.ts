/**
 * A prefecture's election board posts each meeting as a page titled `令和6年第1回選挙管理委員会開催報告` (`…開催状況` elsewhere):
 * the report's word is no part of the body's name, so the board's meetings make one series `選挙管理委員会` with those whose
 * minutes say `議事要旨` (it had been the series `選挙管理委員会開催報告`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const page = (title: string) =>
	[
		title,
		'',
		'1 開催日時',
		'令和6年1月12日(金曜日)午前9時30分から午前10時08分まで',
		'2 開催場所',
		'県庁本館6階 選挙管理委員会室',
		'3 出席者',
		'委員長 石田 正寛、委員 田辺 宣之',
		'4 議事内容',
		'第1号 第21回統一地方選挙実施本部の設置について',
		'原案どおり決定された。',
	].join('\n');

describe('a held meeting’s report', () => {
	for (const title of ['令和6年第1回選挙管理委員会開催報告', '令和6年第1回選挙管理委員会 開催状況', '令和6年第1回選挙管理委員会議事要旨']) {
		test(`${title}: the series is the board`, () => {
			const meeting = parseText(page(title), 'senkan.txt').meeting;
			expect(meeting?.series).toBe('選挙管理委員会');
			expect(meeting?.session).toBe(1);
		});
	}
});
