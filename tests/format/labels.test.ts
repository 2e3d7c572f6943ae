import { describe, expect, test } from 'vitest';
import { missingSessionsLabel, neighbourLabel, sessionGaps, tocLabel } from '../../src/format/labels.ts';

describe('labels a series page and a meeting page name meetings with', () => {
	test.each([
		[{ session: 41, date: '2022-12-01', title: 'サイバーセキュリティタスクフォース（第41回）議事要旨' }, '第41回（2022年12月1日）'],
		[{ session: null, date: '2019-12-05', title: 'サイバーセキュリティタスクフォース 提言（案）' }, 'サイバーセキュリティタスクフォース 提言（案）（2019年12月5日）'],
		[{ session: null, date: '2019-12-05', title: '  ' }, '2019年12月5日'],
	])('neighbourLabel(%o) → %s', (meeting, expected) => {
		expect(neighbourLabel(meeting)).toBe(expected);
	});

	test.each([
		[5, 15, '第6〜14回 未収録'],
		[5, 7, '第6回 未収録'],
		[5, 6, ''],
		[5, 5, ''],
	])('missingSessionsLabel(%i, %i) → %j', (before, after, expected) => {
		expect(missingSessionsLabel(before, after)).toBe(expected);
	});

	test.each([
		[{ agenda: [{}], sections: [] }, '議題'],
		[{ agenda: [], sections: [{ title: '開会' }] }, '目次'],
		[{ agenda: [], sections: [{ title: null }] }, ''],
	])('tocLabel(%o) → %j', (meeting, expected) => {
		expect(tocLabel(meeting)).toBe(expected);
	});

	test.each([
		{ sessions: [null, 29, 42, 43], gaps: [[2, '第30〜41回 未収録']] },
		{ sessions: [1, 2, 3], gaps: [] },
		{ sessions: [4, null, 9], gaps: [[2, '第5〜8回 未収録']] },
		// A session out of order (a later-dated 第2回) marks no gap and does not reopen one.
		{ sessions: [1, 5, 2, 7], gaps: [[1, '第2〜4回 未収録'], [3, '第6回 未収録']] },
	])('sessionGaps($sessions)', ({ sessions, gaps }) => {
		expect([...sessionGaps(sessions)]).toEqual(gaps);
	});
});
