/**
 * Furniture a template sets inside a page's content: a blog post's meta and foot (posted on, categories, tags), its related
 * posts and its comment form, share buttons, and the breadcrumbs a ministry's template puts inside `<main>`. None of it is
 * the minutes: it never ends up in the last turn, nor above the title.
 */
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseDocuments } from '../../src/parser/index.ts';

function read(html: string) {
	const decoded = decodeSeed(new TextEncoder().encode(html), { html: true });
	if (!decoded.ok) throw new Error(decoded.message);
	return { text: decoded.text, result: parseDocuments(decoded.text, { source: 'a.html', sourceHash: '0'.repeat(64) })[0] };
}

const POST = `<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"><title>令和6年9月 役員会議事録 | 桜ヶ丘三丁目町内会</title></head>
<body class="single single-post">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">桜ヶ丘三丁目町内会</a></p></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-215" class="post-215 post type-post">
<header class="entry-header"><h1 class="entry-title">令和6年9月 役員会議事録</h1>
<div class="entry-meta"><span class="posted-on">投稿日: <time datetime="2024-09-10">2024年9月10日</time></span> <span class="byline">投稿者: 広報部</span></div></header>
<div class="entry-content">
<p>日時：令和6年9月8日（日）10:00～11:30<br>場所：三丁目集会所<br>出席：会長 松尾、副会長 今村、会計 青山</p>
<p>松尾会長：今年の秋祭りは10月13日に開催します。</p>
<p>今村副会長：模擬店は昨年より1店多い6店の予定です。</p>
<p>青山会計：予算は昨年並みの15万円で組んでいます。</p>
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">共有:</h3><ul><li><a href="https://twitter.com/share">X</a></li><li><a href="https://www.facebook.com/sharer">Facebook</a></li></ul></div>
<footer class="entry-footer"><span class="cat-links">カテゴリー: <a href="/category/minutes/">議事録</a></span><span class="tags-links">タグ: <a href="/tag/matsuri/">秋祭り</a>、<a href="/tag/bouhan/">防犯</a></span></footer>
</article>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">関連記事</h3><div class="jp-relatedposts-items"><p><a href="/2024/07/">令和6年7月 役員会議事録</a>　2024年7月9日</p><p><a href="/2024/06/">令和6年6月 総会議事録</a>　2024年6月4日</p></div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">コメントを残す</h3>
<form id="commentform" class="comment-form"><p class="comment-notes">メールアドレスが公開されることはありません。 ※ が付いている欄は必須項目です</p><p><label>コメント ※</label><textarea></textarea></p><p><input type="submit" value="コメントを送信"></p></form></div></div>
</main></div>
</body></html>`;

describe("a blog post's furniture inside its content", () => {
	test('the post ends with the last turn', () => {
		const { text, result } = read(POST);
		const meeting = result?.meeting;
		expect(meeting?.title).toBe('令和6年9月 役員会議事録');
		expect(meeting?.date).toBe('2024-09-08');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['松尾会長', '今村副会長', '青山会計']);
		expect(meeting?.remarks.at(-1)?.text).toBe('予算は昨年並みの15万円で組んでいます。');
		for (const words of ['カテゴリー', 'タグ', '関連記事', '令和6年7月', 'コメント', 'メールアドレス', '共有', '投稿者']) expect(text).not.toContain(words);
	});
});

describe("a ministry's breadcrumbs inside <main>", () => {
	const page = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>食品表示懇談会（第２回）議事録｜消費者庁</title></head>
<body><main id="main">
<ol class="m-breadcrumb__list"><li><a href="/">ホーム</a></li><li><a href="/policy/">政策</a></li><li><a href="/policy/food/">食品表示</a></li><li>食品表示懇談会（第２回）議事録</li></ol>
<h1>食品表示懇談会（第２回）議事録</h1>
<p>日時：令和６年６月２０日（木）１４時００分～１５時３０分<br>場所：消費者庁６階　第１会議室</p>
<p><strong>○北島座長</strong>　ただいまから第２回食品表示懇談会を開会いたします。</p>
<p><strong>○浅井構成員</strong>　経過措置の期間はどの程度でしょうか。</p>
<div class="m-pageTop"><a href="#top">このページの先頭へ</a></div>
</main></body></html>`;
	test('never stand over the title', () => {
		const { text, result } = read(page);
		expect(text.split('\n')[0]).toBe('食品表示懇談会（第２回）議事録');
		expect(text).not.toContain('政策');
		expect(JSON.stringify(result?.body)).not.toContain('先頭へ');
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['北島座長', '浅井構成員']);
		expect(result?.diagnostics.filter((d) => d.severity === 'warning' && d.message.includes('cover page'))).toEqual([]);
	});
});

describe('related links inside <main>', () => {
	const page = (related: string) => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>食品表示懇談会（第２回）議事録｜消費者庁</title></head>
<body><main id="main">
<h1>食品表示懇談会（第２回）議事録</h1>
<p>日時：令和６年６月２０日（木）１４時００分～１５時３０分<br>場所：消費者庁６階　第１会議室</p>
<p><strong>○北島座長</strong>　ただいまから第２回食品表示懇談会を開会いたします。</p>
<p><strong>○浅井構成員</strong>　経過措置の期間はどの程度でしょうか。</p>
${related}
</main>
<footer class="l-footer"><p>© Consumer Affairs Agency</p></footer></body></html>`;

	test('links to pages are the site\'s', () => {
		const { text, result } = read(page('<section class="m-related"><h2>関連リンク</h2><ul><li><a href="/a.html">第１回議事録</a></li><li><a href="/b.html">懇談会の開催について</a></li></ul></section>'));
		expect(text).not.toContain('関連リンク');
		expect(text).not.toContain('第１回議事録');
		expect(JSON.stringify(result?.body)).not.toContain('懇談会の開催について');
	});

	test('links to files are handouts, kept', () => {
		const { text } = read(page('<section class="m-related"><h2>配布資料</h2><ul><li><a href="/s1.pdf">資料１　論点整理（PDF：300KB）</a></li></ul></section>'));
		expect(text).toContain('資料１　論点整理（PDF：300KB）');
	});
});
