/**
 * A ministry's or a council's minutes page whose template names its furniture by classes of its own (`l-breadcrumb`,
 * `m-breadcrumb`, `footerArea`, `sideNavi`, `c-pagetop`, `sideArea`) and marks its content by an id written in another
 * case (`contentsMain`): the breadcrumb, side menu and footer are left out, never the title or the last turn.
 */
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseDocuments } from '../../src/parser/index.ts';

function parsePage(html: string) {
	const decoded = decodeSeed(Buffer.from(html), { html: true });
	if (!decoded.ok) throw new Error(`refused: ${decoded.message}`);
	return { text: decoded.text, result: parseDocuments(decoded.text, { source: 'page.html', sourceHash: '0'.repeat(64) })[0] };
}

describe('a template whose breadcrumb and menus are named by layout and module classes', () => {
	const { text, result } = parsePage(`<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>2024年3月5日 第3回人材確保検討会 議事録｜厚生労働省</title></head><body>
<header class="l-header"><a href="/"><img src="l.png" alt="厚生労働省"></a></header>
<div class="l-breadcrumb"><ol class="m-breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/s">政策について</a></li><li><a href="/s/s">審議会・研究会等</a></li><li>第3回人材確保検討会 議事録</li></ol></div>
<div class="l-contentBody"><div class="l-contentMain">
<h1 class="m-hdgLv1">2024年3月5日 第3回人材確保検討会 議事録</h1>
<h2 class="m-hdgLv2">日時</h2><p>令和6年3月5日（火）10:00～12:00</p>
<h2 class="m-hdgLv2">場所</h2><p>オンライン開催</p>
<h2 class="m-hdgLv2">議事</h2>
<p>○青木座長　ただいまから第３回人材確保検討会を開催いたします。<br>
○井上構成員　２点申し上げます。<br>
○青木座長　これで閉会といたします。</p>
</div>
<div class="l-contentSub"><div class="m-localNav"><h2>審議会・研究会等</h2><ul><li><a href="/1">医政局の検討会</a></li><li><a href="/2">人材確保検討会</a></li></ul></div></div>
</div>
<div class="m-pageTop"><a href="#top">ページの先頭へ戻る</a></div>
<footer class="l-footer"><p>〒100-8916　東京都千代田区霞が関1-2-2</p></footer>
</body></html>`);

	test('the title is the page heading, not a step of the breadcrumb', () => {
		expect(result?.meeting?.title).toBe('2024年3月5日 第3回人材確保検討会 議事録');
		expect(text).not.toContain('政策について');
	});

	test('the side menu is no part of the last turn', () => {
		expect(text).not.toContain('医政局の検討会');
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['青木座長', '井上構成員', '青木座長']);
		expect(result?.meeting?.remarks.at(-1)?.text).toBe('これで閉会といたします。');
	});
});

describe("a ministry's page with its content in `contentsMain` and its footer in `footerArea`", () => {
	const { text, result } = parsePage(`<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>情報教育ワーキンググループ（第3回） 議事録：文部科学省</title></head><body>
<div id="headerArea"><p id="logo"><a href="/"><img alt="文部科学省" src="/img/logo.gif"></a></p></div>
<div id="breadCrumbs"><ol><li><a href="/">ホーム</a> &gt;</li><li><a href="/b">審議会情報</a> &gt;</li><li>情報教育ワーキンググループ（第3回） 議事録</li></ol></div>
<div id="contentsMain">
<h1>情報教育ワーキンググループ（第3回） 議事録</h1>
<dl><dt>1．日時</dt><dd><p>令和6年2月14日（水曜日）15時00分～17時00分</p></dd>
<dt>2．場所</dt><dd><p>文部科学省 東館15階（WEB会議）</p></dd>
<dt>3．議事録</dt><dd>
<p>【森田主査】　それでは、第3回情報教育ワーキンググループを開催いたします。</p>
<p>【斉藤委員】　端末の活用状況には地域差が大きいと感じています。</p>
<p>【森田主査】　それでは、本日はここまでとします。</p></dd></dl>
</div>
<div id="sideNavi"><h2>中央教育審議会</h2><ul><li><a href="/x">初等中等教育分科会</a></li><li><a href="/y">教育課程部会</a></li></ul></div>
<div id="footerArea"><p>文部科学省　〒100-8959 東京都千代田区霞が関三丁目2番2号　電話番号:03-5253-4111（代表）</p></div>
</body></html>`);

	test("the side menu and the footer are left out: the last turn is the chair's", () => {
		for (const furniture of ['中央教育審議会', '初等中等教育分科会', '〒100-8959', '審議会情報']) expect(text).not.toContain(furniture);
		expect(result?.meeting?.remarks.at(-1)).toMatchObject({ speaker: '森田主査', text: 'それでは、本日はここまでとします。' });
	});
});

describe('a module\'s own header block is content: its heading stays', () => {
	test('`m-header` holding the page heading is kept', () => {
		const { result } = parsePage(`<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>市</title></head><body>
<div class="m-header"><h1>第2回さくら市景観審議会 会議録</h1></div>
<p>日時：令和6年5月1日（水）午前10時～正午</p>
<p>場所：市役所会議室</p>
<p>議事</p>
<p>会長：ただいまから開会します。</p>
<p>委員：意見はありません。</p>
</body></html>`);
		expect(result?.meeting?.title).toBe('第2回さくら市景観審議会 会議録');
	});
});
