/**
 * A minister listed under `国務大臣` with the charge in a bracket of its own (`国務大臣` / `（内閣府特命担当大臣（防災））　平田 誠一郎君`)
 * speaks as `○国務大臣（平田誠一郎君）`: the label names the roll's minister, the charge's inner bracket no part of the post
 * compared. Before, the nested bracket was left on the post, the label matched no listed post, and the minister was two persons.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const record = (charge: string): string => `第213回国会　参議院　内閣委員会　第8号
令和六年四月十一日（木曜日）
   午前十時開会
    ─────────────
  出席者は左のとおり。
    委員長         谷口 正臣君
   国務大臣
       国務大臣
       ${charge}  平田 誠一郎君
    ─────────────
○委員長（谷口正臣君）　ただいまから内閣委員会を開会いたします。
○国務大臣（平田誠一郎君）　お答えいたします。
○委員長（谷口正臣君）　本日はこれにて散会いたします。
   午前十一時散会
`;

describe.each(['（内閣府特命担当大臣（防災））', '(内閣府特命担当大臣(防災))'])('a minister with the charge %s', (charge) => {
	test('is one person, the roll’s', () => {
		const { meeting } = parseText(record(charge), 'naikaku-8.txt');
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		expect(index.persons.map((person) => [person.name, person.labels.includes('国務大臣（平田誠一郎君）')])).toEqual([
			['谷口 正臣', false],
			['平田 誠一郎', true],
		]);
	});
});
