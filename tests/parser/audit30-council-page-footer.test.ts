/**
 * A ministry's minutes page copied with its foot: the contact block under a heading in brackets (`＜照会先＞`,
 * `■問い合わせ先`) and the link back to the top (`このページの先頭へ`, `ページ先頭へ`) are the page's,
 * never a turn (`代表：03-…` had become a remark of `代表`) nor the end of the last one.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const minutes = (foot: readonly string[]) => [
	'第12回介護人材確保ワーキンググループ議事録',
	'○日時',
	'平成30年10月25日（木）13:00～15:00',
	'○場所',
	'中央合同庁舎第５号館　共用第８会議室',
	'○議事',
	'○遠藤座長　ただいまから第12回介護人材確保ワーキンググループを開催いたします。',
	'○事務局（山田振興課長）　お手元の資料を確認させていただきます。',
	'○遠藤座長　それでは、本日はこれで閉会といたします。',
	...foot,
];

describe('the contact block under a heading in brackets', () => {
	for (const heading of ['＜照会先＞', '〔照会先〕', '■問い合わせ先', '〈照会先〉']) {
		test(heading, () => {
			const result = parse(minutes([heading, '老健局振興課', '代表：03-5253-1111（内線3936）']));
			expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['遠藤座長', '事務局（山田振興課長）', '遠藤座長']);
			expect(result?.meeting?.remarks.at(-1)?.text).toBe('それでは、本日はこれで閉会といたします。');
			expect(JSON.stringify(result?.body)).not.toContain('老健局');
		});
	}
});

describe('the link back to the top of the page', () => {
	for (const link of ['このページの先頭へ', 'ページ先頭へ', 'ページの先頭に戻る']) {
		test(link, () => {
			const result = parse(minutes(['（了）', link]));
			expect(JSON.stringify(result?.body)).not.toContain(link);
			expect(result?.meeting?.remarks.at(-1)?.text).toBe('それでは、本日はこれで閉会といたします。');
		});
	}
});
