/**
 * A town's 全員協議会 typed without turn marks, each label a post and the surname in brackets (`建設課長（島田）　…`), some
 * surnames of one letter (`議員（東）　…`, `議員（森）　…`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const record = [
	'もみじ町議会全員協議会会議録',
	'',
	'日　時　　令和６年１０月８日（火）午後１時３０分開会',
	'場　所　　もみじ町役場　大会議室',
	'',
	'議長（西村）　ただいまから全員協議会を開会します。説明を求めます。',
	'建設課長（島田）　町営住宅５棟を令和８年度までに改修する計画でございます。',
	'議員（東）　入居者の仮移転先は確保できていますか。',
	'建設課長（島田）　町内の空き家を借り上げる方向で調整しております。',
	'議員（森）　家賃の改定はありますか。',
	'町長（大川）　当面は据え置く考えです。',
	'議長（西村）　以上で全員協議会を閉会します。',
];

describe('unmarked turns whose bracket holds a surname of one letter', () => {
	test('each is a turn of its own, not words of the turn before', () => {
		const { meeting } = parseLines(record, 'momiji-zenkyo.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（西村）', 'ただいまから全員協議会を開会します。説明を求めます。'],
			['建設課長（島田）', '町営住宅５棟を令和８年度までに改修する計画でございます。'],
			['議員（東）', '入居者の仮移転先は確保できていますか。'],
			['建設課長（島田）', '町内の空き家を借り上げる方向で調整しております。'],
			['議員（森）', '家賃の改定はありますか。'],
			['町長（大川）', '当面は据え置く考えです。'],
			['議長（西村）', '以上で全員協議会を閉会します。'],
		]);
	});
});
