/**
 * A town's roll line of names under the post they all hold, each name padded to one width at regular columns, one with a gap
 * inside as wide as those between the names (`課　　　長　　関　　　　　茂　　　高　田　　　進　　　竹　内　由　美`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和６年第４回こもれび町議会定例会会議録（第１号）',
	'令和６年１２月３日（火曜日）',
	'出席議員',
	'　１番　青　山　　　翔　　２番　石　川　里　美',
	'　３番　上　野　　　智　　４番　大　島　康　夫',
	'欠席議員',
	'　なし',
	'地方自治法第１２１条の規定により説明のため出席した者の職氏名',
	'　町　　　長　　佐　藤　　　仁　　副　町　長　　清　水　幸　恵',
	'　課　　　長　　関　　　　　茂　　　高　田　　　進　　　竹　内　由　美',
	'職務のため出席した者の職氏名',
	'　事務局長　　中　川　　　誠',
	'　書　記　　　　　　目　黒　沙　織　　　森　下　　　翔',
	'○議長（大島康夫君）　ただいまから本日の会議を開きます。',
	'○課長（関茂君）　ご説明いたします。',
].join('\n');

describe('names padded to one width under the post they all hold', () => {
	const groups = parseText(record, 'komorebi-teirei.txt').meeting?.participants ?? [];
	const rows = (name: string) => groups.find((group) => group.group === name)?.members.map((member) => [member.name, member.title]);

	test('each padded name is one holder of the post, a wide gap inside a name no cut', () => {
		expect(rows('説明のため出席した者')).toEqual([
			['佐藤仁', '町長'],
			['清水幸恵', '副町長'],
			['関 茂', '課長'],
			['高田 進', '課長'],
			['竹内由美', '課長'],
		]);
	});

	test("the clerks' line alone reads two clerks, not a name of six letters and a given name", () => {
		expect(rows('事務局職員')).toEqual([
			['中川誠', '事務局長'],
			['目黒沙織', '書記'],
			['森下 翔', '書記'],
		]);
	});
});
