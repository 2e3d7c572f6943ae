/**
 * A residents' association's 総会 telling who reported, the post and the name a space apart before より (`会長　斎藤　勝より報告が
 * あり、拍手をもって承認された。`, `会計　前田　恵子より報告、…の報告があった。`): the record's narration, no turn of the post; a
 * turn under a colon, and a post's words that only mention より, stay turns.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, fold, parseLines, turnsOf } from './unseen-helpers.ts';

describe('a neighbourhood association’s general meeting telling its reports', () => {
	const lines = [
		'令和6年度　緑町自治会　定期総会　議事録',
		'',
		'1.日時　令和6年4月21日（日）午前10時～11時30分',
		'2.場所　緑町公民館　大広間',
		'',
		'3.議事',
		'（1）令和5年度事業報告',
		'　　会長　斎藤　勝より報告があり、拍手をもって承認された。',
		'（2）令和5年度会計決算報告・監査報告',
		'　　会計　前田　恵子より報告、監事　清水　実より適正に処理されている旨の報告があった。',
		'　　副会長　繰越金が多いのではないか。',
		'　　会計　防災倉庫の更新に備えています。私より改めて説明します。',
		'　　拍手多数で承認された。',
	];
	const result = parseLines(lines, 'jichikai.txt');

	test('reads the reports as the record’s narration, and the questions as turns', () => {
		expect(turnsOf(result)).toEqual([
			['副会長', '繰越金が多いのではないか。'],
			['会計', '防災倉庫の更新に備えています。私より改めて説明します。'],
		]);
		expect(bodyText(result)).toContain(fold('会長　斎藤　勝より報告があり、拍手をもって承認された。'));
		expect(bodyText(result)).toContain(fold('会計　前田　恵子より報告、監事　清水　実より適正に処理されている旨の報告があった。'));
	});
});
