/**
 * Navigation left in text copied from a web page or a minutes viewer: no part of the minutes. One test for every
 * reader (the parser blanks such lines before a council's or an assembly's reader sees them, the header split and the
 * plain reader skip them, a transcript's line classifier reads them as page furniture).
 */
import { memoByText, trimSpaces } from './normalize.ts';

/** A breadcrumb trail that ends with its separator (`草加市議会 > 2024-06-10 >`), as a copied minutes site writes it. */
const TRAIL = '[^<>＜＞›»\\s\\u3000][^<>＜＞›»]{0,40}(?:[\\s\\u3000]*[>＞›»][\\s\\u3000]*[^<>＜＞›»\\s\\u3000][^<>＜＞›»]{0,40}){1,6}[\\s\\u3000]*[>＞›»]';
/**
 * A minutes viewer's links between pages and back to its lists (DiscussNet, kensakusystem): `前へ　次へ`, `検索結果一覧へ`,
 * `▼最初のヒットへ(全 0 ヒット)`, a page's `このページの先頭へ` / `ページ先頭へ` / `▲このページのトップへ` and `目次へ戻る`, and kensakusystem's bar over and under a
 * record (`検索語の前後へ移動　　文書の先頭　　文書の最後`, `［前画面に戻る］　［文書の先頭］　［文書の最後］`, `目次一覧　　ヘルプ`).
 */
const VIEWER_LINK = '(?:[［\\[]?(?:検索語の前後へ移動|文書の(?:先頭|最後|末尾)(?:へ)?|前画面(?:に|へ)戻る|目次一覧|会議録の検索|ヘルプ)[］\\]]?|前へ|次へ|前のページ|次のページ|検索結果一覧へ(?:戻る)?|一覧へ戻る|目次(?:へ|に)戻る|発言者一覧|[▲△↑]?(?:この)?ページの?(?:先頭|トップ)(?:へ|に)(?:戻る)?|▼?最初のヒットへ(?:[(（]全[\\s\\u3000]*[0-9０-９]+[\\s\\u3000]*ヒット[)）])?)';
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
	`^(?:(?:ホーム|トップ|トップページ|TOP|Home)[\\s\\u3000]*[>＞›»].*|本文へ(?:スキップ)?|本文|メニュー|緊急情報|(?:現在の位置|現在位置|現在地)[:：]?[\\s\\u3000]*[^>＞›»]{0,24}[>＞›»].*|(?:ホーム|トップ|トップページ)[\\s\\u3000]*の中の[^。]{1,100}?の中の[^。]{1,100}|(?:ホーム|トップページ)(?:[\\s\\u3000]{2,}[^\\s\\u3000]{1,12}){3,12}(?:[\\s\\u3000]+現在の位置[:：].{0,200})?|サイト内(?:を)?検索|(?:サイト内)?検索(?:する)?|文字サイズ(?:の?変更|を変更(?:する)?)?(?:[\\s\\u3000].{0,40})?|(?:[^\\s\\u3000]{1,20}[\\s\\u3000]+)?トップページ|(?:TOP|Top|トップ|ページの?トップ|ホーム)(?:ページ)?(?:に|へ)戻る(?:[\\s\\u3000].{0,120})?|文字起こしの終了|(?:この)?編集可能な文字起こしは.{0,120}|(?:Transcription|Meeting) ended after [0-9:]{4,8}.{0,4}|This editable transcript was computer generated.{0,80}|メイン(?:コンテンツ)?へ(?:スキップ|移動)|(?:このページの)?本文へ移動|ここから本文です。?|(?:最終)?更新日(?:付|時)?[:：\\s\\u3000].*|(?:投稿日|掲載日|公開日)(?:付|時)?[:：\\s\\u3000].*|ページ(?:番号|ID)[:：\\s\\u3000].*|ページトップへ(?:戻る)?|このページのトップへ|印刷(?:用ページ)?(?:大きな文字で印刷)?|印刷用ページを表示する(?:[\\s\\u3000]+(?:(?:最終)?更新日|掲載日|公開日)[:：].{0,40})?|様式[0-9０-９]+|(?:この)?ページの先頭です。?|(?:サイト)?メニューの(?:終端|始まり)です。?|(?:サイト)?メニューここまで。?|本文ここから。?|本文ここまで。?|メニューを飛ばして本文へ|ここからサイトの主なメニューです。?|サイト共通のメニューへ|このページの情報へ|ここからこのページの情報です。?|このページは、共通のメニューを読み飛ばすことができます。.{0,120}|パンくずリスト(?:[(（]現在位置の表示[)）])?|関連分野|[^\\s\\u3000]{1,20}ホームページ|.{1,100}[<＜]外部リンク[>＞]|ソーシャルサイトへのリンクは別ウィンドウで開きます。?|ID[:：][0-9]+|${VIEWER_LINK}(?:[\\s\\u3000]*${VIEWER_LINK})*(?:[\\s\\u3000]*(?:Copyright|COPYRIGHT|©|\\(C\\)).*)?|${TRAIL})$`,
	'u',
);

/**
 * A minutes viewer's tool bars over a record's text, as its page copies (DiscussNet's `文書・発言の移動 文書 前へ 次へ …`,
 * `文字サイズ・別画面表示ツール 文字サイズ 大きく 標準 小さく`, `発言者表示切り替え 全 9 発言 / ヒット 0 発言`, …), the entries of its
 * index of the record's speeches (`選択 3 : ◯市長(森山 智君)`, `選択 1 : 午前10時開議`) and its arrows back to them (`↑ 発言者の先頭へ`).
 */
const VIEWER_TOOLS = /^(?:(?:文書・?発言の移動|文字サイズ・別画面表示ツール|表示形式切り替え|発言単文選択全文表示を切り替え|発言者表示切り替え|すべての発言ヒット発言表示切り替え|選択表示を実行・チェックの一括変更|ツール[\s\u3000]+印刷用ページ)(?:[\s\u3000].{0,200})?|選択[\s\u3000]*[0-9]{1,4}[\s\u3000]*[:：][\s\u3000]*\S.{0,60}|[↑↓▲▼][\s\u3000]*(?:発言者の先頭へ|最初のヒットへ.{0,20}))$/u;

/** True for a line of web-page navigation left in copied text (breadcrumbs, skip links, 更新日, 前へ・次へ); remembered by the line's text. */
export const isWebChrome = memoByText(readWebChrome);

/** Whether a line is web-page navigation, read (`isWebChrome`). */
function readWebChrome(text: string): boolean {
	// Navigation is short: a long line is text (and is never handed to the pattern, whose breadcrumb trail backtracks).
	const line = trimSpaces(text);
	if (line.length > WEB_CHROME_LENGTH) return false;
	if (WEB_CHROME.test(line) || VIEWER_TOOLS.test(line)) return true;
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
const SITE_CONTACT = /^(?:(?:[^\s\u3000]{1,20}[\s\u3000]+)?〒[\s\u3000]?[0-9０-９]{3}[-－ー‐][0-9０-９]{4}.{0,60}|(?:Tel|TEL|tel|(?:代表)?電話(?:番号)?(?:[(（]代表[)）])?|Fax|FAX|ファクス|ファックス)[.:：\s\u3000]*[(（]?[0-9０-９]{2,5}[(（)）\-－ー‐ ]*[0-9０-９]{1,4}[(（)）\-－ー‐ ]*[0-9０-９]{3,4}.{0,40}|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,100}\.[A-Za-z]{2,10}|議会中継|[^\s\u3000、。]{2,30}(?:都|道|府|県)[^\s\u3000、。]{1,30}(?:番地|丁目)[0-9０-９\-－ー‐]{0,12})$/u;

/**
 * The heading of a page's contact block below the minutes, which the office's name, telephone and address follow:
 * `このページに関するお問い合わせ`, `お問合せ先`, `お問い合わせ` alone, `このページの掲載元`, `このページの` over `お問い合わせ先`, a ministry's
 * `(照会先)` at the foot of its minutes page.
 */
const CONTACT_WORDS = '照会先|(?:お)?問(?:い)?合(?:わ)?せ|(?:この|本)ページ(?:に関する|について|の内容に関する|への)(?:お)?問(?:い)?合(?:わ)?せ(?:先)?|(?:お)?問(?:い)?合(?:わ)?せ先|(?:この|本)ページの(?:掲載元|作成所属|発信元|担当(?:課|部署)?)?|(?:この|本)記事に(?:関する|ついての)(?:お)?問(?:い)?合(?:わ)?せ(?:先)?';
const CONTACT_HEADING = new RegExp(`^(?:[(（＜<〈〔](?:${CONTACT_WORDS})[)）＞>〉〕]|[■□◆◇●◎]?[\\s\\u3000]*(?:${CONTACT_WORDS})[:：]?)$`, 'u');

/** True for that heading (the line trimmed). */
export function isContactHeading(text: string): boolean {
	return CONTACT_HEADING.test(text);
}

/** True for a line of a site's contact block (`〒…`, `Tel …`, an address), which a page's top lines hold and its minutes never do. */
export function isSiteContact(text: string): boolean {
	const line = trimSpaces(text);
	return line.length <= 120 && SITE_CONTACT.test(line);
}


/**
 * A site's footer and notices, wherever they stand: the PDF reader notice (`PDFファイルをご覧いただくには、Adobe Acrobat
 * Readerが必要です。`, under its heading `PDFファイルの閲覧について`, `Adobe Acrobat Readerのダウンロード（外部リンク）`, `Get Adobe Acrobat Reader`), the copyright line, the
 * office's 法人番号 and opening hours, a CMS's `フッターここまで` / `サブナビゲーションここまで`, its feedback form
 * (`このページの情報は役に立ちましたか？`), `このページの所管所属は…です。`, `-- 登録:令和04年04月 --`. Never minutes text.
 */
const PAGE_FOOTER = new RegExp(
	[
		'(?:PDF|ＰＤＦ)(?:形式の)?(?:ファイル|文書|資料)?を?(?:ご覧|閲覧|御覧)(?:いただく|になる)(?:ためには|には).{0,80}',
		// (Its heading: `PDFファイルの閲覧について`, `PDF形式のファイルについて`.)
		'(?:PDF|ＰＤＦ)(?:形式の)?(?:ファイル|文書|資料)?(?:の)?(?:閲覧|表示|ご覧|御覧)?(?:について|方法|には)',
		'.{0,40}Adobe\\s*(?:Acrobat\\s*)?Reader.{0,80}',
		'.{0,40}Adobe(?:社|\\s*Systems社?)の?(?:ホームページ|サイト|ウェブサイト).{0,60}',
		'Get\\s+Adobe\\s+(?:Acrobat\\s+)?Reader',
		'(?:Copyright|COPYRIGHT|copyright)\\s*(?:©|\\(C\\)|（C）)?.{0,120}',
		// (© anywhere; `(C)` only before a year or a Latin name, as `(C) 2024 Minato City.`: `(C) 2024年度の計画` is an item.)
		'©.{0,120}',
		'(?:\\(C\\)|（C）)\\s*(?:[0-9]{4}(?:\\s*[-–]\\s*[0-9]{4})?[\\s,]+)?[A-Za-z][\\x20-\\x7e]{1,100}',
		'.{0,80}All\\s+Rights?\\s+Reserved\\.?',
		'法人番号[:：\\s\\u3000]*[0-9０-９]{13}',
		'開庁時間[:：\\s\\u3000].{0,80}',
		'(?:フッター|ヘッダー|サブナビゲーション|ローカルナビゲーション|グローバルナビゲーション|サイドメニュー)(?:ここまで|ここから|の終わり|の始まり)(?:です)?。?',
		'ここから(?:フッター|ヘッダー|サブナビゲーション|ローカルナビゲーション|サイドメニュー)(?:です)?。?',
		'(?:この|本)(?:ページの)?(?:情報|内容|記事)は(?:お)?役に立ちましたか[?？]?',
		'(?:この|本)ページの(?:内容は)?わかりやすかったですか[?？]?',
		'(?:この|本)ページの所管所属は.{1,60}です。?',
		'-{1,3}\\s*登録[:：].{1,30}-{1,3}',
		'前のページ(?:に|へ)戻る',
		'本文へ(?:スキップ|移動)?(?:します|する)?。?',
		// A breadcrumb that opens with the site's name (`内閣府ホーム　>　…`, `総務省トップ > 組織案内 > …`).
		'[^\\s\\u3000>＞›»]{1,12}(?:ホーム|トップ|TOP)[\\s\\u3000]*[>＞›»].{1,200}',
		'お問い合わせは(?:専用)?(?:フォーム|メールフォーム)を(?:ご)?利用ください。?',
	].join('|'),
	'u',
);
/** The whole line is one of those. */
const PAGE_FOOTER_LINE = new RegExp(`^(?:${PAGE_FOOTER.source})$`, 'u');

/** True for a line of a site's footer or notices (`PAGE_FOOTER`), which minutes never hold. */
export function isPageFooter(text: string): boolean {
	const line = trimSpaces(text);
	return line.length <= 200 && PAGE_FOOTER_LINE.test(line);
}

/**
 * A site's buttons and menu words, as a copied page gives them one a line above its content (`文字サイズ変更` / `標準` /
 * `拡大` / `English` / `サイトマップ`, `音声読み上げ`, `ふりがなをつける`, `X（旧Twitter）でポスト`, `LINEで送る`), or below it
 * (`役に立った` / `送信`, `関連リンク`, `戻る`, a link to the meeting before, `前回の議事要旨`): words a minutes' line could be alone only by chance, so read as such at the
 * page's top (above the header) or in its last lines after the minutes.
 */
const PAGE_BUTTON = /^(?:標準|拡大|縮小|大|中|小|白|黒|青|黄|背景色(?:[\s\u3000]*[:：]?[\s\u3000]*(?:白|黒|青|黄|標準))+|文字サイズ・色合い変更|Foreign\s+[Ll]anguage|English|ENGLISH|Language|LANGUAGE|外国語|Foreign Language|サイトマップ|音声読み上げ|読み上げ|よみあげる|読み上げる|ふりがな(?:を)?(?:つける|表示)|ルビ(?:を)?(?:ふる|表示)|背景色(?:変更|を変更)?|色合い|メインメニュー(?:へ移動)?|メニュー(?:を)?(?:開く|閉じる)|閉じる|ツイート|ポスト|シェア|(?:X|Ｘ)(?:[（(]旧Twitter[）)])?で(?:ポスト|シェア)|LINEで送る|Facebookで(?:シェア|共有)|はてなブックマーク|印刷する|よくある(?:ご)?質問|Google\s*提供|スマートフォン(?:用ページ|サイト|版)(?:で見る|へ移動|を表示)?|PC版(?:で見る|を表示)?|組織から探す|目的から探す|分類から探す|カテゴリから探す|キーワードから探す|くらし|観光|事業者の方へ|ホーム|[>＞›»]|役に立った|役に立たなかった|どちらともいえない|わかりやすかった|わかりにくかった|送信|戻る|関連リンク|関連情報|関連ページ|関連記事|このページを(?:印刷|共有)する|(?:ページ|画面)の先頭へ|(?:前回|次回)の(?:議事要旨|議事録|議事概要|会議録)(?:へ|を見る)?)$/u;

/** True for such a word alone on its line. */
export function isPageButton(text: string): boolean {
	return PAGE_BUTTON.test(trimSpaces(text));
}

/** A marker a CMS writes where a page's content starts (`ここから本文です。`, `本文ここから`, `本文の始まり`). */
const CONTENT_START = /^(?:ここから(?:が)?本文(?:です)?。?|本文(?:ここから|の始まり|開始)(?:です)?。?|メインコンテンツ(?:ここから|の始まり)|ここからメインコンテンツ(?:です)?。?)$/u;
/** … and where it ends (`本文ここまで`, `本文の終わり`, `ここで本文終わり`). */
const CONTENT_END = /^(?:本文(?:ここまで|の終わり|終わり|終了)(?:です)?。?|ここで本文(?:終わり|は終わり)(?:です)?。?|ここまでが本文(?:です)?。?|メインコンテンツ(?:ここまで|の終わり))$/u;

/** True for the marker of a page's content start. */
export function isContentStart(text: string): boolean {
	return CONTENT_START.test(trimSpaces(text));
}

/** True for the marker of a page's content end. */
export function isContentEnd(text: string): boolean {
	return CONTENT_END.test(trimSpaces(text));
}

/** A site's or office's name alone on a line (`経済産業省`, `さくら市`, `みなと県`), among a page's navigation. */
const SITE_NAME = /^[^\s\u3000。、]{1,14}(?:省|庁|府|都|道|県|市|町|村|区|局)(?:ホームページ|公式(?:ホームページ|サイト|ウェブサイト))?$/u;

/** True for such a name: navigation only where navigation stands around it. */
export function isSiteName(text: string): boolean {
	return SITE_NAME.test(trimSpaces(text));
}
