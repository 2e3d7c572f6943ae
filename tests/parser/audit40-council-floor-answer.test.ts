/**
 * The floor's answer in brackets on a line of its own between the chair's question and the next turn (`（異議なし）`,
 * `（「異議なし」と呼ぶ者あり）`, `（「なし」の声あり）`): a note between the turns, none of the chair's words (it had been kept in the
 * chair's turn, its text ending with the floor's answer). When the chair's words go on below it without a label, it stays in
 * the turn, those words the chair's.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Block } from '../../src/parser/index.ts';

const read = (turns: readonly string[]) =>
	parseDocuments(
		['第１８６回つばめ市都市計画審議会　会議録', '', '日時　令和６年５月２１日（火）午前１０時から', '場所　つばめ市役所３階', '', '出席委員', '　会長　　岡本　浩一', '　委員　　北原　さやか', '', ...turns].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	)[0];

/** The body's blocks as `speaker: text` for turns and `note` for notes between them. */
const shape = (blocks: readonly Block[]): string[] => blocks.flatMap((block) => (block.type === 'remark' ? [`${block.speaker}: ${block.children.map((child) => (child.type === 'note' ? `[${child.text}]` : 'text' in child ? child.text : '')).join('|')}`] : block.type === 'note' ? [`note ${block.text}`] : []));

describe('the floor’s answer between turns', () => {
	test.each(['（異議なし）', '（「異議なし」と呼ぶ者あり）', '（「なし」の声あり）', '〔「異議なし」と呼ぶ者あり〕'])('%s', (answer) => {
		const result = read(['○岡本会長　原案のとおり承認することに御異議ございませんか。', answer, '○岡本会長　異議なしと認め、原案のとおり承認します。', '○北原委員　一点だけ申し上げます。']);
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['岡本会長', '原案のとおり承認することに御異議ございませんか。'],
			['岡本会長', '異議なしと認め、原案のとおり承認します。'],
			['北原委員', '一点だけ申し上げます。'],
		]);
		expect(shape(result?.body.flatMap((section) => section.children) ?? [])).toEqual([
			'岡本会長: 原案のとおり承認することに御異議ございませんか。',
			`note ${answer}`,
			'岡本会長: 異議なしと認め、原案のとおり承認します。',
			'北原委員: 一点だけ申し上げます。',
		]);
	});

	test('the chair’s words going on below it without a label stay the chair’s', () => {
		const result = read(['○岡本会長　原案のとおり承認することに御異議ございませんか。', '（異議なし）', '　異議なしと認め、原案のとおり承認します。', '○北原委員　一点だけ申し上げます。']);
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['岡本会長', '北原委員']);
		expect(result?.meeting?.remarks[0]?.text).toContain('異議なしと認め、原案のとおり承認します。');
	});
});
