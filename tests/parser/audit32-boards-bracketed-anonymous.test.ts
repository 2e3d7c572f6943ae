/**
 * A council's record that keeps its members anonymous by a letter and writes every label in brackets over the words
 * (`【Ａ委員】`, `［委員Ｂ］`, `〔Ａ委員〕`, `＜委員Ｂ＞`): each a turn of its own, Ａ委員 apart from Ｂ委員 (`【Ａ委員】` had headed a
 * section holding the question with no speaker, `〔Ａ委員〕` had run into the answer above it).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const record = (a: string, b: string) => [
	'第３回東浦県都市計画審議会　議事録',
	'',
	'開催日時　令和６年１１月２０日（水）午後１時３０分～午後３時',
	'開催場所　東浦県庁　講堂',
	'出席委員　１８名（委員総数２０名）',
	'',
	'【山崎会長】',
	'　ただいまから第３回都市計画審議会を開会します。',
	'【都市計画課長】',
	'　議第１号について説明いたします。',
	a,
	'　編入区域の農地転用の見込みはどうか。',
	'【都市計画課長】',
	'　土地区画整理事業で整備する予定です。',
	b,
	'　浸水想定区域は含まれていないか。',
	'【都市計画課長】',
	'　含まれておりません。',
];

const turns = (lines: readonly string[]) => {
	const meeting = parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
	return { remarks: meeting?.remarks.map((remark) => [remark.speaker, remark.text]), sections: meeting?.sections.map((section) => section.title) };
};

describe('members anonymous by a letter, labelled in brackets', () => {
	for (const [a, b] of [
		['【Ａ委員】', '【委員Ｂ】'],
		['〔Ａ委員〕', '＜委員Ｂ＞'],
		['［Ａ委員］', '［委員Ｂ］'],
	] as const) {
		test(`${a} and ${b}`, () => {
			const read = turns(record(a, b));
			expect(read.remarks).toEqual([
				['山崎会長', 'ただいまから第３回都市計画審議会を開会します。'],
				['都市計画課長', '議第１号について説明いたします。'],
				[a.slice(1, -1), '編入区域の農地転用の見込みはどうか。'],
				['都市計画課長', '土地区画整理事業で整備する予定です。'],
				[b.slice(1, -1), '浸水想定区域は含まれていないか。'],
				['都市計画課長', '含まれておりません。'],
			]);
			expect(read.sections?.filter((title) => /委員/u.test(title))).toEqual([]);
		});
	}
});
