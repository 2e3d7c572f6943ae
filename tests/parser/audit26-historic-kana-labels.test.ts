/**
 * Old village records write their labels with `ノ` for `の` and head their text `議事ノ顛末` (how the business went):
 * the header above is read, the text below it is the minutes. The whole had been kept as plain paragraphs, the roll's
 * `缺席議員　なし` a speaker's turn.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

describe('`議事ノ顛末` heads the text', () => {
	const result = parseDocuments(
		[
			'昭和二年　北山村會會議録',
			'',
			'日時　昭和二年三月十日午前九時',
			'場所　北山村役場',
			'出席議員　今井長吉　内田市藏　大野松次郎',
			'缺席議員　なし',
			'',
			'議事ノ顛末',
			'議長ハ開會ヲ宣シ第一號議案昭和二年度歳入出豫算ヲ議題トス',
			'三番　原案贊成',
			'午前十一時閉會',
		].join('\n'),
		{ source: 'old.txt', sourceHash: '0'.repeat(64) },
	)[0]!;

	test('the header and the text are read apart', () => {
		expect(result.family).toBe('council');
		expect([result.meeting?.location, result.meeting?.start, result.meeting?.end]).toEqual(['北山村役場', '09:00', '11:00']);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([
			['出席議員', ['今井長吉', '内田市藏', '大野松次郎']],
			['缺席議員', []],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['三番']);
	});
});
