import { describe, expect, test } from 'vitest';
import { ENTRY_ID_PATTERN, entryId } from '../../src/converter/entry-id.ts';

const base = { seriesSlug: 'shugiin-naikaku', date: '2018-05-30' };

describe('entryId', () => {
	test.each([
		{ session: 42, sessionLabel: undefined, id: 'shugiin-naikaku-042' },
		{ session: null, sessionLabel: undefined, id: 'shugiin-naikaku-2018-05-30' },
		{ session: null, sessionLabel: '第196回国会 第20号', id: 'shugiin-naikaku-2018-05-30-20' },
		{ session: null, sessionLabel: '第百九十六回国会 第二十号', id: 'shugiin-naikaku-2018-05-30-20' },
		{ session: null, sessionLabel: '第196回国会 第19号(その1)', id: 'shugiin-naikaku-2018-05-30-19-1' },
		{ session: null, sessionLabel: '第196回国会 第19号（その２）', id: 'shugiin-naikaku-2018-05-30-19-2' },
		{ session: null, sessionLabel: '第196回国会 第十九号（その二）', id: 'shugiin-naikaku-2018-05-30-19-2' },
		{ session: null, sessionLabel: '令和6年第4回定例会 第2日', id: 'shugiin-naikaku-2018-05-30-2' },
		{ session: null, sessionLabel: '令和6年第4回定例会', id: 'shugiin-naikaku-2018-05-30-4' },
	])('$sessionLabel → $id', ({ session, sessionLabel, id }) => {
		const actual = entryId({ ...base, session, ...(sessionLabel === undefined ? {} : { sessionLabel }) });
		expect(actual).toBe(id);
		expect(actual).toMatch(ENTRY_ID_PATTERN);
	});
});

describe('entryId of a session numbered within a fiscal year or term', () => {
	const council = { seriesSlug: 'series-9af2110d', date: '2023-11-28', session: 4 };
	test.each([
		{ title: '交通政策審議会地域公共交通部会 （令和5年度第4回）議事要旨', id: 'series-9af2110d-fy2023-004' },
		{ title: '交通政策審議会地域公共交通部会 （令和６年度第４回）議事要旨', id: 'series-9af2110d-fy2024-004' },
		{ title: '令和元年度　第４回　○○協議会　会議録', id: 'series-9af2110d-fy2019-004' },
		{ title: '平成31年度第4回理事会議事録', id: 'series-9af2110d-fy2019-004' },
		{ title: '2023年度 第4回 運営委員会 議事録', id: 'series-9af2110d-fy2023-004' },
		{ title: '第12期第4回 理事会議事録', id: 'series-9af2110d-t12-004' },
		{ title: '教育振興基本計画部会（第十二期）（第四回）議事録', id: 'series-9af2110d-t12-004' },
		{ title: '令和6年度（第4回）評価委員会', id: 'series-9af2110d-fy2024-004' },
		// Not the session's own period: another number, or a year that is no fiscal year.
		{ title: '令和5年度第3回の議論を受けて 第4回会合', id: 'series-9af2110d-004' },
		{ title: '令和６年第４回宮守町選挙管理委員会定例会会議録', id: 'series-9af2110d-y2024-004' },
		{ title: '令和5年第4回経済財政諮問会議', id: 'series-9af2110d-y2023-004' },
		{ title: '2024年第4回 運営会議', id: 'series-9af2110d-y2024-004' },
		{ title: '令和5年5月第4回会合', id: 'series-9af2110d-004' },
		{ title: 'サイバーセキュリティタスクフォース（第4回）議事要旨', id: 'series-9af2110d-004' },
	])('$title → $id', ({ title, id }) => {
		const actual = entryId({ ...council, title });
		expect(actual).toBe(id);
		expect(actual).toMatch(ENTRY_ID_PATTERN);
	});
});
