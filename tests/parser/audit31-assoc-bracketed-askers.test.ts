/**
 * An association's 総会 listing its questions and answers: what the turn is and who gives it in brackets right before the words
 * (`・質問（正会員　吉田）…`, `→回答（理事長）…`, the bullet and the answer's arrow or none), who after a bracketed kind and a
 * space being a room or an officer's post (`（質問）３０４号室　…`, `（回答）会計担当理事　…`), and a member of the floor with their
 * surname written as one word (`正会員南：…`): each a turn of its own, never a line of the text, an outcome or the turn before.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const head = ['特定非営利活動法人あおぞら会　通常総会議事録', '', '１．日時　２０２４年５月２６日（日）１３時３０分', '２．場所　市民活動センター', '', '３．議事の経過', '第１号議案　事業報告承認の件', '　理事長より資料に基づき説明があった。'];
const turns = (lines: readonly string[]) => turnsOf(parseLines([...head, ...lines, '　議長が承認を諮ったところ、賛成多数で原案どおり承認された。'], 'sokai.txt'));

describe('questions and answers with who gives them in brackets', () => {
	test('a bulleted question and an arrowed answer, who in brackets before the words', () => {
		expect(turns(['　・質問（正会員　吉田）学習支援の参加人数は前年度と比べてどうか。', '　→回答（理事長）延べ人数で約１．３倍に増加している。', '　質問（正会員　山口）ボランティアの確保は十分か。', '　回答（事務局長）大学生の登録が増えており、当面は足りている。'])).toEqual([
			['質問（正会員　吉田）', '学習支援の参加人数は前年度と比べてどうか。'],
			['回答（理事長）', '延べ人数で約１．３倍に増加している。'],
			['質問（正会員　山口）', 'ボランティアの確保は十分か。'],
			['回答（事務局長）', '大学生の登録が増えており、当面は足りている。'],
		]);
	});

	test('a room and an officer’s post after the bracketed kind', () => {
		expect(turns(['　（質問）３０４号室　修繕積立金の運用はどうしているのか。', '　（回答）会計担当理事　修繕積立金会計へ繰り入れる予定です。'])).toEqual([
			['質問（３０４号室）', '修繕積立金の運用はどうしているのか。'],
			['回答（会計担当理事）', '修繕積立金会計へ繰り入れる予定です。'],
		]);
	});

	test('a member of the floor and their surname as one word', () => {
		expect(turns(['　正会員南：子ども食堂の回数を増やす予定はあるか。', '　理事長：月２回から月３回に増やす予定です。'])).toEqual([
			['正会員 南', '子ども食堂の回数を増やす予定はあるか。'],
			['理事長', '月２回から月３回に増やす予定です。'],
		]);
	});

	test('a bracket that names no one and a floor’s count stay the text', () => {
		const result = parseLines([...head, '　質問（要旨）は別紙のとおり。', '　正会員数：４５名', '　議長が承認を諮ったところ、賛成多数で原案どおり承認された。'], 'sokai.txt');
		expect(turnsOf(result)).toEqual([]);
	});
});
