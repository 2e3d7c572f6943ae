import { describe, expect, test } from 'vitest';
import { normalizeForRelevance, relevantRemarks, resultKey, scoreQuery, summarizeScores, type ResultKey } from '../../scripts/bench/relevance.ts';

const remarks = [
	{ key: 'a-001#r1', text: '能動的サイバー防御について議論した。' },
	{ key: 'a-001#r2', text: 'ＣＹＤＥＲの受講を推奨する。' },
	{ key: 'a-002#r1', text: 'プレ CYDER と人材育成。' },
	{ key: 'a-002#r2', text: '能動的な防御という言い方もある。' },
];

describe('relevance', () => {
	test.each([
		['ＣＹＤＥＲ', 'cyder'],
		['ｃｙｄｅｒ', 'cyder'],
		['ｶﾀｶﾅ', 'カタカナ'],
		['能動的', '能動的'],
	])('normalizeForRelevance(%s) is %s', (text, expected) => {
		expect(normalizeForRelevance(text)).toBe(expected);
	});

	test('a remark is relevant when its text contains the whole query (NFKC, ASCII case-insensitive)', () => {
		expect([...relevantRemarks(remarks, 'cyder')].sort()).toEqual(['a-001#r2', 'a-002#r1']);
		expect([...relevantRemarks(remarks, '能動的サイバー防御')]).toEqual(['a-001#r1']);
		expect(relevantRemarks(remarks, '新幹線').size).toBe(0);
		expect(relevantRemarks(remarks, '  ').size).toBe(0);
	});

	test('with variants, a remark written in another spelling is relevant too', () => {
		const spelled = [
			{ key: 'b#r1', text: '先ほどの御指摘の通り。' },
			{ key: 'b#r2', text: '先ほどのご指摘の通り。' },
			{ key: 'b#r3', text: '指摘はない。' },
		];
		expect([...relevantRemarks(spelled, 'ご指摘')]).toEqual(['b#r2']);
		expect([...relevantRemarks(spelled, 'ご指摘', true)]).toEqual(['b#r1', 'b#r2']);
	});

	test.each([
		['http://127.0.0.1:1/meetings/a-001/?highlight=x#r12', { key: 'a-001#r12', kind: 'remark' }],
		['/minutes/meetings/a-001/#s2-h', { key: 'a-001#s2-h', kind: 'section' }],
		['/meetings/a-001/', { key: 'a-001#', kind: 'page' }],
		['/timeline/', { key: '/timeline/', kind: 'other' }],
	])('resultKey(%s)', (href, expected) => {
		expect(resultKey(href)).toEqual(expected);
	});
});

describe('scores', () => {
	const keys = (...list: string[]): ResultKey[] => list.map((href) => resultKey(`/meetings/${href}`));

	test('recall counts each relevant remark once among all results; P@10 looks at the first ten', () => {
		const relevant = new Set(['a-001#r1', 'a-002#r1', 'a-003#r4']);
		const results = keys('a-001/#r1', 'a-001/#r1', 'a-009/#r2', 'a-001/#s1-h', ...Array.from({ length: 8 }, (_, i) => `b-00${i}/#r1`), 'a-002/#r1');
		const score = scoreQuery(results, relevant);
		expect(score.results).toBe(13);
		expect(score.remarkResults).toBe(12);
		expect(score.found).toBe(2);
		expect(score.recall).toBeCloseTo(2 / 3);
		expect(score.precisionAt10).toBeCloseTo(2 / 10);
	});

	test('fewer than ten results: precision over what was shown; nothing relevant: recall undefined', () => {
		expect(scoreQuery(keys('a-001/#r1', 'a-001/#r2'), new Set(['a-001#r1'])).precisionAt10).toBe(0.5);
		expect(scoreQuery(keys('a-001/#r1'), new Set()).recall).toBeNull();
		expect(scoreQuery([], new Set(['a-001#r1']))).toMatchObject({ recall: 0, precisionAt10: null, found: 0 });
	});

	test('summary: macro averages skip undefined values, micro recall pools the remarks', () => {
		const summary = summarizeScores([
			scoreQuery(keys('a/#r1'), new Set(['a#r1'])),
			scoreQuery(keys('b/#r9'), new Set(['b#r1', 'b#r2', 'b#r3'])),
			scoreQuery([], new Set()),
		]);
		expect(summary.queries).toBe(3);
		expect(summary.macroRecall).toBeCloseTo(0.5);
		expect(summary.microRecall).toBeCloseTo(1 / 4);
		expect(summary.meanPrecisionAt10).toBeCloseTo(0.5);
	});
});
