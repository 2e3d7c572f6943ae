/**
 * A city's 会議録 web page copied flat: the summary's turns run together on one line, each office in brackets after a
 * space (`… (事務局)…お伺いしたい。 (委員)問題量が…。 (会長)…`), and an item with a turn after it (`(2)その他 (会長)…`).
 * Before, the line stayed text and the chair's words after `(2)その他` went into the secretariat's remark above.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import { splitInlineTurns } from '../../src/parser/lines.ts';

const RECORD = `令和6年度第2回みどり野市人権尊重推進会議 会議録
1 日時 令和7年1月28日(火曜日) 午後6時30分から午後8時15分まで
2 場所 市役所 501会議室
3 出席者 委員 東山裕、若林善朗、樋田ユミ
4 会議概要
(1)意識調査について -資料1を基に事務局より説明- (事務局)全体的な感想をお伺いしたい。 (委員)問題量が多いとは思わなかった。 (会長)他の委員はいかがか。
(事務局)承知した。
(2)その他 (会長)次回は3月中旬の開催とする。
`;

describe('turns run together on one line', () => {
	const { meeting } = parseMinutes(RECORD, { source: 'j.txt', sourceHash: '0'.repeat(64) });

	test('each office in brackets after a sentence starts its own turn', () => {
		expect(meeting!.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['事務局', '全体的な感想をお伺いしたい。'],
			['委員', '問題量が多いとは思わなかった。'],
			['会長', '他の委員はいかがか。'],
			['事務局', '承知した。'],
			['会長', '次回は3月中旬の開催とする。'],
		]);
	});

	test('a bracket inside a sentence, or one that names no office, stays where it is', () => {
		const lines = [{ text: '資料は (事務局)から配付した。 (拍手)ありがとう。 (委員)よろしい。', line: 1 }];
		expect(splitInlineTurns(lines).map((line) => line.text)).toEqual(['資料は (事務局)から配付した。 (拍手)ありがとう。', '(委員)よろしい。']);
	});
});
