/**
 * A council's record that ends with `－ 以上 －` (or `― 以上 ―`) under the last turn, as a 金融庁 or 財務省 record does: the end
 * mark is a note of the record, as `―― 了 ――` and `（以上）` are, never the last speaker's words.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

describe('an end mark between dashes', () => {
	test.each(['－ 以上 －', '―以上―', '-　以　上　-'])('`%s` is no part of the last turn', (mark) => {
		const meeting = read(['金融審議会「市場制度ワーキング・グループ」（第28回）議事録', '', '１．日時：令和６年10月２日（水曜日）10時00分～12時00分', '２．場所：中央合同庁舎第７号館', '', '○神田座長　　ただいまから会合を開催いたします。', '', '○北川委員　　報告義務の範囲を明確にすることが重要と考えます。', '', '○神田座長　　本日の議論はここまでといたします。', '', mark]);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['神田座長', 'ただいまから会合を開催いたします。'],
			['北川委員', '報告義務の範囲を明確にすることが重要と考えます。'],
			['神田座長', '本日の議論はここまでといたします。'],
		]);
	});
});
