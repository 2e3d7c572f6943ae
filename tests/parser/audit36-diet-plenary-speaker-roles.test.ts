/**
 * A 本会議's record lists no roll and labels its members by name and honorific (`○古川直行君`, the Imperial Diet's `○濱口國太郎君`):
 * the person's role in the sitting is that of a speaker, never the honorific. Before, the people's pages gave `君` as the role.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第213回国会 衆議院 本会議 第12号
令和六年三月二十八日（木曜日）
    午後一時二分開議
○議長（額田福志郎君） 委員長の報告を求めます。総務委員長古田直行君。
    〔古田直行君登壇〕
○古田直行君 ただいま議題となりました両案につきまして御報告申し上げます。（拍手）
○議長（額田福志郎君） 坂上祐之介君。
○坂上祐之介君 総理に伺います。
○内閣総理大臣（岸本文男君） お答えいたします。
○議長（額田福志郎君） 本日は、これにて散会いたします。
    午後三時十分散会
`;

describe('a 本会議’s members labelled by name and honorific', () => {
	test('speak in no role named by the honorific', () => {
		const { meeting } = parseText(RECORD, 'honkaigi-12.txt');
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		const roles = Object.fromEntries(index.persons.map((person) => [person.name, person.roles.map((role) => role.title)]));
		expect(roles).toEqual({
			額田福志郎: ['議長'],
			古田直行: ['発言者'],
			坂上祐之介: ['発言者'],
			岸本文男: ['内閣総理大臣'],
		});
	});
});
