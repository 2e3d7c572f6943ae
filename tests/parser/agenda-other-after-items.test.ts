/**
 * A 次第 numbering its parts with the items of business in brackets under one of them (`１　開会` / `２　議事` / `（１）…` / `（２）…` /
 * `３　その他` / `４　閉会`, as a city's library council and a ward's committee write it): the agenda is the bracketed items and
 * `その他`, the opening and the close left out as parts of the order (`その他` had been dropped from the agenda without a word).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = (list: readonly string[]) =>
	[
		'令和６年度第２回桜川市立図書館協議会会議録',
		'開催日時　令和６年１１月７日（木）午後２時から午後３時３０分まで',
		'開催場所　桜川市立中央図書館　２階視聴覚室',
		'出席委員　会長　堀江　恒夫、委員　滝沢　誠',
		'',
		...list,
		'',
		'会長　　ただいまから第２回図書館協議会を開会します。議事（１）について事務局から説明をお願いします。',
		'館長　　上半期の貸出冊数は２１万４千冊でした。',
		'会長　　以上で本日の議事を終了します。',
	].join('\n');

const agenda = (list: readonly string[]) => parseText(record(list), 'toshokan.txt').meeting?.agenda.map((item) => item.title);

describe('その他 after the bracketed items of business', () => {
	test('under a numbered 議事', () => {
		expect(agenda(['１　開会', '２　議事', '（１）令和６年度上半期の利用状況について', '（２）電子書籍サービスの導入について', '３　その他', '４　閉会'])).toEqual(['令和６年度上半期の利用状況について', '電子書籍サービスの導入について', 'その他']);
	});

	test('the opening and the close stay out', () => {
		expect(agenda(['１　開会', '２　議事', '（１）令和６年度上半期の利用状況について', '（２）電子書籍サービスの導入について', '３　閉会'])).toEqual(['令和６年度上半期の利用状況について', '電子書籍サービスの導入について']);
	});
});
