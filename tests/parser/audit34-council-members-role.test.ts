/**
 * A study group that calls its members メンバー (`清水メンバー`, as some agencies' 研究会 do) lists each with the role, and a
 * summary's sentence naming one of them (`○　清水メンバーから、…との意見があった。`) is that member's remark: the role had
 * been read as part of the name, and the sentence kept as the record's text.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('members called メンバー', () => {
	const lines = [
		'公務員の働き方に関する研究会（第５回）議事概要',
		'１　日時　令和６年８月２０日（火）１０時００分～１２時００分',
		'２　出席者',
		'　　（研究会メンバー）',
		'　　　　岡部座長、清水メンバー、高山メンバー',
		'３　議事概要',
		'　　事務局から資料に基づき説明があり、その後意見交換が行われた。',
		'　○　清水メンバーから、地方機関における取組事例を収集すべきとの意見があった。',
		'　○　高山メンバーから、業務のデジタル化が前提となるとの指摘があった。',
	];

	test('the roll', () => {
		expect(parse(lines)?.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			[
				'研究会メンバー',
				[
					['岡部', '座長'],
					['清水', 'メンバー'],
					['高山', 'メンバー'],
				],
			],
		]);
	});

	test("each member's point", () => {
		expect(parse(lines)?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['清水メンバー', '高山メンバー']);
	});
});
