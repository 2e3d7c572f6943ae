/**
 * A federation's 評議員会 (a 学会's 理事会, an association's 役員会) labels who of its secretariat answers by their surname
 * before the office, a colon after it (`川島事務局：…`, `森本事務局員：…`), and its representative so (`高橋代表：…`): each a turn
 * of its own (they had run into the member's turn above, the words under another speaker).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'【環境科学関連学会連合　第３回評議員会　議事要録】',
	'',
	'日時',
	'２０２４年３月９日（土曜日）１４：００～１６：００',
	'',
	'場所',
	'中央理科大学本郷キャンパス　第一会議室',
	'',
	'議事',
	'１．規約改定について',
	'川島事務局より、改定案の説明があった。',
	'長田評議員：加盟学会の分担金の算定方法を明記すべきである。',
	'川島事務局：第１２条に会員数に応じた算定を加えます。',
	'今村評議員：小さい学会への配慮も必要ではないか。',
	'高橋代表：分担金の下限を設けることで配慮します。',
	'森本事務局員：会員数は毎年４月の数で数えます。',
	'審議の結果、一部修正のうえ承認された。',
];

describe('a surname before the office it speaks for', () => {
	const result = parseText(minutes.join('\n'), 'hyogiinkai.txt');

	test('each answer is its own turn', () => {
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['長田評議員', '加盟学会の分担金の算定方法を明記すべきである。'],
			['川島事務局', '第１２条に会員数に応じた算定を加えます。'],
			['今村評議員', '小さい学会への配慮も必要ではないか。'],
			['高橋代表', '分担金の下限を設けることで配慮します。'],
			['森本事務局員', '会員数は毎年４月の数で数えます。'],
		]);
	});
});
