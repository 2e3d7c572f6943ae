/**
 * A prefectural committee's page of one member's questions (`令和6年6月定例会産業委員会 質疑・質問`, `質疑・質問者:中川 次郎 議員`,
 * the date as `06/27/2024`, each turn's label alone over its words). Before, the series was `定例会産業委員会 質疑・質問` (the
 * session's word glued before the committee and the page's kind after it) and the questioner a nameless entry of the roll.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { readTitle } from '../../src/parser/title.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const PAGE = `令和6年6月定例会産業委員会 質疑・質問
質疑・質問者:中川 次郎 議員
質疑・質問日:06/27/2024
会派名:自民改革会議


〇中川委員
 よろしくお願いいたします。
 まず、今回の補正予算の経済効果の検証方法をどう考えているのかが1つ。

〇松井経済産業部長
 経済効果につきましては、事業の実施後に対象事業者へのアンケートにより検証してまいります。

〇中川委員
 ありがとうございました。個々の事業者に寄り添った支援をお願いします。
`;

describe('a committee’s page of one member’s questions', () => {
	test('is the committee’s, dated, its questioner the member who speaks', () => {
		const { meeting, diagnostics } = parseText(PAGE, 'sangyo-2024-06-27-nakagawa.txt');
		if (!meeting) throw new Error(diagnostics.map((d) => d.message).join('; '));
		expect(meeting.series).toBe('産業委員会');
		expect(meeting.date).toBe('2024-06-27');
		expect(meeting.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([['質疑・質問者', [['中川 次郎', '議員']]]]);
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		expect(index.persons.find((person) => person.labels.includes('中川委員'))?.name).toBe('中川 次郎');
	});

	test('the session’s word glued before a committee, or spaced, is none of its name', () => {
		expect(readTitle('令和6年9月定例会文教警察委員会', null).series).toBe('文教警察委員会');
		expect(readTitle('令和6年9月定例会 文教警察委員会 質疑・質問', null).series).toBe('文教警察委員会');
		expect(readTitle('令和６年第４回定例会に係る議会運営委員会　記録', null).series).toBe('議会運営委員会');
		expect(readTitle('令和6年第2回臨時会', null).series).toBe('臨時会');
	});
});
