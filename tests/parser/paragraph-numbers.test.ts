/**
 * A sitting copied from a minutes site that numbers each paragraph with a colon (`1:   午前10時開議`, `2: ◯議長（…）　…`, the
 * wrapped lines unnumbered): the numbers go before any reader sees the text. Before, no line started with a turn's mark, so
 * the file fell to the plain reader with no remark at all.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import { stripLineNumbers } from '../../src/parser/line-numbers.ts';
import { toSourceLines } from '../../src/parser/normalize.ts';

const SPEAKERS = ['議長（竹田兼二議員）', '樋口龍馬議員', '市長（森　智広）', '樋口龍馬議員', '都市整備部長（伊藤　登）', '議長（竹田兼二議員）'];
const SITTING = `平成30年第3回みなと市議会定例会（第4日） 本文　2018-09-11

本文
1:                                   午前10時開議
${SPEAKERS.map((speaker, i) => `${i + 2}: ◯${speaker}　発言${i + 1}の始めです。\n 発言${i + 1}の続きです。`).join('\n')}
${SPEAKERS.length + 2}:                                   午前11時15分散会
`;

describe('paragraphs numbered with a colon', () => {
	test('every turn is read, its words without the number', () => {
		const meeting = parseMinutes(SITTING, { source: 'minato.txt', sourceHash: '0'.repeat(64) }).meeting!;
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(SPEAKERS);
		expect(meeting.remarks[0]!.text).toBe('発言1の始めです。\n発言1の続きです。');
		expect([meeting.start, meeting.end]).toEqual(['10:00', '11:15']);
	});

	test('a short numbered list is left as it is', () => {
		expect(stripLineNumbers(toSourceLines('議題\n1: 予算について\n2: 人事について\n3: その他\n'))).toBeNull();
	});
});
