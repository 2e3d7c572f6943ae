/**
 * A council's page lists its handouts as links, each with its file's type and size (`（PDF：350KB）`, `（PDF/78KB）`,
 * `［PDF：1.8MB］`, `（PDF）`), its id before a colon (`資料1：…`), an unnumbered file first (`議事次第（PDF/78KB）`): each is
 * one handout, its title without the size (kept as its note), none run into the next.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const page = (handouts: readonly string[]) => [
	'データ連携基盤検討会（第2回）',
	'日時：令和6年3月27日（水）10時00分から12時00分まで',
	'場所：オンライン開催',
	'配布資料',
	...handouts,
	'議事概要',
	'事務局から資料1に基づき説明を行い、意見交換を行った。',
];

describe("a page's list of files", () => {
	test('`資料1：…（PDF/2,345KB）` and an unnumbered `議事次第（PDF/78KB）`', () => {
		const result = parse(page(['議事次第（PDF/78KB）', '資料1：データ連携基盤の全体像（PDF/2,345KB）', '資料2：今後の進め方（案）（PDF/512KB）', '参考資料：構成員名簿（PDF/60KB）']));
		expect(result?.meeting?.handouts).toEqual([
			{ id: '議事次第', title: '', note: 'PDF/78KB' },
			{ id: '資料1', title: 'データ連携基盤の全体像', note: 'PDF/2,345KB' },
			{ id: '資料2', title: '今後の進め方（案）', note: 'PDF/512KB' },
			{ id: '参考資料', title: '構成員名簿', note: 'PDF/60KB' },
		]);
	});

	test('sizes in square brackets and a bare `（PDF）` are notes, not words of the title', () => {
		const result = parse(page(['資料7-1　周波数再編アクションプラン（案）［PDF：1.8MB］', '資料7-2　意見募集の結果（PDF）', '参考資料7-1　委員会構成員名簿（PDF：95KB）']));
		expect(result?.meeting?.handouts.map((handout) => [handout.id, handout.title])).toEqual([
			['資料7-1', '周波数再編アクションプラン（案）'],
			['資料7-2', '意見募集の結果'],
			['参考資料7-1', '委員会構成員名簿'],
		]);
	});

	test('a line after a title that ended with its file note does not wrap it', () => {
		const diagnostics: string[] = [];
		const result = parse(page(['資料1　現状（PDF：350KB）', '議事録等']));
		for (const diagnostic of result?.diagnostics ?? []) diagnostics.push(diagnostic.message);
		expect(result?.meeting?.handouts).toEqual([{ id: '資料1', title: '現状', note: 'PDF：350KB' }]);
		expect(diagnostics.some((message) => message.includes('議事録等'))).toBe(true);
	});

	test('a title wrapped in a copied PDF still joins its next line', () => {
		const result = parse(page(['資料1　地域における医療提供体制の', '　　　現状と課題について']));
		expect(result?.meeting?.handouts.map((handout) => handout.title)).toEqual(['地域における医療提供体制の現状と課題について']);
	});
});
