/**
 * A residents' association's 総会 whose questions and answers are numbered and set apart by a space, who asked or answered
 * in brackets after the words (`問１　…見直す考えはあるか。（１丁目　会員）` / `答１　…検討する。（青木会長）`): each a turn.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const record = ['緑が丘町内会　令和元年度定期総会議事録', '', '日時　令和元年４月２１日（日）午前１０時', '場所　町内会館', '', '質疑応答', '問１　敬老会の参加者が年々減っているが、やり方を見直す考えはあるか。（１丁目　会員）', '答１　今年度は記念品の配布のみとすることも含め、役員会で検討する。（青木会長）', '問２　会計監査は何人で行ったのか。', '答２　監事２名で帳簿と領収書をすべて確認した。（石田監事）'].join('\n');

describe('numbered questions and answers set apart by a space', () => {
	test('each is a turn of who asked or answered', () => {
		const meeting = parseDocuments(record, { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['問（１丁目　会員）', '敬老会の参加者が年々減っているが、やり方を見直す考えはあるか。'],
			['答（青木会長）', '今年度は記念品の配布のみとすることも含め、役員会で検討する。'],
			['問', '会計監査は何人で行ったのか。'],
			['答（石田監事）', '監事２名で帳簿と領収書をすべて確認した。'],
		]);
	});
});
