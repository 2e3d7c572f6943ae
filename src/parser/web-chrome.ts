/**
 * Navigation left in text copied from a web page or a minutes viewer: no part of the minutes. One test for every
 * reader (the parser blanks such lines before a council's or an assembly's reader sees them, the header split and the
 * plain reader skip them, a transcript's line classifier reads them as page furniture).
 */
import { trimSpaces } from './normalize.ts';

/** A breadcrumb trail that ends with its separator (`草加市議会 > 2024-06-10 >`), as a copied minutes site writes it. */
const TRAIL = '[^<>＜＞›»\\s\\u3000][^<>＜＞›»]{0,40}(?:[\\s\\u3000]*[>＞›»][\\s\\u3000]*[^<>＜＞›»\\s\\u3000][^<>＜＞›»]{0,40}){1,6}[\\s\\u3000]*[>＞›»]';
/** A minutes viewer's links between pages and back to its lists (DiscussNet, kensakusystem): `前へ　次へ`, `検索結果一覧へ`, `▼最初のヒットへ(全 0 ヒット)`. */
const VIEWER_LINK = '(?:前へ|次へ|前のページ|次のページ|検索結果一覧へ(?:戻る)?|一覧へ戻る|発言者一覧|ページの先頭へ(?:戻る)?|▼?最初のヒットへ(?:[(（]全[\\s\\u3000]*[0-9０-９]+[\\s\\u3000]*ヒット[)）])?)';
/**
 * Navigation left in text copied from a web page: breadcrumbs (`ホーム > 会議 > …`), skip links, `更新日：…`, a blog's
 * `投稿日：2017年7月3日　カテゴリー：議事録` (when the page was posted, never when the meeting sat), `掲載日：…`,
 * `ページID 1032218 更新日 令和6年9月2日`, `現在地 トップページ > …`, `ここから本文です。`, `ページの先頭へ戻る`, a CMS's `ページの先頭です` /
 * `メニューの終端です。` (two or three such on one line too), its print buttons (`印刷大きな文字で印刷`), page `ID:17046`, a viewer's `前へ　次へ検索結果一覧へ`
 * (with the copyright line the copy ran into), a prefecture's CMS's `サイト共通のメニューへ` / `パンくずリスト(現在位置の表示)` /
 * `関連分野` / `みなと県ホームページ`, `更新日付:…`, a link marked `<外部リンク>`, `文字サイズ変更`, `首相官邸 トップページ`,
 * `TOPに戻る` with a site's menu after it, and Google Meet's lines at the end of its transcript (`文字起こしの終了`,
 * `この編集可能な文字起こしはコンピュータによって生成されたもので…`). Not minutes text: left out of the title, header and body.
 */
const WEB_CHROME = new RegExp(
	`^(?:(?:ホーム|トップ|トップページ|TOP|Home)[\\s\\u3000]*[>＞›»].*|本文へ(?:スキップ)?|本文|メニュー|緊急情報|(?:現在の位置|現在位置|現在地)[:：]?[\\s\\u3000]*[^>＞›»]{0,24}[>＞›»].*|(?:ホーム|トップ|トップページ)[\\s\\u3000]*の中の[^。]{1,100}?の中の[^。]{1,100}|(?:ホーム|トップページ)(?:[\\s\\u3000]{2,}[^\\s\\u3000]{1,12}){3,12}(?:[\\s\\u3000]+現在の位置[:：].{0,200})?|サイト内(?:を)?検索|(?:サイト内)?検索(?:する)?|文字サイズ(?:の?変更|を変更(?:する)?)?(?:[\\s\\u3000].{0,40})?|(?:[^\\s\\u3000]{1,20}[\\s\\u3000]+)?トップページ|(?:TOP|Top|トップ|ページの?トップ|ホーム)(?:ページ)?(?:に|へ)戻る(?:[\\s\\u3000].{0,120})?|文字起こしの終了|(?:この)?編集可能な文字起こしは.{0,120}|(?:Transcription|Meeting) ended after [0-9:]{4,8}.{0,4}|This editable transcript was computer generated.{0,80}|メインへスキップ|(?:このページの)?本文へ移動|ここから本文です。?|(?:最終)?更新日(?:付|時)?[:：\\s\\u3000].*|(?:投稿日|掲載日|公開日)(?:付|時)?[:：\\s\\u3000].*|ページ(?:番号|ID)[:：\\s\\u3000].*|ページトップへ(?:戻る)?|このページのトップへ|印刷(?:用ページ)?(?:大きな文字で印刷)?|印刷用ページを表示する(?:[\\s\\u3000]+(?:(?:最終)?更新日|掲載日|公開日)[:：].{0,40})?|様式[0-9０-９]+|(?:この)?ページの先頭です。?|(?:サイト)?メニューの(?:終端|始まり)です。?|(?:サイト)?メニューここまで。?|本文ここから。?|本文ここまで。?|メニューを飛ばして本文へ|ここからサイトの主なメニューです。?|サイト共通のメニューへ|このページの情報へ|ここからこのページの情報です。?|このページは、共通のメニューを読み飛ばすことができます。.{0,120}|パンくずリスト(?:[(（]現在位置の表示[)）])?|関連分野|[^\\s\\u3000]{1,20}ホームページ|.{1,100}[<＜]外部リンク[>＞]|ソーシャルサイトへのリンクは別ウィンドウで開きます。?|ID[:：][0-9]+|${VIEWER_LINK}(?:[\\s\\u3000]*${VIEWER_LINK})*(?:[\\s\\u3000]*(?:Copyright|COPYRIGHT|©|\\(C\\)).*)?|${TRAIL})$`,
	'u',
);

/** True for a line of web-page navigation left in copied text (breadcrumbs, skip links, 更新日, 前へ・次へ). */
export function isWebChrome(text: string): boolean {
	// Navigation is short: a long line is text (and is never handed to the pattern, whose breadcrumb trail backtracks).
	const line = trimSpaces(text);
	if (line.length > WEB_CHROME_LENGTH) return false;
	if (WEB_CHROME.test(line)) return true;
	// `ページの先頭です。 メニューを飛ばして本文へ`: two or three pieces of navigation run onto one line.
	const pieces = line.split(/[\s\u3000]+/u);
	return pieces.length >= 2 && pieces.length <= 3 && pieces.every((piece) => WEB_CHROME.test(piece));
}
/** The longest line that can be navigation (a copyright line with the viewer's links before it). */
const WEB_CHROME_LENGTH = 300;

/** A page's link text pointing elsewhere (`開催概要、資料はこちらです。`, `会議資料はこちら`), no speaker's label before it: navigation in a page's first lines only. */
const LINK_TEXT = /^[^。！？!?:：]{0,24}(?:は|の)こちら(?:です|から|をご覧ください)?[。.]?$/u;
/** Lines with text from the top within which link text is navigation. */
export const LINK_TEXT_LINES = 10;

/** True for a page's link text (`資料はこちらです。`), which a page's top lines hold and its minutes never do. */
export function isLinkText(text: string): boolean {
	return LINK_TEXT.test(trimSpaces(text));
}

/**
 * A site's contact block above a copied page (`〒315-8640`, `茨城県石岡市石岡一丁目1番地1`, `Tel 0299(23)5600`, an e-mail
 * address, `議会中継`): the assembly's or office's address, in a page's first lines only, never the minutes' title.
 */
const SITE_CONTACT = /^(?:〒[\s\u3000]?[0-9０-９]{3}[-－ー‐][0-9０-９]{4}.{0,60}|(?:Tel|TEL|tel|電話(?:番号)?|Fax|FAX|ファクス|ファックス)[.:：\s\u3000]*[(（]?[0-9０-９]{2,5}[(（)）\-－ー‐ ]*[0-9０-９]{1,4}[(（)）\-－ー‐ ]*[0-9０-９]{3,4}.{0,40}|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,100}\.[A-Za-z]{2,10}|議会中継|[^\s\u3000、。]{2,30}(?:都|道|府|県)[^\s\u3000、。]{1,30}(?:番地|丁目)[0-9０-９\-－ー‐]{0,12})$/u;

/**
 * The heading of a page's contact block below the minutes, which the office's name, telephone and address follow:
 * `このページに関するお問い合わせ`, `お問合せ先`, `お問い合わせ` alone, `このページの掲載元`, `このページの` over `お問い合わせ先`, a ministry's
 * `(照会先)` at the foot of its minutes page.
 */
const CONTACT_HEADING = /^(?:[(（]照会先[)）]|照会先[:：]?|(?:お)?問(?:い)?合(?:わ)?せ|(?:この|本)ページ(?:に関する|について|の内容に関する|への)(?:お)?問(?:い)?合(?:わ)?せ(?:先)?|(?:お)?問(?:い)?合(?:わ)?せ先|(?:この|本)ページの(?:掲載元|作成所属|発信元|担当(?:課|部署)?)?)$/u;

/** True for that heading (the line trimmed). */
export function isContactHeading(text: string): boolean {
	return CONTACT_HEADING.test(text);
}

/** True for a line of a site's contact block (`〒…`, `Tel …`, an address), which a page's top lines hold and its minutes never do. */
export function isSiteContact(text: string): boolean {
	const line = trimSpaces(text);
	return line.length <= 120 && SITE_CONTACT.test(line);
}

