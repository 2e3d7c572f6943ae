/**
 * A member's written question (質問主意書) and the cabinet's answer (答弁書), as the 衆議院's pages give them, are each a record of
 * the Diet: titled by the document's title, dated by its date line, the member who put the question or the Prime Minister who
 * sends the answer its participant and its one speaker, the number and the covering lines notes. Before, the question was a
 * plain document titled `質問第一二号` (series `質問`) with a warning that its layout was unknown, and the answer a document of
 * paragraphs titled by the answer's number, neither naming anyone.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const QUESTION = `令和六年十一月二十九日提出
質問第一二号

地域公共交通の維持に関する質問主意書

提出者　　平野　陽子

　　　地域公共交通の維持に関する質問主意書

　人口減少が進む地域において、路線バスの廃止が相次いでいる。以下、質問する。

一　過去五年間に廃止された路線バスの系統数を示されたい。

二　政府は、地域公共交通の再構築に向けてどのような支援を講じているのか。

　右質問する。
`;

const ANSWER = `内閣衆質二一六第一二号
令和六年十二月十日

内閣総理大臣　石破　山彦

　　衆議院議長　森川　義孝　殿

衆議院議員平野陽子君提出地域公共交通の維持に関する質問に対し、別紙答弁書を送付する。

　　　衆議院議員平野陽子君提出地域公共交通の維持に関する質問に対する答弁書

一について

　お尋ねの系統数については、約八千系統である。

二について

　政府としては、地方公共団体の取組を支援しているところである。
`;

/** Each speaker label with the person the people index gives it. */
function speakers(meeting: Meeting | null): [string, string | undefined][] {
	if (!meeting) throw new Error('no record');
	const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
	return meeting.remarks.map((remark) => [remark.speaker, index.persons.find((person) => person.labels.includes(remark.speaker))?.name]);
}

describe('written questions and answers of the Diet', () => {
	test('a 質問主意書 is the member’s question', () => {
		const result = parseText(QUESTION, 'shitsumon-12.txt');
		expect(result.family).toBe('diet');
		expect(result.diagnostics).toEqual([]);
		const meeting = result.meeting;
		expect([meeting?.title, meeting?.series, meeting?.date]).toEqual(['地域公共交通の維持に関する質問主意書', '質問主意書', '2024-11-29']);
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([['提出者', [[null, '平野 陽子']]]]);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text.split('\n')])).toEqual([
			['平野陽子君', ['人口減少が進む地域において、路線バスの廃止が相次いでいる。以下、質問する。', '一　過去五年間に廃止された路線バスの系統数を示されたい。', '二　政府は、地域公共交通の再構築に向けてどのような支援を講じているのか。']],
		]);
		expect(speakers(meeting ?? null)).toEqual([['平野陽子君', '平野 陽子']]);
	});

	test('a 答弁書 is the cabinet’s answer, sent by the Prime Minister', () => {
		const result = parseText(ANSWER, 'toubensho-12.txt');
		expect(result.family).toBe('diet');
		expect(result.diagnostics).toEqual([]);
		const meeting = result.meeting;
		expect([meeting?.title, meeting?.series, meeting?.date]).toEqual(['衆議院議員平野陽子君提出地域公共交通の維持に関する質問に対する答弁書', '質問主意書', '2024-12-10']);
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([['答弁者', [['内閣総理大臣', '石破 山彦']]]]);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text.split('\n').length])).toEqual([['内閣総理大臣（石破山彦君）', 4]]);
		expect(speakers(meeting ?? null)).toEqual([['内閣総理大臣（石破山彦君）', '石破 山彦']]);
	});
});
