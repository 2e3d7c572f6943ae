/**
 * Where a heading may also break inside a phrase. Headings break between phrases (global.css, Chromium's `auto-phrase`); a
 * phrase longer than the line is carried whole to the next line and broken where that line ends: 「ICT / サイバーセキュリティ
 * 政策分 / 科会」, 「…ガイドライン改 / 定の方向性」, 「サイバーセキュリティタスクフォー / ス」 on a phone. A break is offered (a
 * `<wbr>`) where a long katakana word meets kanji (セキュリティ|政策, ガイドライン|改定): 「ICT サイバーセキュリティ / 政策分科会」;
 * shorter katakana words stay with their kanji (チャット欄, サイバー攻撃), which phrases keep together anyway. In a page's title, a
 * katakana run longer than its line on the narrowest phone is offered breaks between the words it is made of (サイバー|セキュリティ|
 * タスクフォース, ICU's dictionary of words through `Intl.Segmenter`), none leaving fewer than four letters on a side (its guesses
 * of short words, ガバ|ナン|ス, トランス|フォー|メ|ー|ション, are joined again); a shorter run is kept whole.
 */

/** Katakana letters of a word (the long vowel mark included, not the middle dot that separates words). */
const KATAKANA = '[\\u30A1-\\u30FA\\u30FC]';
/** Letters of a katakana word before a break is offered between it and kanji. */
const LONG_WORD = 5;
const BOUNDARY = new RegExp(`(?<=${KATAKANA}{${LONG_WORD}})(?=\\p{Script=Han})|(?<=\\p{Script=Han})(?=${KATAKANA}{${LONG_WORD}})`, 'gu');
/** Letters of a page's title (h1) on a line of a 320 px phone: a longer katakana run breaks anyway. */
export const TITLE_LINE = 13;
/** Letters each side of a break inside a katakana run. */
const MIN_PIECE = 4;

const words = new Intl.Segmenter('ja', { granularity: 'word' });

/** A long katakana run cut between the words it is made of, no piece shorter than MIN_PIECE letters. */
function runParts(run: string): string[] {
	// Short guesses next to each other are one word (サイ|バー → サイバー, ガバ|ナン|ス → ガバナンス); a short piece left joins the one before.
	const pieces: { text: string; short: boolean }[] = [];
	for (const { segment } of words.segment(run)) {
		const short = segment.length < MIN_PIECE;
		const last = pieces[pieces.length - 1];
		if (last && short && last.short) last.text += segment;
		else pieces.push({ text: segment, short });
	}
	const parts: string[] = [];
	for (const piece of pieces) {
		if (parts.length > 0 && piece.text.length < MIN_PIECE) parts[parts.length - 1] += piece.text;
		else if (parts.length === 1 && parts[0]!.length < MIN_PIECE) parts[0] += piece.text;
		else parts.push(piece.text);
	}
	return parts;
}

/**
 * The text cut where a heading may break inside a phrase (joined again, the parts are the text); katakana runs of `line` letters
 * or more also between their words (none cut without it).
 */
export function wordBreakParts(text: string, line?: number): string[] {
	const longRun = line === undefined ? null : new RegExp(`${KATAKANA}{${line},}`, 'gu');
	const parts: string[] = [];
	for (const part of text.split(BOUNDARY)) {
		let from = 0;
		let current = '';
		for (const match of longRun ? part.matchAll(longRun) : []) {
			const [first = '', ...rest] = runParts(match[0]);
			current += part.slice(from, match.index) + first;
			for (const piece of rest) {
				parts.push(current);
				current = piece;
			}
			from = match.index + match[0].length;
		}
		parts.push(current + part.slice(from));
	}
	return parts;
}

/** Katakana only (a word of them, the long vowel mark included). */
const KATAKANA_WORD = new RegExp(`^${KATAKANA}+$`, 'u');

/**
 * A phrase cut between the words it is made of (ICU's guesses, `Intl.Segmenter`): a one-letter word stays with the word before it
 * (総務省, 統括官室, 課長, 安全・), and katakana guesses shorter than four letters in a row are one word (サイ|バー → サイバー).
 */
function phraseWords(text: string): string[] {
	const parts: string[] = [];
	let lastShortKatakana = false;
	// (An opening bracket goes with the word after it: 「大臣 / （規制改革）」, never 「大臣（ / 規制」.)
	let opening = '';
	for (const { segment } of words.segment(text)) {
		if (/^\p{Ps}+$/u.test(segment)) {
			opening += segment;
			continue;
		}
		const shortKatakana = KATAKANA_WORD.test(segment) && segment.length < MIN_PIECE;
		const last = parts.length - 1;
		if (opening === '' && last >= 0 && ([...segment].length === 1 || /^\s/u.test(segment) || (shortKatakana && lastShortKatakana) || [...parts[last]!].length === 1)) parts[last] += segment;
		else parts.push(opening + segment);
		opening = '';
		lastShortKatakana = shortKatakana;
	}
	if (opening !== '') parts.push(opening);
	return parts.length > 0 ? parts : [text];
}

/**
 * Where a phrase in a narrow column (the people list's 所属・役職, with enlarged text on a phone) may break: as a heading's
 * (`wordBreakParts`), and between the words it is made of: 「東都大学 / 大学院教授」, 「サイバー / セキュリティ統括官室」, where a
 * column narrower than the phrase had broken it anywhere, 「東都大 / 学大学 / 院教授」, 「サイバーセキュリ / ティ」.
 */
export function compoundBreakParts(text: string): string[] {
	return wordBreakParts(text).flatMap(phraseWords);
}
