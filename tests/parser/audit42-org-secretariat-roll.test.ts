/**
 * A federation of societies' 評議員会 (as its 議事要録 is posted) sets each field's label alone on its line, the note under it
 * (`出席者` / `（名簿順、敬称略）` / `日本大気学会：…`), and lists its secretariat after the absent the same way
 * (`準備事務局` / `（名簿順、敬称略）` / `川島隆、野村由紀`): a roll of its own (its label and people had been more of the last
 * society's absent).
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
	'出席者',
	'（名簿順、敬称略）',
	'日本大気学会：高橋誠、内田美穂',
	'日本土壌学会：安藤隆',
	'',
	'欠席者',
	'（名簿順、敬称略）',
	'日本生態工学会：桜井徹（委任状）、柏木智（委任状）',
	'',
	'準備事務局',
	'（名簿順、敬称略）',
	'川島隆、野村由紀',
	'',
	'議事',
	'１．規約改定について',
	'川島事務局より、改定案の説明があった。',
	'審議の結果、一部修正のうえ承認された。',
];

describe('a federation’s secretariat after its absent', () => {
	const result = parseText(minutes.join('\n'), 'hyogiinkai.txt');

	test('the secretariat is a roll of its own', () => {
		const roll = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)]);
		expect(roll?.at(-2)).toEqual(['欠席者（日本生態工学会）', ['桜井徹', '柏木智']]);
		expect(roll?.at(-1)).toEqual(['準備事務局', ['川島隆', '野村由紀']]);
	});
});
