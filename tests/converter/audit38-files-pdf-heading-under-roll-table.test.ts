/**
 * A council's minutes made with a word processor (`tests/fixtures/pdf/council-roll-table-heading.pdf`, fictional): the roll a
 * table of 氏名, 所属・役職 and 備考, the next numbered heading (`４　議事`) just under its last row. The heading had been read
 * as the rest of that row's name cell (`岡本陽子４議事`), the roll's last member and the agenda under it lost.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';

describe('a numbered heading under a roll table', () => {
	test('is a line of its own, the last row\'s name kept, the agenda under it read', async () => {
		const result = await pdfToText(new Uint8Array(await readFile(new URL('../fixtures/pdf/council-roll-table-heading.pdf', import.meta.url))));
		expect(result.ok).toBe(true);
		const text = result.ok ? result.text : '';
		expect(text.split('\n')).toContain('４　議事');
		const { meeting } = parseMinutes(text, { source: 'shingikai.pdf', sourceHash: '0'.repeat(64) });
		const members = meeting?.participants.flatMap((group) => group.members) ?? [];
		expect(members).toHaveLength(40);
		expect(members.at(-1)).toMatchObject({ name: '岡本　陽子', affiliation: 'NPO 法人ひかりネット代表' });
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['第四期地域福祉支援計画の進捗状況について', 'その他']);
		expect(meeting?.handouts.map((handout) => handout.id)).toEqual(['資料１', '資料２']);
		expect(meeting?.remarks).toHaveLength(14);
	});
});
