/**
 * A town's 定例会 printed as one volume: a cover (the session's title over the days it opened and closed, the assembly's name
 * at its foot) over the sittings, each under its own title numbered by 号 with its day below: one record per sitting.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const sitting = (number: string, day: string, turns: readonly string[]): string[] => [
	`令和６年第４回かえで町議会定例会会議録（第${number}号）`,
	'',
	`令和６年１２月${day}日（${day === '３' ? '火' : '水'}曜日）`,
	'',
	'１．出席議員（３名）',
	'　　１番　　安　田　　　光　君　　　２番　　沢　井　美　幸　君',
	'　　３番　　浜　口　茂　雄　君',
	'',
	...turns,
	'',
	'かえで町議会　　　　　　　　　　－５－',
	'',
];

const volume = [
	'令和６年第４回かえで町議会定例会会議録',
	'',
	'　　　　令和６年１２月３日　開会',
	'　　　　令和６年１２月４日　閉会',
	'',
	'　　　　かえで町議会',
	'',
	...sitting('１', '３', ['○議長（浜口茂雄君）　ただいまから定例会を開会いたします。', '○１番（安田光君）　空き家対策について質問します。', '○議長（浜口茂雄君）　本日はこれで散会します。']),
	...sitting('２', '４', ['○議長（浜口茂雄君）　ただいまから本日の会議を開きます。', '○２番（沢井美幸君）　発議第３号について説明します。', '○議長（浜口茂雄君）　これをもちまして閉会いたします。']),
];

describe("a 定例会's volume with the assembly's name at its cover's foot", () => {
	const results = parseDocuments(volume.join('\n'), { source: 'kaede.txt', sourceHash: 'e'.repeat(64) });

	test('gives a record per sitting, each dated by its day, with its own turns', () => {
		expect(results.map((result) => [result.meeting?.title, result.meeting?.date])).toEqual([
			['かえで町議会 令和6年第4回定例会 第1号', '2024-12-03'],
			['かえで町議会 令和6年第4回定例会 第2号', '2024-12-04'],
		]);
		expect(results.map((result) => result.meeting?.remarks.map((remark) => remark.speaker))).toEqual([
			['議長（浜口茂雄君）', '１番（安田光君）', '議長（浜口茂雄君）'],
			['議長（浜口茂雄君）', '２番（沢井美幸君）', '議長（浜口茂雄君）'],
		]);
	});
});
