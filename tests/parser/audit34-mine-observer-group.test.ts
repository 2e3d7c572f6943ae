/**
 * `【オブザーバー】` under `【構成員】` and over `【発表者】` (the first corpus's roll, `seeds/003_…`): a group of the roll, as the
 * presenters after it are their own. Reading `オブザーバー` as a field of its own, as `役員：` and `来賓：` are, had made the
 * presenters a part of it (`オブザーバー（発表者）`).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

test('the observers and the presenters of a council are groups of one roll', () => {
	const text = readFileSync(new URL('../../seeds/003_6e08e22d860207df.txt', import.meta.url), 'utf8');
	const [result] = parseDocuments(text, { source: '003_6e08e22d860207df.txt', sourceHash: '0'.repeat(64) });
	const groups = (result?.meeting?.participants ?? []).map((group) => [group.group, group.members.length]);
	expect(groups).toEqual([
		['構成員', 12],
		['オブザーバー', 4],
		['発表者', 1],
		['総務省', expect.any(Number)],
	]);
});
