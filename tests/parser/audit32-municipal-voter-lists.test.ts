/**
 * An assembly's roll-call vote (記名投票): the lists of who voted which way set out in the chair's speech (`賛成者` / `１番　山田太郎君
 * ２番　佐々木守君` / `反対者` / …, or `賛成者　１番　山田太郎君…` on one line) are the record's, notes after his words, not his words
 * (they had been read as the chair's speech); his words after the lists (`以上のとおり…`) are his again.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const head = ['令和６年第４回ひばり市議会定例会会議録（第５号）', '', '令和６年１２月２０日（金曜日）', '', '出席議員（５名）', '　　１番　　山　田　太　郎　君　　　２番　　佐々木　　　守　君', '', '　　　　　　午前１０時開議', '○議長（中村美紀君）　投票の結果を報告します。', '　投票総数　５票', '　　賛成　　３票', '　　反対　　２票'];
const notes = (document: ReturnType<typeof read>) => document?.body.flatMap((section) => section.children.filter((block) => block.type === 'note').map((block) => (block.type === 'note' ? block.text : '')));

describe("the lists of a roll-call vote's voters", () => {
	test('under their heads, between rules, are notes after the chair\'s words', () => {
		const document = read([...head, '　以上のとおり賛成が多数であります。よって、議案第７０号は原案のとおり可決されました。', '　　――――――――――――――――――', '　　　　　賛成者', '　　　　　　　１番　山田太郎君　　　２番　佐々木守君', '　　　　　　　３番　高橋花子君', '　　　　　反対者', '　　　　　　　４番　渡辺一夫君　　　５番　伊藤誠君', '　　――――――――――――――――――', '○議長（中村美紀君）　議場の出入口を開きます。']);
		const remarks = document?.meeting?.remarks ?? [];
		expect(remarks.map((remark) => remark.speaker)).toEqual(['議長（中村美紀君）', '議長（中村美紀君）']);
		expect(remarks[0]?.text).toContain('可決されました。');
		expect(remarks[0]?.text).not.toContain('山田太郎君');
		expect(notes(document)).toEqual(['賛成者', '１番　山田太郎君　　　２番　佐々木守君', '３番　高橋花子君', '反対者', '４番　渡辺一夫君　　　５番　伊藤誠君']);
	});

	test("the seats on the head's line, and the chair's words after the lists, his", () => {
		const document = read([...head, '　賛成者（３名）　１番　山田太郎君、２番　佐々木守君、３番　高橋花子君', '　反対者（２名）　４番　渡辺一夫君、５番　伊藤誠君', '　以上のとおり賛成が多数であります。', '　本日はこれで散会します。']);
		const remarks = document?.meeting?.remarks ?? [];
		expect(remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（中村美紀君）', '投票の結果を報告します。\n投票総数　５票\n賛成　　３票\n反対　　２票'],
			['議長（中村美紀君）', '以上のとおり賛成が多数であります。\n本日はこれで散会します。'],
		]);
		expect(notes(document)).toHaveLength(2);
	});

	test('words of a speech naming those in favour are the speech', () => {
		const document = read([...head, '　賛成者の起立を求めます。', '　　　　〔賛成者起立〕', '　起立多数であります。']);
		expect(document?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（中村美紀君）']);
		expect(document?.meeting?.remarks[0]?.text).toContain('起立多数であります。');
	});
});
