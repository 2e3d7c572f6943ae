/**
 * Web pages saved as HTML: decoded by their BOM or declared charset, read as the text a browser's copy gives (the page's
 * furniture left out by its structure, tables as lines), then parsed as any copied page; nothing of the markup reaches
 * the MDX as markup.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readEntries } from '../../src/converter/content.ts';
import { convertSeeds } from '../../src/converter/convert.ts';
import { decodeSeed } from '../../src/converter/decode.ts';
import { toMdx } from '../../src/converter/mdx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { expectFaithfulMdx } from './mdx-check.ts';

const HASH = '0'.repeat(64);

/** The decoded text of a page's bytes (failing the test when it is refused). */
function pageText(bytes: Uint8Array, html = true): { text: string; encoding: string } {
	const decoded = decodeSeed(bytes, { html });
	if (!decoded.ok) throw new Error(`refused: ${decoded.message}`);
	return { text: decoded.text, encoding: decoded.encoding };
}

/** A ministry's 議事録 page in the layout of the 2010s: a header and menus, the content in `id="contents"`, 出席者 as a table. */
const MINISTRY = (charset: string) => `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>第５回医療人材確保検討会　議事録｜厚生労働省</title>
<script>var gaq = [];</script>
</head>
<body>
<div id="header"><a href="/"><img src="/logo.gif" alt="厚生労働省"></a>
<ul id="gNav"><li><a href="/">ホーム</a></li><li><a href="/stf/houdou/">報道・広報</a></li></ul></div>
<div class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/stf/shingi/">審議会等</a> &gt; 医療人材確保検討会</div>
<div id="contents">
<h2 class="title1">2024年6月10日　第５回医療人材確保検討会　議事録</h2>
<h3>○日時</h3>
<p>令和６年６月１０日（月）１５：００～１７：００</p>
<h3>○出席者</h3>
<table border="1">
<tr><th>役職</th><th>氏名</th></tr>
<tr><td>座長</td><td>森田　和彦</td></tr>
<tr><td>委員</td><td>髙橋　直子</td></tr>
<tr><td>委員</td><td>石井　隆</td></tr>
</table>
<h3>○議事</h3>
<p>○森田座長<br>
　ただいまから、第５回検討会を開会いたします。<br>
　資料①を御覧ください。</p>
<p>○髙橋委員<br>
　地域の実情を踏まえた議論が必要だと思います。</p>
<p>○森田座長<br>
　本日はこれで閉会いたします。</p>
</div>
<div id="footer"><p>Copyright &copy; Ministry of Health, Labour and Welfare</p></div>
</body>
</html>
`;

const MINISTRY_TEXT = [
	'2024年6月10日　第５回医療人材確保検討会　議事録',
	'○日時',
	'',
	'令和６年６月１０日（月）１５：００～１７：００',
	'',
	'○出席者',
	'座長\t森田　和彦',
	'委員\t髙橋　直子',
	'委員\t石井　隆',
	'○議事',
	'',
	'○森田座長',
	'　ただいまから、第５回検討会を開会いたします。',
	'　資料①を御覧ください。',
	'',
	'○髙橋委員',
	'　地域の実情を踏まえた議論が必要だと思います。',
	'',
	'○森田座長',
	'　本日はこれで閉会いたします。',
].join('\n');

describe('a saved page is decoded as it declares', () => {
	test.each([
		['Shift_JIS', 'cp932', 'shift_jis'],
		['x-sjis', 'cp932', 'shift_jis'],
		['Windows-31J', 'cp932', 'shift_jis'],
		['EUC-JP', 'euc-jp', 'euc-jp'],
		['utf-8', 'utf8', 'utf-8'],
	])('<meta http-equiv … charset=%s> (CP932 characters too: 髙, ①)', (charset, bytesIn, encoding) => {
		const page = MINISTRY(charset).replaceAll('①', bytesIn === 'euc-jp' ? '1' : '①').replaceAll('髙', bytesIn === 'euc-jp' ? '高' : '髙');
		const wanted = bytesIn === 'euc-jp' ? MINISTRY_TEXT.replaceAll('①', '1').replaceAll('髙', '高') : MINISTRY_TEXT;
		expect(pageText(iconv.encode(page, bytesIn))).toEqual({ text: wanted, encoding });
	});

	test('<meta charset> and an XML declaration name the encoding too', () => {
		const meta = `<!DOCTYPE html><html><head><meta charset="EUC-JP"><title>議事要旨</title></head><body><h1>議事要旨</h1><p>令和6年7月1日　開催</p></body></html>`;
		expect(pageText(iconv.encode(meta, 'euc-jp'))).toEqual({ text: '議事要旨\n\n令和6年7月1日　開催', encoding: 'euc-jp' });
		const xml = `<?xml version="1.0" encoding="Shift_JIS"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>会議録</title></head><body><pre>令和５年第３回定例会会議録\n\n○議長（荒木　学君）　開きます。</pre></body></html>`;
		expect(pageText(iconv.encode(xml, 'cp932'))).toEqual({ text: '令和５年第３回定例会会議録\n\n○議長（荒木　学君）　開きます。', encoding: 'shift_jis' });
	});

	test("a BOM wins over a meta the browser's save left stale; a page that declares nothing is detected", () => {
		const stale = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MINISTRY('Shift_JIS'), 'utf8')]);
		expect(pageText(stale)).toEqual({ text: MINISTRY_TEXT, encoding: 'utf-8' });
		const undeclared = MINISTRY('').replace(/<meta[^>]*>\n/u, '');
		expect(pageText(iconv.encode(undeclared, 'cp932'))).toEqual({ text: MINISTRY_TEXT, encoding: 'shift_jis' });
	});

	test('a page saved under a text name is read the same; bytes that are not a page stay refused', () => {
		expect(pageText(iconv.encode(MINISTRY('Shift_JIS'), 'cp932'), false)).toEqual({ text: MINISTRY_TEXT, encoding: 'shift_jis' });
		expect(decodeSeed(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), { html: true })).toMatchObject({ ok: false, code: 'binary-file' });
	});

	test('a page nested too deep to walk is one error, never a crash; long runs of spaces and blank lines are read', () => {
		const deep = `<!DOCTYPE html><html><body>${'<div>'.repeat(200_000)}議事録${'</div>'.repeat(200_000)}</body></html>`;
		expect(decodeSeed(Buffer.from(deep), { html: true })).toMatchObject({ ok: false, code: 'unreadable-page', message: expect.stringMatching(/^the web page could not be read \(.*nested too deep\?\): copy the minutes' text into a \.txt file instead$/u) });
		const runs = `<!DOCTYPE html><html><body><pre>議事録\n${' '.repeat(500_000)}x\n${'\n'.repeat(500_000)}y</pre></body></html>`;
		expect(pageText(Buffer.from(runs)).text).toBe('議事録\n' + ' '.repeat(500_000) + 'x\n\ny');
	});

	test('a page of frames says the minutes are in a frame', () => {
		const frames = '<html><head><meta charset="utf-8"><title>会議録閲覧</title></head><frameset cols="200,*"><frame src="menu.html" name="menu"><frame src="honbun.html" name="main"></frameset></html>';
		expect(decodeSeed(Buffer.from(frames), { html: true })).toMatchObject({ ok: false, code: 'empty-page', message: expect.stringMatching(/^a web page of frames with no text of its own \(its title: 会議録閲覧\): the minutes are in a frame/u) });
	});

	test('a page with no text says so, naming its title', () => {
		const shell = '<!DOCTYPE html><html><head><title>会議録検索システム</title><script src="/app.js"></script></head><body><noscript>JavaScriptを有効にしてください。</noscript><div id="root"></div></body></html>';
		expect(decodeSeed(Buffer.from(shell), { html: true })).toEqual({
			ok: false,
			code: 'empty-page',
			line: null,
			message: "a web page with no text in it (its title: 会議録検索システム): a page whose text is drawn by a script or shown as images cannot be read; save the minutes' page itself, or copy its text into a .txt file",
		});
	});
});

describe("a saved page's furniture is left out by its structure", () => {
	test('scripts, styles, templates, navigation, the page header and footer, hidden elements and ruby readings', () => {
		const page = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>有識者会議（第２回）｜デジタル庁</title>
<style>.x{color:red}</style><template><p>テンプレート</p></template></head>
<body><a class="skip" href="#main">本文へスキップ</a>
<header><a href="/">デジタル庁</a><nav><a href="/news/">ニュース</a> <a href="/policies/">政策</a></nav></header>
<div role="navigation"><a href="/">ホーム</a> / <a href="/councils/">会議</a></div>
<article><header><h1>データ連携基盤に関する有識者会議（第２回）</h1></header>
<p>日時：令和６年<ruby>２<rp>(</rp><rt>に</rt><rp>)</rp></ruby>月８日（木）１０時から</p>
<p><ruby>東雲<rt>しののめ</rt></ruby>座長：皆さま、おはようございます。<span aria-hidden="true">★</span></p>
<p hidden>隠れた段落</p><p style="display: none">表示されない段落</p>
<p>高梨構成員：標準の整備は
段階的に進めるべきです。&nbsp;以上。</p>
<script>document.write('<p>書き込まれた段落</p>')</script><noscript>スクリプトを有効に</noscript>
<footer>記事の問い合わせ先：参事官</footer></article>
<footer><p>&copy; Digital Agency</p></footer></body></html>`;
		expect(pageText(Buffer.from(page)).text).toBe(
			[
				'データ連携基盤に関する有識者会議（第２回）',
				'',
				'日時：令和６年２月８日（木）１０時から',
				'',
				'東雲座長：皆さま、おはようございます。',
				'',
				'高梨構成員：標準の整備は段階的に進めるべきです。 以上。',
				'',
				'記事の問い合わせ先：参事官',
			].join('\n'),
		);
	});

	test('the content a CMS marks (id="tmp_contents") is preferred over the page around it, its handout list one file a line', () => {
		const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>環境審議会　会議録 - みどり市</title></head><body>
<div id="tmp_header"><p><a href="/">みどり市</a></p></div>
<div id="tmp_pankuzu"><a href="/">ホーム</a> &gt; 審議会</div>
<div id="tmp_main"><p id="tmp_update">更新日：2024年9月3日</p>
<div id="tmp_contents"><h1>令和6年度第2回みどり市環境審議会　会議録</h1>
<table><tr><th scope="row">開催日時</th><td><p>令和6年8月20日（火曜日）</p><p>午後2時から午後3時30分まで</p></td></tr>
<tr><th scope="row">出席委員</th><td>小林会長、中村副会長</td></tr></table>
<h2>配布資料</h2><ul><li><a href="/a/1234.pdf">資料1　進捗状況<img src="/pdf.gif" alt="PDFファイル">（PDF：512KB）</a></li><li><a href="/a/1235.pdf">資料2　委員名簿（PDF：80KB）</a></li></ul>
</div></div>
<div id="tmp_lnavi"><ul><li><a href="/a.html">都市計画審議会</a></li></ul></div>
<div id="tmp_footer">Copyright &copy; Midori City</div></body></html>`;
		expect(pageText(Buffer.from(page)).text).toBe(
			[
				'令和6年度第2回みどり市環境審議会　会議録',
				'開催日時\t令和6年8月20日（火曜日）',
				'午後2時から午後3時30分まで',
				'出席委員\t小林会長、中村副会長',
				'配布資料',
				'資料1　進捗状況（PDF：512KB）',
				'資料2　委員名簿（PDF：80KB）',
			].join('\n'),
		);
	});

	test("a table's caption heads its rows unless it repeats the heading above the table", () => {
		const page = (heading: string) =>
			`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><main><h1>ワーキング・グループ（第４回）議事概要</h1><dl>${heading}<dd><table><caption>出席者</caption><tr><th rowspan="2">（委員）</th><td>座長</td><td>西川　光</td></tr><tr><td>委員</td><td>北村　誠</td></tr></table></dd></dl></main></body></html>`;
		expect(pageText(Buffer.from(page('<dt>３．出席者</dt>'))).text).toBe('ワーキング・グループ（第４回）議事概要\n３．出席者\n（委員）\t座長\t西川　光\n\t委員\t北村　誠');
		expect(pageText(Buffer.from(page('<dt>３．場所</dt><dd>オンライン</dd>'))).text).toBe('ワーキング・グループ（第４回）議事概要\n３．場所\nオンライン\n出席者\n（委員）\t座長\t西川　光\n\t委員\t北村　誠');
	});

	test("an old page laid out in a table: its menu column is left out, the minutes' column read as lines", () => {
		const page = iconv.encode(
			`<HTML><HEAD><TITLE>第２回　図書館協議会会議録</TITLE></HEAD><BODY>
<TABLE BORDER="0"><TR><TD WIDTH="140"><A HREF="../index.html">トップ</A><BR><A HREF="../kyoiku.html">教育委員会</A></TD>
<TD><CENTER><FONT SIZE="+1"><B>第２回　かえで村図書館協議会会議録</B></FONT></CENTER><P>
<B>１　日　時</B>　平成２１年１０月２日（金）　午後３時～午後４時３０分<BR>
<B>２　場　所</B>　かえで村公民館<BR><HR>
会　長　　ただいまから会議を開きます。<BR>
館　長　　上半期の貸出冊数は前年並みです。<BR>
</TD></TR></TABLE></BODY></HTML>`,
			'cp932',
		);
		expect(pageText(page)).toEqual({
			text: ['第２回　かえで村図書館協議会会議録', '', '１　日　時　平成２１年１０月２日（金）　午後３時～午後４時３０分', '２　場　所　かえで村公民館', '', '会　長　　ただいまから会議を開きます。', '館　長　　上半期の貸出冊数は前年並みです。'].join('\n'),
			encoding: 'shift_jis',
		});
	});
});

describe('a saved page through the parser and the MDX writer', () => {
	test('the ministry page reads as its copied text would: title, date, participants, every remark with its speaker', () => {
		const { text } = pageText(iconv.encode(MINISTRY('Shift_JIS'), 'cp932'));
		const [result] = parseDocuments(text, { source: 'gijiroku.html', sourceHash: HASH });
		expect(result?.meeting).toMatchObject({ title: '2024年6月10日　第５回医療人材確保検討会　議事録', date: '2024-06-10', series: '医療人材確保検討会', session: 5 });
		expect(result?.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['森田　和彦', '髙橋　直子', '石井　隆']);
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森田座長', '髙橋委員', '森田座長']);
	});

	test('a roll set in two pairs of columns gives a member a line, a speech table its turns', () => {
		const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>こども・子育て会議 会議録</title></head><body><div id="main-content">
<h1>令和6年度第3回ふじ市こども・子育て会議 会議録</h1>
<table><tr><th>日時</th><td>令和6年12月5日（木曜日）午後6時30分～午後8時</td></tr><tr><th>場所</th><td>ふじ市役所 5階 大会議室</td></tr></table>
<h2>出席者</h2>
<table><thead><tr><th>役職</th><th>氏名</th><th>役職</th><th>氏名</th></tr></thead>
<tbody><tr><td>会長</td><td>相沢　孝</td><td>副会長</td><td>井上　里美</td></tr><tr><td>委員</td><td>宇田川　純</td><td></td><td></td></tr></tbody></table>
<h2>会議の内容</h2>
<table><tr><th>発言者</th><th>発言内容</th></tr><tr><td>会長</td><td>それでは会議を始めます。</td></tr>
<tr><td>事務局</td><td>資料1について説明します。<br>待機児童数は減少しています。</td></tr><tr><td>宇田川委員</td><td>定員はどうか。</td></tr></table>
</div></body></html>`;
		const { text } = pageText(Buffer.from(page));
		expect(text).toContain('出席者\n会長\t相沢　孝\n副会長\t井上　里美\n委員\t宇田川　純\n会議の内容\n発言者\t発言内容\n');
		const [result] = parseDocuments(text, { source: 'kodomo.html', sourceHash: HASH });
		expect(result?.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]))).toEqual([
			['相沢　孝', '会長'],
			['井上　里美', '副会長'],
			['宇田川　純', '委員'],
		]);
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['会長', 'それでは会議を始めます。'],
			['事務局', '資料1について説明します。\n待機児童数は減少しています。'],
			['宇田川委員', '定員はどうか。'],
		]);
	});

	test("a table of figures inside a remark keeps a row a paragraph (its rows had run together, 「…106.0%北部丘陵線…」) under its header row (the columns' names had been left out)", () => {
		const page = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>第３回 交通政策審議会 議事要旨</title></head><body><main>
<h1>第３回 交通政策審議会 議事要旨</h1>
<p>日時：令和6年7月10日（水）14:00～15:30</p>
<p>出席者：山本委員長、佐藤委員</p>
<h2>議事</h2>
<p>山本委員長：資料１の路線別利用状況について説明をお願いします。</p>
<table><caption>路線別利用状況</caption><tr><th>路線</th><th>起点</th><th>終点</th><th>2023年度</th><th>前年度比</th></tr>
<tr><td>中央循環線</td><td>みらい駅前バスターミナル</td><td>みらい駅前バスターミナル</td><td>497,112</td><td>106.0%</td></tr>
<tr><td>北部丘陵線</td><td>みらい駅前</td><td>北部丘陵ニュータウン中央</td><td>192,003</td><td>101.9%</td></tr></table>
<p>佐藤委員：北部丘陵線の収支率について伺います。</p>
</main></body></html>`;
		const { text } = pageText(Buffer.from(page));
		const [result] = parseDocuments(text, { source: 'kotsu.html', sourceHash: HASH });
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			[
				'山本委員長',
				'資料１の路線別利用状況について説明をお願いします。\n路線別利用状況\n路線\t起点\t終点\t2023年度\t前年度比\n中央循環線\tみらい駅前バスターミナル\tみらい駅前バスターミナル\t497,112\t106.0%\n北部丘陵線\tみらい駅前\t北部丘陵ニュータウン中央\t192,003\t101.9%',
			],
			['佐藤委員', '北部丘陵線の収支率について伺います。'],
		]);
	});

	test('markup, expressions and MDX-looking text of a page reach the MDX as text or not at all', () => {
		const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>審査会</title><script>alert('head')</script></head>
<body onload="alert('onload')"><main><h1>第1回情報公開審査会 議事要旨</h1>
<p>日時：令和6年4月10日（水）14:00～15:00</p>
<p>出席者：岩田会長、宇野委員</p>
<h2>議事概要</h2>
<p>○岩田会長　開会します。<script>document.write('<h1>injected</h1>')</script>{props.secret}の資料について。</p>
<p>○宇野委員　&lt;script&gt;alert(1)&lt;/script&gt; が残っていた。<img src="x" onerror="alert('img')"><iframe src="https://example.com/"></iframe></p>
<p>○岩田会長　import Secret from './x.mdx' と <Remark speaker="偽">偽の発言</Remark> と <a href="javascript:alert(1)">こちら</a>。</p>
</main></body></html>`;
		const { text } = pageText(Buffer.from(page));
		const [result] = parseDocuments(text, { source: 'hostile.html', sourceHash: HASH });
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['岩田会長', '開会します。{props.secret}の資料について。'],
			['宇野委員', '<script>alert(1)</script> が残っていた。'],
			['岩田会長', "import Secret from './x.mdx' と 偽の発言 と こちら。"],
		]);
		const mdx = toMdx(result!, 'hostile');
		expectFaithfulMdx(mdx, result!, 'hostile');
		expect(mdx).not.toMatch(/onerror|onload|javascript:|injected|iframe|alert\('head'\)/u);
	});
});

describe('saved pages in seeds/', () => {
	let root: string;
	beforeEach(async () => {
		root = await mkdtemp(join(tmpdir(), 'html-seeds-'));
	});
	afterEach(async () => {
		await rm(root, { recursive: true, force: true });
	});

	test('a .html and an .htm seed convert to meetings; a page that is no minutes gets the usual diagnostic', async () => {
		const seeds = join(root, 'seeds');
		const out = join(root, 'content');
		await import('node:fs/promises').then((fs) => fs.mkdir(seeds));
		await writeFile(join(seeds, 'kentokai-05.html'), iconv.encode(MINISTRY('Shift_JIS'), 'cp932'));
		await writeFile(
			join(seeds, 'teireikai.htm'),
			iconv.encode(
				`<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"><title>令和５年第３回ひばり市議会定例会会議録（第２号） 本文</title></head><body>
<div class="menu"><a href="/">会議録トップ</a> | <a href="/search">検索</a></div>
<pre>　　　　　令和５年第３回ひばり市議会定例会会議録（第２号）

１．日　時　　令和５年９月７日（木）午前１０時開議

○議長（荒木　学君）　おはようございます。ただいまから本日の会議を開きます。
○２番（井口さおり君）　市民病院について伺います。
○議長（荒木　学君）　本日はこれにて散会いたします。
</pre></body></html>`,
				'euc-jp',
			),
		);
		await writeFile(join(seeds, 'news.html'), '<!DOCTYPE html><html><head><meta charset="utf-8"><title>報道発表</title></head><body><div id="main"><h1>報道発表資料</h1><p>新しい取組を始めます。</p></div></body></html>');
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		expect(report.lines.filter((line) => / error: |: no date/u.test(line) || !line.includes('warning'))).toEqual([
			`${seeds}/news.html:1: no date found in a header line this reader knows (日時, 開催日時, 日　時 …): add a line such as "1. 日時) 令和5年2月1日（水）16:00～18:00" after the title (line 1)`,
		]);
		const entries = await readEntries(out);
		expect(entries.map(({ meeting }) => [meeting.source, meeting.title, meeting.date, meeting.sourceEncoding, meeting.remarks.length])).toEqual(
			expect.arrayContaining([
				['kentokai-05.html', '2024年6月10日　第５回医療人材確保検討会　議事録', '2024-06-10', 'shift_jis', 3],
				['teireikai.htm', expect.stringContaining('ひばり市議会'), '2023-09-07', 'euc-jp', 3],
			]),
		);
		expect(entries).toHaveLength(2);
		for (const file of await readdir(out)) {
			if (file.endsWith('.mdx')) expect(await readFile(join(out, file), 'utf8')).not.toMatch(/<(?:html|body|pre|div|table|meta|script)\b/iu);
		}
	});
});
