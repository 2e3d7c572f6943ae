/** A member's title that is an official's post too (`主査`): the speaker is the roll's official when no member of that name is listed. */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import type { MeetingRecord } from '../../src/people/types.ts';

function record(source: string, lines: readonly string[]): MeetingRecord {
	const { meeting } = parseMinutes(lines.join('\n'), { source, sourceHash: '0'.repeat(64) });
	if (!meeting) throw new Error(`${source}: no record`);
	return { id: entryId(meeting), data: meeting };
}

const council = (n: number, staff: string, chair = '大西会長'): MeetingRecord =>
	record(`keikan-${n}.txt`, [`第${n}回 みどり市景観審議会 議事録`, '', `１．日時　令和６年${n + 3}月10日（水）10:00～11:00`, '２．場所　市役所３階会議室', '３．出席者', `　委員　${chair}、小林委員`, `　事務局　${staff}`, '４．議事', '大西会長：ただいまから開会します。', '田村課長：資料１について説明します。', '小林委員：質問があります。', '松田主査：お答えします。']);

describe('`松田主査` for the roll’s `地域振興課主査　松田　愛`', () => {
	test('is the official, one person across a renamed unit, without a warning', () => {
		const records = [council(1, '地域振興課長　田村　誠、地域振興課主査　松田　愛'), council(2, '地域づくり推進課長　田村　誠、地域づくり推進課主査　松田　愛')];
		const index = resolvePeople(records);
		const persons = index.persons.filter((person) => person.name.startsWith('松田'));
		expect(persons.map((person) => person.name)).toEqual(['松田　愛']);
		expect(persons[0]?.labels).toContain('松田主査');
		expect(index.diagnostics.map((d) => d.message).filter((message) => message.includes('松田'))).toEqual([]);
		expect(index.persons.filter((person) => person.name.startsWith('田村')).map((person) => person.name)).toEqual(['田村　誠']);
	});

	test('a study group’s 主査 among its members stays the member', () => {
		const records = [council(1, '地域振興課主査　松田　愛', '大西会長、松田主査')];
		const index = resolvePeople(records);
		const matsuda = index.persons.filter((person) => person.name.startsWith('松田'));
		const spoken = matsuda.filter((person) => person.labels.includes('松田主査'));
		expect(spoken).toHaveLength(1);
		expect(spoken[0]?.roles.every((role) => role.kind === 'member')).toBe(true);
	});
});
