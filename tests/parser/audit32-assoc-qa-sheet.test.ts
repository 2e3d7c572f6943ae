/**
 * A table of questions and answers kept in a spreadsheet and saved as tab-separated text (`No.	質問者	質問	回答者	回答`):
 * each row is two turns, the question by who asks and the answer by who answers; a `.tsv` or `.csv` file in seeds/ is
 * read as such text.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listSeedFolder } from '../../src/converter/seed-files.ts';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const sheet = [
	'令和6年度 第2回 地域交流会 質疑応答記録',
	'',
	'開催日\t2024年9月14日（土）',
	'会場\t市民会館 第1会議室',
	'',
	'No.\t質問者\t質問\t回答者\t回答',
	'1\t田中 一郎\t駐車場の増設予定はありますか。\t事務局 佐藤\t来年度予算で検討しています。',
	'2\t鈴木 花子\t"会費の振込先が変わった理由を',
	'教えてください。"\t会計 山本\t銀行の統合によるものです。',
	'3\t高橋 健\t次回の開催場所はどこですか。\t\t',
];

describe('a spreadsheet of questions and answers saved as text', () => {
	const result = parseLines(sheet);

	test('is read, dated by its 開催日 row, not refused as a table', () => {
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(result.meeting?.date).toBe('2024-09-14');
		expect(result.meeting?.location).toBe('市民会館 第1会議室');
	});

	test('each row is the question by who asks and the answer by who answers', () => {
		expect(turnsOf(result)).toEqual([
			['質問（田中 一郎）', '駐車場の増設予定はありますか。'],
			['回答（事務局 佐藤）', '来年度予算で検討しています。'],
			['質問（鈴木 花子）', '会費の振込先が変わった理由を教えてください。'],
			['回答（会計 山本）', '銀行の統合によるものです。'],
			['質問（高橋 健）', '次回の開催場所はどこですか。'],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.line)).toEqual([7, 7, 8, 9, 10]);
	});
});

describe('a spreadsheet saved as .tsv or .csv in seeds/', () => {
	test('is a seed read as text', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'qa-sheet-'));
		try {
			await writeFile(join(dir, '質疑応答.tsv'), sheet.join('\n'));
			await writeFile(join(dir, '質疑応答.csv'), sheet.join('\n').replaceAll('\t', ','));
			const entries = await listSeedFolder(dir);
			expect(entries.map((entry) => [entry.name, entry.kind]).sort()).toEqual([
				['質疑応答.csv', 'seed'],
				['質疑応答.tsv', 'seed'],
			]);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
