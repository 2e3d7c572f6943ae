/**
 * A school corporation's board minutes with its count before a colon among the header's fields (`理事総数：８名`), kept as
 * text: a note, never a turn of `理事総数` that takes the body's label and first paragraph into it (as it had been once the
 * turns' labels before a colon recur, `三浦理事：…`, `宮本常務理事：…`, and every name before a colon was taken for a speaker's).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseLines } from './unseen-helpers.ts';

describe('a count before a colon in the header', () => {
	const result = parseLines([
		'学校法人 緑ヶ丘学園',
		'令和６年度第３回理事会議事録',
		'',
		'日　時：令和６年１１月２０日（水）１５時００分～１６時４５分',
		'場　所：緑ヶ丘学園本部棟 第一会議室',
		'理事総数：８名',
		'出席理事：理事長 小川 正人、常務理事 宮本 恵子、理事 三浦 隆',
		'欠席理事：理事 荒木 進',
		'',
		'議　題',
		'第１号議案　令和６年度補正予算（案）について',
		'',
		'議事の経過及び結果',
		'定刻、小川理事長が議長となり、本会が成立していることを確認し、開会を宣した。',
		'',
		'第１号議案　令和６年度補正予算（案）について',
		'議長：第１号議案について、事務局長から説明願います。',
		'三浦理事：財源はどのように手当てするのですか。',
		'議長：ほかにご意見がなければ、承認してよろしいでしょうか。',
		'三浦理事：異議ありません。',
		'宮本常務理事：看護学科の定員変更に伴う学則改正です。',
		'宮本常務理事：来年３月末を予定しています。',
	]);

	test('is no speaker, and the opening paragraph is the record’s', () => {
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長', '第１号議案について、事務局長から説明願います。'],
			['三浦理事', '財源はどのように手当てするのですか。'],
			['議長', 'ほかにご意見がなければ、承認してよろしいでしょうか。'],
			['三浦理事', '異議ありません。'],
			['宮本常務理事', '看護学科の定員変更に伴う学則改正です。'],
			['宮本常務理事', '来年３月末を予定しています。'],
		]);
		expect(bodyText(result)).toContain('理事総数8名');
		expect(bodyText(result)).toContain('定刻、小川理事長が議長となり');
	});
});
