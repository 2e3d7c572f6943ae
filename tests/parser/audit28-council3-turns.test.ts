/**
 * Councils' and study groups' records whose turns a ministry or a prefecture writes its own way: a label alone on its line
 * over the record's telling of what that speaker explained (`○事務局（環境政策課長）` / `資料１－１及び資料１－２により説明。`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('a label alone over what its speaker explained', () => {
	const result = parse([
		'令和６年度第２回北嶺県環境審議会　会議録',
		'',
		'１　開催日時　令和６年１１月２１日（木）午後２時から午後３時３０分まで',
		'２　開催場所　北嶺県庁本館５階　第一会議室',
		'３　会議の概要',
		'○浅野会長',
		'　それでは、議第１号について事務局から説明をお願いします。',
		'○事務局（環境政策課長）',
		'　資料１－１及び資料１－２により説明。',
		'○宇田委員',
		'　森林吸収量の算定方法が変わった点について説明をお願いしたい。',
	]);

	test('the telling is the turn of the label above it, not text after an empty turn', () => {
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['浅野会長', 'それでは、議第１号について事務局から説明をお願いします。'],
			['事務局（環境政策課長）', '資料１－１及び資料１－２により説明。'],
			['宇田委員', '森林吸収量の算定方法が変わった点について説明をお願いしたい。'],
		]);
		expect(result?.diagnostics.filter((d) => d.code === 'empty-remark')).toEqual([]);
	});
});
