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
