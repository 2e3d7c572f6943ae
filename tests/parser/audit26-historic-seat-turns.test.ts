/**
 * Old village and town records label a member's turn by the seat in kanji, no name (`○三番　本案ハ原案ノ通リ…`, `○二番　贊成`),
 * and an official without a seat as `番外`: each is a turn of its own. They had been read as items of the chair's remark above.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

describe('seats in kanji as turn labels', () => {
	test('`○三番`, `○二番` and `○番外` open turns of their own', () => {
		const result = parseDocuments(
			[
				'大正十五年　北野村會議事録',
				'',
				'一、日時　大正十五年三月二十日午前十時',
				'一、場所　北野村役場',
				'一、列席者　村長　小林　與四郎　　助役　近藤　傳七',
				'○議長（村長小林與四郎）　開會ヲ宣ス',
				'○議長　第一號議案大正十五年度北野村歳入出豫算ヲ議題トス',
				'○番外　本案ニ付テ説明致シマス',
				'○三番　本案ハ原案ノ通リ可決セラレンコトヲ望ム',
				'○二番　贊成',
				'○議長　原案ノ通リ可決確定ス',
			].join('\n'),
			{ source: 'old.txt', sourceHash: '0'.repeat(64) },
		)[0]!;
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（村長小林與四郎）', '開會ヲ宣ス'],
			['議長', '第一號議案大正十五年度北野村歳入出豫算ヲ議題トス'],
			['番外', '本案ニ付テ説明致シマス'],
			['三番', '本案ハ原案ノ通リ可決セラレンコトヲ望ム'],
			['二番', '贊成'],
			['議長', '原案ノ通リ可決確定ス'],
		]);
	});
});

describe('a listed member by the name alone', () => {
	test('`○内田市藏　異議ナシ` is the turn of 内田　市藏 of the roll', () => {
		const result = parseDocuments(
			[
				'昭和元年十二月二十七日　東谷村會會議録',
				'',
				'午後一時開會',
				'出席議員　八名',
				'　今村　長吉　　内田　市藏　　大野　松次郎',
				'○議長（金子傳藏）　本日ノ議事ヲ開ク',
				'○議長　第一號議案ヲ附議ス',
				'○内田市藏　異議ナシ',
				'○議長　異議ナキモノト認メ原案ノ通リ可決ス',
			].join('\n'),
			{ source: 'old.txt', sourceHash: '0'.repeat(64) },
		)[0]!;
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（金子傳藏）', '本日ノ議事ヲ開ク'],
			['議長', '第一號議案ヲ附議ス'],
			['内田市藏', '異議ナシ'],
			['議長', '異議ナキモノト認メ原案ノ通リ可決ス'],
		]);
	});
});
