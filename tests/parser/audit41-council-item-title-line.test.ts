/**
 * A city's 会議録 page (`6 会議の結果`) heads each item of business with its number and title on a line of its own
 * (`議事1 放課後児童クラブの待機児童対策について`), then the record's own line without a full stop (`事務局より資料1の説明`) and
 * the turns in 【】. The title ends there: the agenda item and its section are the title alone (the record's line had run on
 * into both, `…についてに事務局より資料1の説明`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const read = (items: readonly string[]) => {
	const { meeting, body } = parseText(
		['令和６年度第２回ひばり市子ども・子育て会議　会議録', '', '1 開催日時', '令和6年10月3日（木曜日）午後6時30分～8時15分', '2 開催場所', 'ひばり市防災センター401会議室', '3 出席者', '委員：加賀会長、森副会長、遠藤委員', '事務局：清水子ども政策課長', '6 会議の結果', ...items, '【会長】', '以上で本日の会議を終了する。'].join('\n'),
		'a.txt',
	);
	return { agenda: meeting?.agenda.map((item) => item.title), sections: body.map((section) => section.title).filter((title) => title !== '') };
};

describe('an item of business on its own line over the record’s words', () => {
	test('…について, then the record’s line without a full stop', () => {
		expect(read(['議事1 放課後児童クラブの待機児童対策について', '事務局より資料1の説明', '【委員】', '空き教室の活用は進んでいるのか。', '【保育課長】', '今年度は2校で活用している。', '議事2 学童保育の利用料の改定について（資料2）', '事務局より資料2の説明', '【委員】', '減免の対象を確認したい。'])).toEqual({
			agenda: ['放課後児童クラブの待機児童対策について', '学童保育の利用料の改定について（資料2）'],
			sections: ['議事1　放課後児童クラブの待機児童対策について', '議事2　学童保育の利用料の改定について（資料2）'],
		});
	});
});
