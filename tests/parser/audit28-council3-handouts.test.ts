/**
 * A prefecture's 審議会 会議録 that lists its handouts last, after the minutes (`６　配布資料` / `資料１－１　…` / `資料１－２　…`):
 * each line is a handout of the record, and a paragraph of its own in the text.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('handouts listed after the minutes', () => {
	const result = parse([
		'令和６年度第２回北嶺県環境審議会　会議録',
		'',
		'１　開催日時　令和６年１１月２１日（木）午後２時から午後３時３０分まで',
		'２　開催場所　北嶺県庁本館５階　第一会議室',
		'３　会議の概要',
		'○浅野会長',
		'　それでは、議第１号について事務局から説明をお願いします。',
		'○宇田委員',
		'　森林吸収量の算定方法が変わった点について説明をお願いしたい。',
		'',
		'４　配布資料',
		'　資料１－１　北嶺県環境基本計画の中間見直しについて',
		'　資料１－２　中間見直しのスケジュール（案）',
		'　参考資料１　北嶺県環境審議会委員名簿',
		'',
		'（問合せ先）',
		'北嶺県環境生活部環境政策課　企画担当',
	]);

	test('each line is a handout of the record', () => {
		expect(result?.meeting?.handouts.map((handout) => [handout.id, handout.title])).toEqual([
			['資料１－１', '北嶺県環境基本計画の中間見直しについて'],
			['資料１－２', '中間見直しのスケジュール（案）'],
			['参考資料１', '北嶺県環境審議会委員名簿'],
		]);
	});

	test('and a paragraph of its own in the text, the titles never run together', () => {
		const listed = result?.body.find((section) => section.title === '配布資料');
		expect(listed?.children.slice(0, 3).map((block) => (block.type === 'paragraph' ? block.text : block.type))).toEqual([
			'資料１－１　北嶺県環境基本計画の中間見直しについて',
			'資料１－２　中間見直しのスケジュール（案）',
			'参考資料１　北嶺県環境審議会委員名簿',
		]);
	});
});
