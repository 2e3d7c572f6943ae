/**
 * The record's short telling of who gave a motion, a post set apart before the surname run into より (`会計　今井より提案。質疑
 * なく、拍手で承認された。`, `書記長　原田より説明があった。`): text of the record, never a turn of the post; a post with its words
 * after it (`会計　今井さんより提案のあった件は了解です。`) still speaks.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const turns = (lines: readonly string[]) =>
	turnsOf(parseLines(['ひかり電機労働組合　第５８回定期大会　議事録', '', '日時：２０２４年９月２１日（土）１３：００～１７：００', '会場：ひかり会館　大ホール', '', '４．議事', '　第２号議案　２０２４年度予算（案）', ...lines], 'taikai.txt'));

describe('who gave a motion, told by the record', () => {
	test('a post and a surname run into より is no turn', () => {
		expect(turns(['　　会計　今井より提案。質疑なく、拍手で承認された。', '　　書記長　原田より説明があった。'])).toEqual([]);
	});

	test('a post with words that name someone before より still speaks', () => {
		expect(turns(['　　会計　今井さんより提案のあった件は了解です。'])).toEqual([['会計', '今井さんより提案のあった件は了解です。']]);
	});
});
