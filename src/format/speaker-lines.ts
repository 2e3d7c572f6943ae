/**
 * How many lines a speaker's label takes in a remark's heading on a phone, and from which width of the page's column it takes
 * two at most (a heading of three lines or more stays at its place instead of sticking under the bar, global.css). The label is
 * laid out as Chromium lays out the heading (bold, `palt`, phrases kept whole when they fit a line): each letter's width in em is
 * its kind's in Noto Sans JP, the font the browser tests draw with (Hiragino and BIZ UDPGothic are near it with `palt`), so that
 * 「事務局（まちづくり推進課地域連携担当係長）」, 21 letters, takes three lines at 390 px where a count of letters had said two.
 */

/** Widths in em of a bold heading's letters with `palt` (Noto Sans JP Bold's advances, averaged over each kind). */
const WIDTHS: readonly { pattern: RegExp; em: number }[] = [
	{ pattern: /[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u, em: 0.83 },
	{ pattern: /[\p{Script=Hiragana}]/u, em: 0.91 },
	{ pattern: /[\p{Script=Katakana}ー]/u, em: 0.94 },
	{ pattern: /[\p{Ps}\p{Pe}、。・，．：；]/u, em: 0.5 },
	{ pattern: /[A-Z]/u, em: 0.62 },
	{ pattern: /[a-z0-9#]/u, em: 0.59 },
	{ pattern: /[!-~]/u, em: 0.4 },
	{ pattern: / /u, em: 0.23 },
];

/** Width in em of one letter of a heading (a letter of no listed kind, a kanji or a full-width form, is 1 em). */
function letterWidth(letter: string): number {
	return WIDTHS.find(({ pattern }) => pattern.test(letter))?.em ?? 1;
}

/** The heading's font size in rem (global.css: `h3 { font-size: 1.05rem }`). */
const HEADING_REM = 1.05;
/** What a phone's remark takes from the column before its heading's lines (its padding 0.6 rem and border 3 px), in rem. */
const REMARK_INSET = 0.6 + 3 / 16;
/** The room kept for 引用 at the right of a phone's first two lines of the heading (`--cite-room`), in rem. */
const CITE_ROOM = 3.2;
/** The # after the label and its margin (`.remark__marks > *`), in em of the heading, kept on the label's last line. */
const MARKS = 0.59 + 0.3 / HEADING_REM;
/** What a line may end short of its width where the browser's phrases differ from the label's own breaks, in em. */
const SLACK = 0.5;

/**
 * The label cut where the heading may break between phrases: after a space, before an opening bracket and after a closing one
 * (「事務局 / （まちづくり推進課地域連携担当係長）」, 「JPCERT / コーディネーションセンター / 小宮山氏」).
 */
function phrases(label: string): string[] {
	return label.split(/(?<= )|(?=\p{Ps})|(?<=\p{Pe})(?!\p{Pe})/u).filter((phrase) => phrase !== '');
}

/**
 * The lines a speaker's label and its # take in a phone's heading whose column (`main`) is `columnRem` wide: the first two
 * lines beside the room for 引用, a phrase that does not fit what is left of a line carried whole to the next (one longer than
 * a line too) and broken where a line ends when longer than it.
 */
export function speakerLines(label: string, columnRem: number): number {
	const full = (columnRem - REMARK_INSET) / HEADING_REM - SLACK;
	const width = (line: number) => (line <= 2 ? full - CITE_ROOM / HEADING_REM : full);
	const parts = phrases(label);
	let line = 1;
	let used = 0;
	parts.forEach((phrase, index) => {
		const letters = [...phrase].map(letterWidth);
		if (index === parts.length - 1) letters.push(MARKS);
		const total = letters.reduce((sum, em) => sum + em, 0);
		if (used > 0 && used + total > width(line)) {
			line += 1;
			used = 0;
		}
		for (const em of letters) {
			if (used > 0 && used + em > width(line)) {
				line += 1;
				used = 0;
			}
			used += em;
		}
	});
	return line;
}

/** The widths of the column (rem) at which a label's heading is checked; under the narrowest, enlarged text has its own rule. */
export const STICKY_COLUMNS = [16, 17, 18, 19, 20, 21, 22, 23, 24, 26, 28, 30, 32] as const;

/**
 * The narrowest of STICKY_COLUMNS at which the label takes two lines at most, under which its heading does not stick
 * (`remark--sticks-from-N`); none when it does so in the narrowest, and the widest when it takes three in all of them.
 */
export function stickyColumn(label: string): (typeof STICKY_COLUMNS)[number] | undefined {
	// (Asked for every remark of every page: a speaker's label is laid out once a build, not once a remark.)
	if (COLUMNS_OF.has(label)) return COLUMNS_OF.get(label);
	const column = speakerLines(label, STICKY_COLUMNS[0]) <= 2 ? undefined : (STICKY_COLUMNS.find((width) => speakerLines(label, width) <= 2) ?? STICKY_COLUMNS[STICKY_COLUMNS.length - 1]);
	if (COLUMNS_OF.size >= COLUMNS_KEPT) COLUMNS_OF.clear();
	COLUMNS_OF.set(label, column);
	return column;
}

/** Each label's column, as found. */
const COLUMNS_OF = new Map<string, (typeof STICKY_COLUMNS)[number] | undefined>();
/** Labels remembered before the map starts again (a bound on memory, not on correctness). */
const COLUMNS_KEPT = 50_000;
