/**
 * Web pages saved as one file (`.mhtml` from Chrome and Edge, `.mht` from Internet Explorer and Word) and mails whose body
 * is only HTML: the page's HTML is taken out of the MIME message, decoded from quoted-printable or base64 and read as any
 * saved page (its furniture, styles and scripts left out); the other parts (stylesheets, images) are never read.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readEntries } from '../../src/converter/content.ts';
import { convertSeeds } from '../../src/converter/convert.ts';
import { decodeSeed } from '../../src/converter/decode.ts';
import { toMdx } from '../../src/converter/mdx.ts';
import { seedDecodeOptions } from '../../src/converter/seed-files.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { sourceFileName } from '../../src/site/urls.ts';
import { expectFaithfulMdx } from './mdx-check.ts';

const HASH = '0'.repeat(64);

/** Quoted-printable as a browser writes it: `=XX` for every byte outside printable ASCII and for `=`, lines cut at 76 with a soft break. */
function quotedPrintable(bytes: Uint8Array): string {
	const lines: string[] = [];
	for (const sourceLine of Buffer.from(bytes).toString('latin1').split('\n')) {
		let line = '';
		for (const char of sourceLine) {
			const code = char.charCodeAt(0);
			const encoded = code === 0x3d || code > 0x7e || (code < 0x20 && code !== 0x09) ? `=${code.toString(16).toUpperCase().padStart(2, '0')}` : char;
			if (line.length + encoded.length > 75) {
				lines.push(`${line}=`);
				line = '';
			}
			line += encoded;
		}
		lines.push(line);
	}
	return lines.join('\r\n');
}

/** Base64 in lines of 76, as mail and archive writers cut it. */
function base64(bytes: Uint8Array): string {
	return (Buffer.from(bytes).toString('base64').match(/.{1,76}/gu) ?? []).join('\r\n');
}

/** A city's committee minutes page: furniture, a table of its header, `<p>` turns, and a script. */
const PAGE = (charset: string) => `<!DOCTYPE html>
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>令和６年度第２回かもめ市環境審議会　会議録｜かもめ市</title>
<style>body { color: #333; }</style>
<script>document.write("広告");</script></head>
<body>
<div id="tmp_header"><a href="/">かもめ市</a><ul id="gnav"><li><a href="/kurashi/">くらし</a></li></ul></div>
<div id="tmp_pankuzu"><a href="/">ホーム</a> &gt; 環境審議会</div>
<div id="tmp_contents">
<h1>令和６年度第２回かもめ市環境審議会　会議録</h1>
<table><tr><th>日時</th><td>令和６年１１月２０日（水）午後２時～午後３時３０分</td></tr>
<tr><th>場所</th><td>かもめ市役所　第１会議室</td></tr></table>
<h2>議事</h2>
<p>○杉山会長<br>　ただいまから審議会を開会します。</p>
<p>○西村委員<br>　ごみの減量目標について、数値の根拠を伺います。</p>
<p>○環境政策課長<br>　前年度の実績を基にしております。</p>
</div>
<div id="tmp_footer">Copyright かもめ市</div>
</body></html>`;

/** What a browser's "Webpage, Single File" save writes: the page, then its stylesheet and an image. */
function chromeArchive(html: Uint8Array): string {
	const boundary = '----MultipartBoundary--k3mZq8dJ2pWcX1nYvB7aR4tLsE9fHgUo0iQ6yN5----';
	return [
		'From: <Saved by Blink>',
		'Snapshot-Content-Location: https://www.city.kamome.example.jp/soshiki/kankyo/shingikai/r6-02.html',
		'Subject: =?utf-8?Q?=E4=BB=A4=E5=92=8C=EF=BC=96=E5=B9=B4=E5=BA=A6?=',
		'Date: Thu, 28 Nov 2024 10:12:33 +0900',
		'MIME-Version: 1.0',
		'Content-Type: multipart/related;',
		'\ttype="text/html";',
		`\tboundary="${boundary}"`,
		'',
		'',
		`--${boundary}`,
		'Content-Type: text/html',
		'Content-ID: <frame-6A1B2C3D4E5F@mhtml.blink>',
		'Content-Transfer-Encoding: quoted-printable',
		'Content-Location: https://www.city.kamome.example.jp/soshiki/kankyo/shingikai/r6-02.html',
		'',
		quotedPrintable(html),
		'',
		`--${boundary}`,
		'Content-Type: text/css',
		'Content-Transfer-Encoding: quoted-printable',
		'Content-Location: cid:css-1@mhtml.blink',
		'',
		'@charset "utf-8";',
		'#tmp_header { display: block; content: "=E3=83=98=E3=83=83=E3=83=80"; }',
		'',
		`--${boundary}`,
		'Content-Type: image/png',
		'Content-Transfer-Encoding: base64',
		'Content-Location: https://www.city.kamome.example.jp/img/logo.png',
		'',
		base64(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
		'',
		`--${boundary}--`,
		'',
	].join('\r\n');
}

/** The text a seed's bytes decode to, under the given file name (failing the test when it is refused). */
function decodedText(bytes: Uint8Array, name: string): { text: string; encoding: string; warnings: string[] } {
	const decoded = decodeSeed(bytes, seedDecodeOptions(name));
	if (!decoded.ok) throw new Error(`refused: ${decoded.message}`);
	return { text: decoded.text, encoding: decoded.encoding, warnings: decoded.warnings.map((warning) => warning.code) };
}

const PAGE_TEXT = [
	'令和６年度第２回かもめ市環境審議会　会議録',
	'日時\t令和６年１１月２０日（水）午後２時～午後３時３０分',
	'場所\tかもめ市役所　第１会議室',
	'議事',
	'',
	'○杉山会長',
	'　ただいまから審議会を開会します。',
	'',
	'○西村委員',
	'　ごみの減量目標について、数値の根拠を伺います。',
	'',
	'○環境政策課長',
	'　前年度の実績を基にしております。',
].join('\n');

describe('a page saved as one file is read as the page', () => {
	test("Chrome's .mhtml: the page's HTML out of quoted-printable, read without its furniture, styles, scripts and images", () => {
		const archive = chromeArchive(Buffer.from(PAGE('utf-8'), 'utf8'));
		expect(decodedText(Buffer.from(archive, 'ascii'), 'r6-02.mhtml')).toEqual({ text: PAGE_TEXT, encoding: 'utf-8', warnings: [] });
	});

	test("Internet Explorer's .mht: a Shift_JIS page in base64, its charset named by the part; another in quoted-printable named by its meta only", () => {
		const boundary = '----=_NextPart_000_0000_01DB3F2A.5C1E7A40';
		const sjis = iconv.encode(PAGE('shift_jis'), 'cp932');
		const mht = (part: string[]) =>
			['From: <Saved by Windows Internet Explorer 11>', 'Subject: =?shift_jis?B?gqmC4IKwjnM=?=', 'Date: Thu, 28 Nov 2024 10:12:33 +0900', 'MIME-Version: 1.0', `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`, '', 'This is a multi-part message in MIME format.', '', `--${boundary}`, ...part, '', `--${boundary}--`, ''].join('\r\n');
		const inBase64 = mht(['Content-Type: text/html;', '\tcharset="shift_jis"', 'Content-Transfer-Encoding: base64', 'Content-Location: http://www.city.kamome.example.jp/r6-02.html', '', base64(sjis)]);
		expect(decodedText(Buffer.from(inBase64, 'ascii'), '会議録.mht')).toEqual({ text: PAGE_TEXT, encoding: 'utf-8', warnings: [] });
		const inQuotedPrintable = mht(['Content-Type: text/html', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(sjis)]);
		expect(decodedText(Buffer.from(inQuotedPrintable, 'ascii'), '会議録.MHT')).toEqual({ text: PAGE_TEXT, encoding: 'utf-8', warnings: [] });
	});

	test('an archive saved under a text name is read the same', () => {
		const archive = Buffer.from(chromeArchive(Buffer.from(PAGE('utf-8'), 'utf8')), 'ascii');
		expect(decodedText(archive, 'r6-02.txt').text).toBe(PAGE_TEXT);
	});

	test('the page is parsed as a committee meeting with its three speakers, and nothing of the markup reaches the MDX', () => {
		const archive = chromeArchive(Buffer.from(PAGE('utf-8').replace('前年度の実績を基にしております。', '前年度の実績を基にしております。&lt;script&gt;alert(1)&lt;/script&gt; {props.x}'), 'utf8'));
		const { text } = decodedText(Buffer.from(archive, 'ascii'), 'r6-02.mhtml');
		const [result] = parseDocuments(text, { source: 'r6-02.mhtml', sourceHash: HASH });
		const meeting = result?.meeting;
		expect(meeting && [meeting.title, meeting.date, meeting.start, meeting.end, meeting.remarks.map((remark) => remark.speaker)]).toEqual([
			'令和６年度第２回かもめ市環境審議会　会議録',
			'2024-11-20',
			'14:00',
			'15:30',
			['杉山会長', '西村委員', '環境政策課長'],
		]);
		expect(text).not.toMatch(/広告|#tmp_header|ヘッダ|Copyright|くらし|PNG/u);
		if (result) expectFaithfulMdx(toMdx(result, 'r6-02'), result, 'r6-02');
	});

	test('a file named .mhtml that is no archive, and an archive with no page, are refused on one line saying what to do', () => {
		const notArchive = decodeSeed(Buffer.from('令和６年１１月２０日\n議事録\n', 'utf8'), seedDecodeOptions('r6.mhtml'));
		expect(notArchive).toEqual({ ok: false, code: 'web-archive', line: null, message: expect.stringMatching(/^this file is no saved web page .*save the page again as "Webpage, Single File" \(\.mhtml\) or "Webpage, HTML only" \(\.html\)$/u) });
		const imagesOnly = ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="b"', '', '--b', 'Content-Type: image/png', 'Content-Transfer-Encoding: base64', '', 'iVBORw0KGgo=', '--b--', ''].join('\r\n');
		expect(decodeSeed(Buffer.from(imagesOnly, 'ascii'), seedDecodeOptions('r6.mhtml'))).toEqual({ ok: false, code: 'web-archive', line: null, message: expect.stringMatching(/^this saved web page holds no HTML page among its parts/u) });
	});

	test('a saved page republished under sources/ is served as text, never as a page of the site', () => {
		expect(sourceFileName('kamome-kankyo-2024-11-20', 'r6-02.mhtml')).toBe('kamome-kankyo-2024-11-20.mhtml.txt');
		expect(sourceFileName('kamome-kankyo-2024-11-20', '会議録.MHT')).toBe('kamome-kankyo-2024-11-20.mht.txt');
	});
});

describe('a mail whose body is only HTML is read as a page under its header', () => {
	const header = ['From: 事務局 <jimukyoku@kamome.example.jp>', 'To: iin@kamome.example.jp', 'Subject: =?UTF-8?B?5Lya6K2w6Yyy?=', 'Date: Fri, 29 Nov 2024 09:00:00 +0900', 'MIME-Version: 1.0'];

	test('the HTML part (base64) is read as a page, with a warning that lines count the page text', () => {
		const mail = [...header, 'Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64(Buffer.from(PAGE('utf-8'), 'utf8'))].join('\n');
		const decoded = decodedText(Buffer.from(mail, 'utf8'), 'mail.eml');
		expect(decoded.text).toBe([...header, 'Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', PAGE_TEXT].join('\n'));
		expect(decoded.warnings).toEqual(['mail-body']);
		const [result] = parseDocuments(decoded.text, { source: 'mail.eml', sourceHash: HASH });
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['杉山会長', '西村委員', '環境政策課長']);
	});

	test('a mail with a plain-text part beside its HTML is read from the plain text, as before', () => {
		const mail = [...header, 'Content-Type: multipart/alternative; boundary="alt"', '', '--alt', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64(Buffer.from(PAGE_TEXT.replace('数値の根拠', '数値の出典'), 'utf8')), '--alt', 'Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64(Buffer.from(PAGE('utf-8'), 'utf8')), '--alt--', ''].join('\n');
		expect(decodedText(Buffer.from(mail, 'utf8'), 'mail.eml').text).toContain('数値の出典');
	});
});

describe('converting a folder', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'web-archive-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('an .mhtml seed becomes a meeting; its source is the archive', async () => {
		const seeds = join(dir, 'seeds');
		const out = join(dir, 'out');
		await mkdir(seeds);
		await writeFile(join(seeds, 'kankyo-r6-02.mhtml'), chromeArchive(Buffer.from(PAGE('utf-8'), 'utf8')), 'ascii');
		const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
		expect(report.lines.filter((line) => !line.includes('warning'))).toEqual([]);
		const entries = await readEntries(out);
		expect(entries.map(({ meeting }) => [meeting.source, meeting.date, meeting.remarks.length])).toEqual([['kankyo-r6-02.mhtml', '2024-11-20', 3]]);
		expect(await readFile(join(seeds, 'kankyo-r6-02.mhtml'), 'ascii')).toContain('Content-Transfer-Encoding: quoted-printable');
	});
});
