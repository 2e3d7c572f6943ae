/**
 * The outcome alone on its line in the record's plain past (`承認された。`, `原案どおり了承された。`) right under a turn, as a
 * society's 評議員会 closes an item after its questions and answers: the record's text, no more of the last speaker's words (it
 * had been read as the end of the answer).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const minutes = [
	'日本地域看護学会　２０２４年度第１回評議員会　議事録',
	'',
	'日　時：２０２４年６月８日（土）１２：００～１２：４５',
	'場　所：さくら国際会議場　第２会場',
	'出席者：理事長　大友　正樹、副理事長　三木　紀子、評議員　２６名',
	'',
	'議　題：',
	'　１．２０２３年度決算報告',
	'　２．会費の改定について',
	'',
	'議事内容：',
	'１．２０２３年度決算報告',
	'　Ｑ：繰越金が多いのではないか。（今井評議員）',
	'　Ａ：次年度の学術集会の準備金を含んでいる。（大友理事長）',
	'　承認された。',
	'２．会費の改定について',
	'　Ｑ：学生会員も値上げするのか。（中谷評議員）',
	'　Ａ：学生会員は据え置く。（三木副理事長）',
	'　原案どおり了承された。',
];

describe('the outcome alone after an answer', () => {
	const result = parseLines(minutes, 'gakkai.txt');

	test('each answer keeps its own words only', () => {
		expect(turnsOf(result).map(([, text]) => text)).toEqual(['繰越金が多いのではないか。', '次年度の学術集会の準備金を含んでいる。', '学生会員も値上げするのか。', '学生会員は据え置く。']);
	});

	test('the outcomes are the record’s text', () => {
		const texts = result.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'paragraph' || block.type === 'note' ? [block.text] : [])));
		expect(texts).toEqual(expect.arrayContaining(['承認された。', '原案どおり了承された。']));
	});
});
