/**
 * A web page's (or a Word document's, through its HTML) roll whose category column is merged down over several rows
 * (`<td rowspan="2">学識経験者</td>`): the rows under it keep their columns, an empty cell before the name, and each name reads
 * as a member of the category (the names had moved into the category's column, read without it).
 */
import { describe, expect, test } from 'vitest';
import { pageText, withPageTitle } from '../../src/converter/html-text.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const page = (rows: string) =>
	`<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>第１回もみじ市景観審議会 会議録</title></head><body><h1>第１回もみじ市景観審議会 会議録</h1><p>日時：令和６年８月２日（金）午後２時から</p><p>場所：もみじ市役所 第２会議室</p><h2>出席者</h2><table>${rows}</table><h2>議事</h2><p>○会長　開会します。</p><p>○山田委員　意見を述べます。</p></body></html>`;
const members = (rows: string) =>
	parseDocuments(withPageTitle(pageText(page(rows))), { source: 'a.html', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]));

describe('a roll table with a merged category column', () => {
	test('under a header row', () => {
		const rows = '<tr><th>区分</th><th>氏名</th></tr><tr><td rowspan="2">学識経験者</td><td>山田　太郎</td></tr><tr><td>佐藤　花子</td></tr><tr><td rowspan="3">市民委員</td><td>鈴木　一郎</td></tr><tr><td>高橋　明美</td></tr><tr><td>伊藤　大輔</td></tr>';
		expect(members(rows)).toEqual([
			['山田　太郎', '学識経験者'],
			['佐藤　花子', '学識経験者'],
			['鈴木　一郎', '市民委員'],
			['高橋　明美', '市民委員'],
			['伊藤　大輔', '市民委員'],
		]);
	});
	test('the rows under the merged cell keep an empty first cell', () => {
		const text = pageText(page('<tr><td rowspan="2">被保険者代表</td><td>大野　正人</td></tr><tr><td>小島　美代子</td></tr><tr><td>公益代表</td><td>南　健太郎</td></tr>')).text;
		expect(text).toContain('被保険者代表\t大野　正人\n\t小島　美代子\n公益代表\t南　健太郎');
	});
});
