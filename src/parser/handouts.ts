/** The 配付資料 section: `資料 42-1-1 title（非公開資料）` lines, with wrapped lines joined. */
import type { Handout } from '../schemas/meeting.ts';
import { warning } from './diagnostics.ts';
import { isPageLine, joinWrappedLines, matchForm, matchFormWithMap, originalSlice, stripDecoration, trimSpaces, type SourceLine } from './normalize.ts';
import type { Diagnostic } from './types.ts';

/** `資料 42-1-1 …`, `参考資料2 …`, `資料4－4 …`, `資料1：…`, an unnumbered `参考資料　委員名簿` (matched on the NFKC form; 全角 dashes become ASCII). */
const HANDOUT = /^(?<id>(?:参考資料|資料)[\s]*[0-9A-Za-z]+(?:[\s]*[-‐−―ー–][\s]*[0-9A-Za-z]+)*|参考資料(?=[\s:]))(?<title>.*)$/u;
/** A numbered handout without the word 資料: `1) 要件一覧`, `1. 要件一覧`, `（１）議事録`. */
const NUMBERED_HANDOUT = /^(?:(?<number>[0-9０-９]{1,2})[)）.．][\s\u3000]*|[（(](?<bracketed>[0-9０-９]{1,2})[）)][\s\u3000]*)(?<title>\S.*)$/u;
/** A part of a list of papers by when they were given, in round brackets alone on its line: `(事前配布資料)`, `（当日配付資料）`, `(当日資料)`. */
// (By when only: `（一部非公開資料）` wrapped onto a line of its own is the note of the paper above.)
const PART_OF_LIST = /^[（(](?:事前|当日|追加|机上|会議前)(?:配布|配付|送付)?資料[）)]$/u;
/** A rule of dashes or a bracketed label alone on its line. */
const LIST_END = /^(?:[―─━－\-=＝_＿]{3,}|[<＜〈【［\[][^<＞〉】］\]>＜〈【［\[]{1,30}[>＞〉】］\]])$/u;
/** An id the numbered list gave (only numbers follow numbers). */
const NUMBERED_ID = /^[0-9０-９]{1,2}$/u;
/** A list's bullet before a handout (`・資料１　…`), or a circled number before a handout's own id (`①資料１　…`, as a word processor's list writes it). */
const BULLET = /^[・･●•◯○〇][\s]*|^[①-⑳][\s\u3000]*(?=[【［[]?(?:参考資料|資料))/u;
/** A list's bullet alone (no circled number): each such line is an item of its own. */
const LIST_BULLET = /^[・･●•][\s\u3000]*\S/u;
/** A handout's id in brackets at the start: `【資料1】`, `［参考資料２］`. */
const BRACKETED_ID = /^[【［[]((?:参考資料|資料)[\s\u3000]*[0-9０-９A-Za-zＡ-Ｚａ-ｚ]*(?:[-‐−―ー–－][0-9０-９A-Za-z]+)*)[】］\]][\s\u3000]*/u;
/**
 * A note in brackets at the end of a title: （非公開資料）, (一部非公開資料), 【関係者限り】, a web page's file type and size
 * (`(PDF形式:616KB)`, `（PDF：350KB）`, `（PDF/78KB）`, `［PDF：1.8MB］`, `（PDF）`), which is no part of the title.
 */
const TRAILING_NOTE =
	/(?<![\s\u3000])[\s\u3000]*[（(【［[〔<＜](?<note>[^（(【［[〔<＜）)】］\]〕>＞]*(?:非公開|関係者限り|構成員限り|委員限り|机上配[付布]|取扱注意|会議後回収|後日公表|公表予定|PDF|ＰＤＦ|Word|Ｗｏｒｄ|Excel|Ｅｘｃｅｌ|PowerPoint|[0-9０-９][\s\u3000]*(?:KB|MB|ＫＢ|ＭＢ|キロバイト|メガバイト))[^（(【［[〔<＜）)】］\]〕>＞]*)[）)】］\]〕>＞]$/u;
/** A web page's file note at the end of a line (`（PDF：350KB）`, `［PDF/78KB］`): the line is one link's words, a whole title. */
const FILE_NOTE = /[（(［[〔][^（(［[〔）)］\]〕]{0,40}(?:PDF|ＰＤＦ|Word|Ｗｏｒｄ|Excel|Ｅｘｃｅｌ|PowerPoint)[^（(［[〔）)］\]〕]{0,40}[）)］\]〕]$/u;
/** The `：` between a handout's id and its title (`資料1：データ連携基盤の全体像`), as a web page's list writes it. */
const TITLE_COLON = /^[\s\u3000]*[:：][\s\u3000]*/u;

/** A 、 before the next handout's number on the same line (`…の写し、資料２　意見書`). */
const NEXT_ON_LINE = /[、，,][\s\u3000]*(?=(?:参考)?資料[\s\u3000]*[0-9０-９])/u;

/** True for a line that opens with a handout's number (`資料１－２　…`, `参考資料３　…`, `・資料1 …`): the next of a list of them. */
export function opensHandout(text: string): boolean {
	const match = HANDOUT.exec(matchForm(trimSpaces(text).replace(BULLET, '')));
	return match !== null && /^[\s\u3000:]/u.test(match.groups?.title ?? '');
}

/**
 * True for a line that opens a list of handouts: a handout's number (`資料１　…`), or a web page's link to a file, its kind and
 * size after its title (`次第（PDF：45KB）`, `名簿［PDF/78KB］`).
 */
export function opensHandoutList(text: string): boolean {
	return opensHandout(text) || FILE_NOTE.test(trimSpaces(text));
}

/** Split a trailing note such as （非公開資料） off a handout title. */
export function splitHandoutNote(title: string): { title: string; note: string | null } {
	const match = TRAILING_NOTE.exec(title);
	if (!match?.groups) return { title: trimSpaces(title), note: null };
	return { title: trimSpaces(title.slice(0, match.index)), note: trimSpaces(match.groups.note ?? '') };
}

/** Read the handouts; lines that do not start a handout continue the previous one. */
export function parseHandouts(lines: readonly SourceLine[], diagnostics: Diagnostic[]): Handout[] {
	/** Each handout's id and the lines of its title (wrapped lines joined once at the end). */
	const handouts: { id: string; lines: string[]; note?: string | null }[] = [];
	/** A rule or a label of its own (`―――`, `<会議で決めたいこと>`, `【決定事項】`) ends the list: nothing after it wraps a title. */
	let ended = false;
	// `資料１　諮問書の写し、資料２　意見書`: handouts listed on one line, 、 before each next one's number.
	const listed = lines.flatMap((source) => (source.text.length <= 2_000 ? source.text.split(NEXT_ON_LINE) : [source.text]).map((text) => ({ ...source, text })));
	for (const source of listed) {
		// (`【資料1】 …`, `［参考資料］ …`: the id in brackets, as a ministry's page writes it.)
		const text = stripDecoration(source.text).text.replace(BULLET, '').replace(BRACKETED_ID, '$1 ');
		// (`－１－`: the page turned under the list, as a PDF's first page ends with it, is no paper nor part of a title.)
		if (text === '' || isPageLine(source.text)) continue;
		if (LIST_END.test(trimSpaces(source.text))) ended = true;
		// (`(事前配布資料)` / `・次第` / … / `(当日資料)` / `・座席表`: the list's parts, each heading the papers under it, no paper.)
		if (PART_OF_LIST.test(trimSpaces(source.text))) continue;
		const mapped = matchFormWithMap(text);
		const match = HANDOUT.exec(mapped.text);
		if (match?.groups) {
			const idEnd = (match.groups.id ?? '').length;
			handouts.push({
				id: trimSpaces(originalSlice(text, mapped, 0, idEnd)),
				lines: [trimSpaces(originalSlice(text, mapped, idEnd).replace(TITLE_COLON, ''))],
			});
			continue;
		}
		// `1) 要件一覧 v0.3`, `（２）議事録`: a numbered list of the handouts, the number its id.
		const numbered = NUMBERED_HANDOUT.exec(text)?.groups;
		if (numbered && (handouts.length === 0 || NUMBERED_ID.test(handouts.at(-1)?.id ?? ''))) {
			handouts.push({ id: numbered.number ?? numbered.bracketed ?? '', lines: [trimSpaces(numbered.title ?? '')] });
			continue;
		}
		// A title that ends with its file's type and size (`（PDF：350KB）`) is whole: a page's list gives each its line.
		const previous = ended || FILE_NOTE.test(handouts.at(-1)?.lines.at(-1) ?? '') || handouts.at(-1)?.note !== undefined ? undefined : handouts.at(-1);
		const bare = splitHandoutNote(text);
		// `・第７回…審議会次第`, `・議案第１号　…`: an item of a bulleted list without a number, named by its title (it had been lost).
		if (LIST_BULLET.test(trimSpaces(source.text)) && bare.title !== '') {
			handouts.push({ id: bare.title, lines: [], note: bare.note });
			continue;
		}
		if (previous) {
			previous.lines.push(text);
		} else if (FILE_NOTE.test(text) && bare.title !== '' && bare.note !== null) {
			// `議事次第（PDF/78KB）`: a file of the page's list without a number, named by its title.
			handouts.push({ id: bare.title, lines: [], note: bare.note });
		} else {
			diagnostics.push(
				warning('unparsed-handout', source.line, `handout line not understood: "${text}"; write it like "資料 1-1 タイトル"`),
			);
		}
	}
	return handouts.map(({ id, lines: parts, note }) => (note === undefined ? { id, ...splitHandoutNote(joinWrappedLines(parts)) } : { id, title: '', note }));
}
