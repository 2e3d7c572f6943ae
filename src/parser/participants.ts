/** The 出席者 section: groups such as 【構成員】 and their members, split at 、 outside brackets. */
import type { Member, ParticipantGroup } from '../schemas/meeting.ts';
import { warning } from './diagnostics.ts';
import { endsAsOrganisation, HONORIFICS, isAnonymisedMember, isMask, isOrganisation, isPersonLabel, isSectionPost, isSpacedFullName, KATAKANA_FULL_NAME, MANAGING_AGENT_WORD, managingAgentStaff, LATIN_WORD as CAPITALISED_LATIN_WORD, parseNameLabel, readLeadingRole, readPaddedName, readStaffPair, ROLE_TITLES } from './names.ts';
import { displayWidth, isSeparator, joinWrapped, placedWords, replaceSpaceRuns, saysNone, stripDecoration, trimSpaces, type SourceLine } from './normalize.ts';
import type { Diagnostic } from './types.ts';

const OPENING = '（(「【［[〔<＜『〈';
const CLOSING = '）)」】］]〕>＞』〉';
const SEPARATORS = '、，,､';

/** Who was absent, in a bracket of its own under the roll: `（欠席：なし）`, `（欠席：６名中０名）`, `(欠席委員：１名)`. */
const ABSENT_IN_BRACKETS = /^[（(](?<word>欠席(?:者|委員)?)[：:][\s\u3000]*(?<rest>(?:なし|無し|０名|0名|[0-9０-９]{1,3}名中[0-9０-９]{1,3}名|[0-9０-９]{1,3}名))[）)]$/u;
/** A group heading on its own line: 【構成員】, ＜オブザーバー＞, (総務省), with members possibly after it. */
const BRACKETED_GROUP = /^[【［[〈<＜(（](?<group>[^】］\]〉>＞)）、，,]{1,20})[】］\]〉>＞)）][\s\u3000]*(?<rest>.*)$/u;
/** An inline group: `構成員：後藤座長、…`. */
const INLINE_GROUP = /^(?<group>[^、，,:：（(【]{1,15})[:：][\s\u3000]*(?<rest>.*)$/u;

/** A group word on its own line, maybe after ■ ● ◆: 構成員, オブザーバー, 事務局, 総務省. */
/** A ministry's or an agency's name alone (`文部科学省`, `内閣府`, `消費者庁`): a group of its officials under a roll's members. */
const MINISTRY_GROUP = /^[\p{Script=Han}\p{Script=Katakana}ー・]{1,12}(?:省|庁|府)$/u;
const GROUP_WORD = /^(?:構成員|委員|専門委員|臨時委員|オブザーバー|事務局|行政|行政側|当局|説明者|発表者|参考人|関係者|関係省庁|有識者|招へい者|ゲストスピーカー|政府|省庁|説明員|出席説明員|説明(?:の)?ため出席した者|随行者)$/u;

/** Group words that are also the post of each member of a roll (`委　員　　竹　内　和　夫`): never a group heading a line. */
const ROLL_POSTS = /^(?:委員|構成員|専門委員|臨時委員)$/u;
/** A ministry's or an agency's name, a gap, then one official (`消費者庁　藤原消費者政策課長`). */
const OFFICE_THEN_OFFICIAL = /^(?<office>[^\s\u3000、，,]{2,13})[\s\u3000]+(?<official>[^\s\u3000、，,]{3,30})$/u;
/**
 * A word heading a line of members, then a gap and the rest of the line: the word padded letter by letter (`事 務 局　財政課長 小田`),
 * or written whole (`構成員⇥石井座長、…`, a table's row of a group and its members).
 */
const GROUP_ROW = /^(?:(?<padded>(?:\S[ \u3000]){1,5}\S)[ \u3000]+|(?<word>[^\s\u3000、，,]{1,12})[\s\u3000]+)(?<rest>\S.*)$/u;

/** Group words that open a group inside a line: `（事務局）佐藤課長` after members, or ` 事務局:森部長`. */
const INLINE_GROUP_WORDS = '委員|構成員|専門委員|臨時委員|オブザーバー|事務局|説明者|発表者|関係者|関係省庁|有識者';
/**
 * Where a line lists a second group: before `（事務局）` or after the spaces before `事務局:`; right after the last member
 * too when the group's members follow the bracket (`…、松本委員（事務局）中谷課長`: a note on a member closes its entry).
 */
const GROUP_BREAK = new RegExp(`(?<=[、，,\\s\\u3000])(?=[（(](?:${INLINE_GROUP_WORDS})[）)])|(?<=[^\\s\\u3000（(、，,])(?=[（(](?:${INLINE_GROUP_WORDS})[）)][^\\s\\u3000、，,（()）])|[\\s\\u3000]+(?=(?:${INLINE_GROUP_WORDS})[:：])`, 'u');

/** One line listing several groups (`（委員）山田座長、…、（事務局）佐藤課長`) as one line per group, same line number. */
function splitInlineGroups(source: SourceLine): SourceLine[] {
	// `経理部：中島課長、小松 / システム部：村井、福田`: groups each with its name and a colon, a slash between them.
	const slashed = slashedGroups(source.text);
	if (slashed) return slashed.flatMap((text) => splitInlineGroups({ text, line: source.line }));
	// (`（部会長）小針　美和、（委員）大山　太郎、加藤　直美`: a line of roles in brackets, each over the names after it, the first a
	// role no group is named by: one group's members with their roles, never a group 委員.)
	if (rolesInBrackets(source.text)) return [source];
	const parts = source.text.split(new RegExp(GROUP_BREAK.source, 'gu')).filter((part) => part.trim() !== '');
	return parts.length > 1 ? parts.map((text) => ({ text, line: source.line })) : [source];
}

/** A bracket at a line's start or after a comma: `（部会長）`, `、（委員）`. */
const ENTRY_BRACKET = /(?:^|[、，,])[\s\u3000]*[（(](?<word>[^（()）、，,]{1,10})[）)]/gu;

/** True for a line of roles in brackets over their holders, the first a role no group is named by, every one a role. */
function rolesInBrackets(text: string): boolean {
	if (text.length > 2_000) return false;
	const words = [...trimSpaces(text).matchAll(ENTRY_BRACKET)].map((match) => match.groups?.word ?? '');
	return words.length > 1 && /^[（(]/u.test(trimSpaces(text)) && !GROUP_WORD.test(words[0] ?? '') && words.every((word) => ROLE_TITLES.includes(word));
}

/** The groups of a line that lists each with its name and a colon, a slash between them (`経理部：中島課長 / システム部：村井`), or null. */
export function slashedGroups(text: string): string[] | null {
	const parts = text.length <= 2000 ? text.split(SLASH_BETWEEN_GROUPS) : [];
	return parts.length > 1 && parts.every((part) => NAMED_GROUP.test(part)) ? parts.map(trimSpaces) : null;
}

/** A slash between two groups of a line (`… / システム部：…`, `…／…`). */
const SLASH_BETWEEN_GROUPS = /[ \u3000]+[/／][ \u3000]+|[ \u3000]*／[ \u3000]*/u;
/** A group's name and its colon before its members (`株式会社ネクストワン：坂口様`). */
const NAMED_GROUP = /^[ \u3000]*[^：:、，,\s\u3000/／]{1,24}[：:][ \u3000]*[^\s\u3000]/u;

/** How a member attended, in brackets before the names: `(会議室)`, `(テレビ会議)`, `（オンライン）`, `（Web参加）`. */
const ATTENDANCE_MODE = /^(?:会議室|テレビ会議|オンライン|ウェブ|Web|WEB|リモート|対面|会場|現地|来庁|Zoom|書面)(?:出席|参加)?$/u;

/** The words of a remark about the list itself (`（敬称略、五十音順）`), as written and in NFKC form (the header reads its labels so). */
export const EDITORIAL_WORDS = '敬称略|順不同|五十音順|50音順|５０音順|あいうえお順|名簿順';
/** The same remark closing a line of names: `江川 浅生 敬称略`. */
const EDITORIAL_END = new RegExp(`[\\s\\u3000]+(?<note>${EDITORIAL_WORDS})$`, 'u');
/** The same note after a reference mark (`※五十音順`, `※敬称略・五十音順`), alone or after a group's label. */
const EDITORIAL_MARKED = new RegExp(`^※[\\s\\u3000]*(?:${EDITORIAL_WORDS})(?:[、，,・][\\s\\u3000]*(?:${EDITORIAL_WORDS}))*$`, 'u');
const EDITORIAL_LINE = new RegExp(`^[（(〔［\\[][^）)〕］\\]]*(?:${EDITORIAL_WORDS})[^）)〕］\\]]*[）)〕］\\]]$`, 'u');
/** The same remark after a group word: `委員（敬称略）`. */
const EDITORIAL_TAIL = new RegExp(`^(?<group>.+?)[\\s\\u3000]*(?<note>[（(〔［\\[][^）)〕］\\]]*(?:${EDITORIAL_WORDS})[^）)〕］\\]]*[）)〕］\\]])$`, 'u');
/** Numbering or a bullet before a group heading: `（１）`, `(2)`, `１　`, `1.`, `①`, `・`. */
const GROUP_NUMBER = /^(?:(?<number>[（(][\s\u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[\s\u3000]*[）)]|(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:[.．、)）]|(?=[\s\u3000]))|[①-⑳])|(?<bullet>[・･]))[\s\u3000]*(?<rest>\S.*)$/u;

/**
 * A list bullet before one member: `- 槍田 松瑩 委員(会長)`, `• 林  いづみ 委員`, `・山田 太郎 委員（座長）`.
 * Web-list marks (`-`, `•`, `*`) are layout and dropped; `・` is a character of the text and stays in the entry as written.
 */
const MEMBER_BULLET = /^(?:(?<kept>[・･])|[-‐•*])[\s\u3000]*/u;

/** Split a list at 、 ， , that are outside any brackets; empty entries (after a trailing 、) are dropped. */
export function splitEntries(text: string): string[] {
	const entries: string[] = [];
	let depth = 0;
	let current = '';
	for (const char of text) {
		if (OPENING.includes(char)) depth++;
		else if (CLOSING.includes(char) && depth > 0) depth--;
		if (depth === 0 && SEPARATORS.includes(char)) {
			entries.push(current);
			current = '';
		} else {
			current += char;
		}
	}
	entries.push(current);
	return entries.map(trimSpaces).filter((entry) => entry !== '');
}

/** The group of an owners' association's managing agent, alone or in brackets after the roll's name: `管理会社`, `出席者（管理会社）`. */
const MANAGING_AGENT_GROUP = new RegExp(`(?:^|[（(])${MANAGING_AGENT_WORD}(?:担当者?)?(?:[）)]|$)`, 'u');

/**
 * The members of a managing agent's group (`管理会社`) each read as the company, the post and the staff member when they named no
 * one otherwise (`さつき管理　担当　松岡`); any other group's as they are.
 */
export function withManagingAgentStaff(group: string, members: Member[]): Member[] {
	if (!MANAGING_AGENT_GROUP.test(group)) return members;
	return members.map((member) => (member.name === null ? { ...member, ...(managingAgentStaff(member.text) ?? {}) } : member));
}

/** A post and a name a half-width space apart, maybe the given name too: `理事長 堀内 誠`, `担当 安藤`, `みどり管理サービス 担当 安藤`. */
const POST_SPACE_NAME = /^(?:[^\s\u3000]{1,16} )?[^\s\u3000]{1,10} [\p{Script=Han}々ヶ]{1,4}(?: [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,5})?$/u;

/**
 * An entry of posts and names a half-width space apart, the entries a full-width space apart (`理事長 堀内 誠　副理事長 村井 沙織　理事 青山 翼`,
 * as a template's table cell holds the roll): each entry; any other entry as it is.
 */
function postsApartByWideSpaces(entry: string): string[] {
	if (!entry.includes('\u3000') || entry.length > 400) return [entry];
	const parts = entry.split(/\u3000+/u);
	const posts = parts.filter((part) => ROLE_TITLES.includes(part.split(' ')[0] ?? '')).length;
	return parts.length >= 2 && posts * 2 > parts.length && parts.every((part) => POST_SPACE_NAME.test(part)) ? parts : [entry];
}

/** The roles a list gives all its names after the last (`…の各委員`, `…各委員`), as a regex source. */
const EACH_ROLES = '評議員|代議員|執行委員|運営委員|常任理事|准教授|教授|講師|委員|構成員|理事|監事|幹事|役員|議員|班長|部長|課長';

/** A full name written without a space in a roll, maybe marked as chair (◎) or vice-chair (○), maybe `…各委員` at the list's end. */
const UNSPACED_FULL_NAME = new RegExp(`^[◎○〇]?\\p{Script=Han}[\\p{Script=Han}\\p{Script=Hiragana}々ヶ]{2,5}(?:各(?:${EACH_ROLES}))?$`, 'u');

/** The name of an entry of such a roll, without its mark and `各委員`. */
function unspacedName(word: string): string {
	return (EACH_ROLE.exec(word)?.groups?.name ?? word).replace(ROLL_MARK, '');
}

/**
 * Three or more full names without a role of their own (`後藤座長` holds one), as `addUnspacedNames` reads them; or two whose
 * last gives the role of all (`駒田高行　田中富造各委員`, the roll's last line under `◎山川昌子　○肥沼茂男　…`).
 */
function isUnspacedRoll(words: readonly string[]): boolean {
	return (words.length >= 3 || (words.length === 2 && EACH_ROLE.test(words[1] ?? ''))) && words.every((word) => UNSPACED_FULL_NAME.test(word) && parseNameLabel(unspacedName(word)).title === null);
}

/**
 * `◎村山恵子 ○北沢茂 佐野真一` / `田村富士夫 清川謙次 藤井晴美各委員`: a committee's roll of full names, its chair marked ◎ and
 * vice-chair ○, the role of all after the last name (`各委員`), given to every name of the group so far without one.
 */
function addUnspacedNames(group: ParticipantGroup, cells: readonly string[]): void {
	for (const cell of cells) {
		const each = EACH_ROLE.exec(cell)?.groups;
		const name = unspacedName(cell);
		const title = cell.startsWith('◎') ? '委員長' : /^[○〇]/u.test(cell) ? '副委員長' : null;
		group.members.push({ text: cell, name, title, affiliation: null });
		if (each) for (const member of group.members) if (member.title === null && member.name !== null) member.title = each.role ?? null;
	}
}

/** The members of cells each a full name and an office staff post after it (`加藤五郎局長`, `吉田六郎主任`), two or more; null otherwise. */
function staffPairs(cells: readonly string[]): Member[] | null {
	const pairs = cells.map(readStaffPair);
	if (pairs.length < 2 || pairs.some((pair) => pair === null)) return null;
	return pairs.map((pair, i) => ({ text: cells[i] ?? '', name: pair?.name ?? null, title: pair?.post ?? null, affiliation: null }));
}

/** The members of a line of an office's staff, each a name and the post after it (`加藤五郎局長　吉田六郎主任`); null for any other line. */
export function staffRollMembers(text: string): Member[] | null {
	return staffPairs(trimSpaces(text).split(/[\s\u3000]+/u));
}

/** A company's or a body's department written between its name and who comes for it: `営業本部`, `技術開発部`, `東京支社`. */
const COMPANY_UNIT = /^[^\s\u3000、，,]{1,15}(?:本部|部門|事業部|部|課|室|センター|グループ|支社|支店|営業所)$/u;

/** True when the text reads as a post alone, held by no one named (`区長`, `企画経営部長`, `委員`). */
function isPost(post: string): boolean {
	const parts = parseNameLabel(post);
	return parts.name === null && parts.affiliation === null && parts.title === post;
}

/** A surname padded a space a letter to the column (`青 山`, `德 留`), then one space and a post: `青 山 区長`. */
const PADDED_SURNAME_POST = /^(?<surname>\p{Script=Han}(?: \p{Script=Han}){1,2}) (?<post>[^\s\u3000]{2,24})$/u;

/**
 * The cells of a ward's roll of officials by surname and post, the surname padded to the width of two letters (`青 山 区長`,
 * `荒 井 企画経営部長`; a surname of one letter the cell before its post, `原` / `施設課長`), each such as the turns label them
 * (`青山区長`, `原施設課長`), the other cells as they are; null when there is none. The padded surname had been read as a full
 * name (`青 山`, its surname 青), and a surname of one letter had been paired with the post of the next cell.
 */
function surnamesBeforePosts(cells: readonly string[]): string[] | null {
	const read: string[] = [];
	let found = false;
	for (let index = 0; index < cells.length; index++) {
		const cell = cells[index] ?? '';
		const padded = PADDED_SURNAME_POST.exec(cell)?.groups;
		const next = cells[index + 1] ?? '';
		// (A letter after another cell of one letter is the end of a name padded apart, `坂　本　和　也`, no surname of its own.)
		const alone = /^\p{Script=Han}$/u.test(cell) && [...(cells[index - 1] ?? '  ')].length > 1;
		const [surname, post] = padded ? [(padded.surname ?? '').replace(/ /gu, ''), padded.post ?? ''] : alone ? [cell, next] : ['', ''];
		// (So long as it reads back as that surname and post.)
		const parts = surname === '' || !isPost(post) ? null : parseNameLabel(`${surname}${post}`);
		if (parts?.name !== surname || parts.title !== post) {
			read.push(cell);
			continue;
		}
		read.push(`${surname}${post}`);
		found = true;
		if (!padded) index++;
	}
	return found ? read : null;
}

/**
 * The lines of a roll with a post held besides another joined back where a PDF's narrow column wrapped it after 兼 past the
 * holder's name, letters a space apart (`会 計 管 理 者 兼 高 畑 弥 一` over `会 計 課 長`): one line, the whole post, then the
 * name (`会計管理者兼会計課長 高 畑 弥 一`). The two lines had been members named no one, 会計 and 課長.
 */
function joinWrappedHeldPosts(lines: readonly SourceLine[]): SourceLine[] {
	const joined: SourceLine[] = [];
	for (let index = 0; index < lines.length; index++) {
		const source = lines[index]!;
		const words = source.text.length <= 80 ? trimSpaces(source.text).split(/[ \u3000]/u) : [];
		const at = words.indexOf('兼');
		const name = words.slice(at + 1);
		const post = words.slice(0, Math.max(at, 0)).join('');
		const rest = (lines[index + 1]?.text ?? '').replace(/[\s\u3000]/gu, '');
		if (at > 0 && name.length >= 2 && name.length <= 4 && name.every((word) => [...word].length === 1) && BARE_NAME.test(name.join('')) && rest.length >= 2 && rest.length <= 16 && isPost(post) && isPost(rest)) {
			joined.push({ ...source, text: `${post}兼${rest} ${name.join(' ')}` });
			index++;
			continue;
		}
		joined.push(source);
	}
	return joined;
}

/**
 * A cell of a post and a padded name one space apart, as a roll padded throughout sets them when the post leaves no room
 * (`委　員　若　松　康　平`, `議長　渡　部`): the post and the name as two cells, or null. The post is the longest run of the
 * first letters that reads as a post alone, the name two to four letters a space apart (a surname of three maybe whole,
 * `議 事 係 長 大久保 英 樹`); a long post may keep its first words whole (`教育委員会教 育 長 神 田 晃 正`).
 */
function postThenPaddedName(cell: string): string[] | null {
	const words = cell.split(/[ \u3000]/u);
	const single = (word: string): boolean => [...word].length === 1;
	if (words.length < 3) return null;
	// The name: two to four words of one letter, or a surname written whole before a given name padded so (`大久保　英　樹`; not
	// `北村　聡`, a name written plainly).
	const isName = (rest: readonly string[]): boolean => rest.length >= (single(rest[0] ?? '') ? 2 : 3) && rest.length <= 4 && [...(rest[0] ?? '')].length <= 3 && rest.slice(1).every(single) && BARE_NAME.test(rest.join(''));
	// (`議長　渡　部`: the post written whole; `委　員　吉　村`: padded as the name is; `教育委員会教 育 長`, `まちづくり 課 長`:
	// the post's first words written whole and the rest padded, as a PDF's text sets a post squeezed into its column.)
	// (`委員（教育長職務代理者）　杉　本　和　代`: a post with the role held in a bracket after it, as wide as its column.)
	const lead = [6, 5, 4, 3, 2, 1].find((count) => count <= words.length - 2 && words.slice(1, count).every(single) && (isPost(words.slice(0, count).join('')) || (count === 1 && bracketedPost(words[0] ?? '') !== null)) && isName(words.slice(count))) ?? 0;
	if (lead === 0) return null;
	return [words.slice(0, lead).join(single(words[0] ?? '') ? '\u3000' : ''), words.slice(lead).join('\u3000')];
}

/** The word an owners' association's roll sets before its managing agent: `管理会社`, `管理受託会社`. */
const MANAGING_COMPANY_WORD = new RegExp(`^${MANAGING_AGENT_WORD}$`, 'u');

/**
 * The managing agent's word padded apart from the company and who comes for it (`管理会社　　　みどり管理サービス株式会社　フロント担当　青木`):
 * one cell, the word before the company (it had been an entry of its own, no one, beside the person).
 */
function joinManagingCompany(cells: readonly string[]): string[] {
	const out: string[] = [];
	for (let index = 0; index < cells.length; index++) {
		const cell = cells[index] ?? '';
		const next = cells[index + 1];
		if (next !== undefined && MANAGING_COMPANY_WORD.test(cell) && isOrganisation(next.split(/[\s\u3000]/u)[0] ?? '')) {
			out.push(`${cell}\u3000${next}`);
			index++;
		} else out.push(cell);
	}
	return out;
}

/** A letter of a name or a post set apart in a roll's line: a kanji or a kana. */
const TRACKED_LETTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]$/u;

/**
 * A roll's line set in wide tracking, every letter and the gap between post and name the same run of spaces
 * (`議　　長　　木　　村　　大　　輔`), a blank letter's cell where a short name ends twice as wide (`議　　員　　浅　　沼　　　　勇`),
 * the post maybe written whole or padded a narrower space a letter (`副 議 長　　重　　田　　元　　子`, `総務課長　　梅　　田　　久　　美`),
 * as a 全員協議会's record from a word processor's table sets its roll: one entry, the longest post the first letters make and the
 * name after it (`議長 木村大輔`, `議員 浅沼 勇`); the name alone when no post opens the line. Null for any other line (each
 * letter had been an entry of its own).
 */
function wideTrackedEntry(text: string): string | null {
	const runs = trimSpaces(text).split(/([\s\u3000]{2,})/u);
	const cells = runs.filter((_, index) => index % 2 === 0).map((cell) => cell.replace(/[ \u3000]/gu, ''));
	const gaps = runs.filter((_, index) => index % 2 === 1).map((gap) => [...gap].length);
	if (cells.length < 3 || cells.length > 14) return null;
	const unit = Math.min(...gaps);
	if (!gaps.every((gap) => gap === unit || gap === unit * 2)) return null;
	const first = [...(cells[0] ?? '')].length > 1 ? 1 : 0;
	if (!cells.slice(first).every((cell) => TRACKED_LETTER.test(cell))) return null;
	// The name from a cell on: its letters together, a space where a wider gap leaves a blank letter (two to five letters).
	const nameFrom = (cut: number): string | null => {
		const letters = cells.length - cut;
		if (letters < 2 || letters > 5 || gaps[cut - 1] === unit * 2) return null;
		return cells.slice(cut).map((cell, index) => (index > 0 && gaps[cut + index - 1] === unit * 2 ? ` ${cell}` : cell)).join('');
	};
	let found: string | null = null;
	for (let cut = 1; cut <= Math.min(8, cells.length - 2); cut++) {
		if (first === 1 && cut > 1) break;
		const post = cells.slice(0, cut).join('');
		const name = nameFrom(cut);
		if (name !== null && (isPost(post) || SHARED_ROLE.test(post))) found = `${post} ${name}`;
	}
	// (A name alone: four letters at least, or a blank letter's gap in it; `甲  乙  丙` is no name.)
	return found ?? (first === 0 && (cells.length >= 4 || gaps.includes(unit * 2)) ? nameFrom(0) : null);
}

/** The width of a name a roll pads a half-width space a letter to four letters' cells (`木 村 大 輔`, `千 田   勇`). */
const PADDED_NAME_WIDTH = 7;

/**
 * A line of two names or more padded a half-width space a letter to four letters' cells, one space between them
 * (`木 村 大 輔 重 田 元 子`, `稲 垣   修 堀 田 光 博`), as a 協議会's or a committee's roll sets its members two a line: each name,
 * or null for any other line (the names had run into one entry naming no one, or been cut where a blank letter left a gap).
 */
function pairedPaddedNames(text: string): string[] | null {
	const line = trimSpaces(text);
	const pitch = PADDED_NAME_WIDTH + 1;
	if (line.length < pitch * 2 - 1 || line.length > pitch * 4 || (line.length + 1) % pitch !== 0) return null;
	const chars = [...line];
	if (chars.length !== line.length || !chars.every((char, index) => (index % 2 === 1 ? char === ' ' : char === ' ' || TRACKED_LETTER.test(char)))) return null;
	const names: string[] = [];
	for (let from = 0; from < chars.length; from += pitch) {
		const cell = chars.slice(from, from + PADDED_NAME_WIDTH).join('');
		const letters = cell.replace(/ /gu, '');
		if (!TRACKED_LETTER.test(cell[0] ?? '') || [...letters].length < 2 || isPost(letters) || SHARED_ROLE.test(letters) || parseNameLabel(letters).title !== null) return null;
		names.push(readPaddedName(cell));
	}
	return names;
}

/** Split a line without 、 at full-width spaces when every piece names someone with a role or affiliation (`後藤座長　鶴飼構成員`), and always at runs of two or more spaces. */
function splitSpaced(text: string): string[] {
	const tracked = wideTrackedEntry(text);
	if (tracked !== null) return [tracked];
	const pairedNames = pairedPaddedNames(text);
	if (pairedNames !== null) return pairedNames;
	const wide = joinManagingCompany(text.split(/[\s\u3000]{2,}/u).map(trimSpaces).filter((entry) => entry !== ''));
	// `委員　　総務部長　広瀬 達也`, `委員　　衛生管理者　今井 沙織`: the role held at the meeting padded to its column's width (as wide
	// as `委員長　`), then the office the member holds and the name: one entry, read as with one space (the role had been an entry
	// of no one, the office the member's post).
	// (So `副委員長　副支店長　　森山　千里`, the gap after the office: four words at most, the role first.)
	const rowWords = trimSpaces(text).split(/[\s\u3000]+/u);
	if (wide.length > 1 && rowWords.length <= 4 && ROLE_TITLES.includes(rowWords[0] ?? '') && postFirst(trimSpaces(text))?.affiliation) return [trimSpaces(text)];
	// (`副理事長　３－１０５　　仁科　美穂`: an officer by post, building and room, and name, the gap before the name: one entry.)
	if (wide.length > 1 && readRoomRow(trimSpaces(text)) !== null) return [trimSpaces(text)];
	if (wide.length > 1) return (surnamesBeforePosts(wide) ?? wide).flatMap((cell) => postThenPaddedName(cell) ?? splitSpaced(cell));
	const paired = postThenPaddedName(trimSpaces(text));
	if (paired) return paired;
	const pieces = text.split('\u3000').map(trimSpaces).filter((entry) => entry !== '');
	// `株式会社ＡＢＣクラウド　山田部長`: a company and who comes for it, one entry (a council's 説明者); so with the company's
	// department between (`株式会社アクアテック　営業本部　大森部長`: it had been three entries, the company and the department no one).
	const last = pieces.at(-1) ?? '';
	if (pieces.length >= 2 && pieces.length <= 4 && isOrganisation(pieces[0] ?? '') && parseNameLabel(pieces[0] ?? '').name === null && pieces.slice(1, -1).every((piece) => COMPANY_UNIT.test(piece)) && isPersonLabel(last) && parseNameLabel(last).affiliation === null) return [text];
	const named = pieces.length >= 2 && pieces.every((piece) => {
		// (`◎伊藤真一委員長　○島崎よう子副委員長　…`: the chair's and the vice-chair's marks are no part of the entry.)
		const parts = parseNameLabel(piece.replace(ROLL_MARK, ''));
		return (parts.name !== null && (parts.title !== null || parts.affiliation !== null)) || (parts.name === null && parts.affiliation !== null);
	});
	if (named || staffPairs(pieces) !== null) return pieces;
	// `森田朗会長 印南一路委員 関原健夫委員`: single spaces between entries that each name someone with a role.
	const words = text.split(/[ \u3000]+/u).filter((entry) => entry !== '');
	// (`Ａ委員（座長）　Ｂ委員　委員Ｃ`, `委員（番号１）　委員（番号２）`: members the record keeps unnamed, each an entry.)
	if (words.length >= 2 && words.every((word) => isPersonLabel(word) || isAnonymisedMember(word))) return words;
	// `◎村山恵子 ○北沢茂 佐野真一 大久保道雄`, `田村富士夫 清川謙次 藤井晴美各委員`: full names written without a space, one
	// space between them (three or more characters each, so no surname and given name written apart).
	if (isUnspacedRoll(words)) return words;
	// `委員 青山拓 石川みどり 大谷昭子`: a role heading such names, as a city's page writes its roll in a table's cell (they had been
	// one entry naming no one): a cell each, the role shared by the names after it as at wide gaps.
	const [role = '', ...names] = words;
	// (Three names or more: `委員 長谷川 美智子` is one member, a surname and a given name of three letters each.)
	if (names.length >= 3 && SHARED_ROLE.test(role) && names.every((word) => UNSPACED_FULL_NAME.test(word) && !/^[◎○〇]/u.test(word) && parseNameLabel(word).title === null)) return words;
	return [text];
}

/** The words of an editorial note after a reference mark: `※五十音順` → `五十音順`. */
function markedNote(text: string): string {
	return trimSpaces(text.replace(/^※/u, ''));
}

/** The inside of an editorial bracket: `（敬称略、五十音順）` → `敬称略、五十音順`. */
function editorialNote(bracket: string): string {
	return trimSpaces(bracket.slice(1, -1));
}

/**
 * A numbered or bulleted group heading inside 出席者 (`（１）委員（敬称略）`, `(2) 総務省`, `１　構成員`, `・構成員`):
 * the group name without the numbering and its editorial note. Numbered lines are groups unless they name a person;
 * bulleted lines only with a group word (a bulleted organisation is a member).
 */
function numberedGroup(text: string): { group: string; note: string | null } | null {
	const match = GROUP_NUMBER.exec(text);
	if (!match?.groups) return null;
	const rest = trimSpaces(match.groups.rest ?? '');
	// `（１）理事　　７名中６名出席`: the head count after the group's word, a note on it.
	const counted = COUNT_AFTER_GROUP.exec(rest)?.groups;
	if (counted && GROUP_NUMBER.exec(text)?.groups?.bullet === undefined) return { group: counted.group ?? '', note: counted.count ?? null };
	const tail = EDITORIAL_TAIL.exec(rest);
	const group = trimSpaces(tail?.groups?.group ?? rest);
	const note = tail?.groups?.note ? editorialNote(tail.groups.note) : null;
	if (group === '' || [...group].length > 20 || /[、，,:：\s\u3000（(【]/u.test(group)) return null;
	const word = GROUP_WORD.test(group);
	if (match.groups.bullet !== undefined) return word ? { group, note } : null;
	return word || parseNameLabel(group).name === null ? { group, note } : null;
}

/** Add an editorial note to a group's, each part once: `敬称略` + `五十音順、敬称略` → `敬称略、五十音順`. */
function addNote(group: { note?: string | undefined }, note: string): void {
	const parts = new Set([...(group.note?.split('、') ?? []), ...note.split('、')].map(trimSpaces).filter((part) => part !== ''));
	group.note = [...parts].join('、');
}

/** A group's name, then words saying nobody is in it: `傍聴者　なし`, `傍聴：なし`, `欠席者（なし）`. */
const NONE_AFTER_GROUP = /^(?<group>[^\s\u3000:：（(、，,]{1,12})(?:[\s\u3000]*[:：][\s\u3000]*|[\s\u3000]+|(?=[（(]))(?<none>[^\s\u3000:：]{1,6})$/u;

/** What a roster row says after the name: attendance, proxy, the meeting role (`出席`, `欠席 委任状有`, `議長`), an attendance table's mark (`○`, `×`). */
const ROSTER_STATUS = /^(?:出席|欠席|出|欠|[○◯〇×✕△]|遅刻|早退|途中退席|委任状有|委任状あり|委任状提出|代理出席|代理|議長|副議長|書記|司会|記録)$/u;
/** A remarks column's cell after a roster row's status, no sentence (`オンライン`, `所用`, `代理：小林 恵`). */
const ROSTER_NOTE = /^[^。．？！?!]{1,20}$/u;
/** Whether a member attended, in brackets at the end of the entry: `（出席）`, `（欠席）` (how they attended, `（オンライン）`, stays their affiliation's note as before). */
const ATTENDANCE = /[（(](?:出席|欠席|遅刻|早退|途中退席)[）)]$/u;
/** How the member attended, in brackets right after another bracket closing the entry: `…（みなと市）（オンライン）`. */
const MODE_AFTER_BRACKET = /[）)][（(](?<mode>[^（()）]{1,10})[）)]$/u;
/** A note after a reference mark at the end of an entry: `※オンライン参加`, `　※代理出席`. */
const MARKED_NOTE = /[\s\u3000]*※[^※（）()、，,]{1,20}$/u;
/** A roster row: post, name (maybe its surname and given name a space apart), then its status (`副会長/総務 石井健 出席`, `会長  大野正人 議長`, `書記⇥柴田　美穂⇥○`). */
const ROSTER_ROW = /^(?<post>[^\s\u3000]{1,12})[\s\u3000]+(?<name>[\p{Script=Han}々ヶ][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,7}(?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,4})?)[\s\u3000]+(?<status>\S.*)$/u;

/** A member of a roster row (the post its title, the name as written), or null when the line is no such row. */
function readRosterRow(text: string): Member | null {
	const row = ROSTER_ROW.exec(text);
	// (A name's second word that is a status, `三好和夫 欠席 委任状有`, is the status's.)
	const [surname = '', given = ''] = row?.groups?.name?.split(/[ \u3000]/u) ?? [];
	const apart = given !== '' && ROSTER_STATUS.test(given);
	const status = `${apart ? `${given} ` : ''}${row?.groups?.status ?? ''}`.split(/[\s　]+/u).filter((word) => word !== '');
	// (A remarks column after the status, `理事　三浦 拓也　○　オンライン`, `…　×　所用`: the row's note, kept in its text.)
	const [mark = '', ...after] = status;
	if (!row?.groups || !ROSTER_STATUS.test(mark) || !(after.every((word) => ROSTER_STATUS.test(word)) || ROSTER_NOTE.test(after.join(' ')))) return null;
	return { text, name: apart ? surname : (row.groups.name ?? null), title: row.groups.post ?? null, affiliation: null };
}

/** A table's row of a role (or 同, the role above again), a wide gap, the name and the affiliation. */
const ROLE_NAME_ROW = /^(?<role>\p{Script=Han}[ \u3000]{1,3}\p{Script=Han}(?=[\s\u3000]{2})|[^\s\u3000]{1,8})[\s\u3000]+(?<rest>\S.*)$/u;
/** The name at the start of the row's rest: surname, one space, given name (`石黒　不二代`), or a name written together then a wide gap. */
/** A foreign name in katakana at the start of a row's rest, then a gap or the affiliation's bracket (`ジョン・スミス（市民委員）`). */
const FOREIGN_ROW_NAME = new RegExp(`^(?<name>${KATAKANA_FULL_NAME})(?:[（(](?<from>[^（()）]{1,30})[）)]|[\\s\\u3000]+(?<affiliation>\\S.{1,60}))$`, 'u');
const ROW_NAME = /^(?:(?<surname>[\p{Script=Han}々ヶ]{1,4})[ \u3000](?<given>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,4})|(?<whole>[\p{Script=Han}々ヶ]{2,6}))[\s\u3000]+(?<affiliation>\S.{1,60})$/u;

/**
 * A row of a roll set as a table (`会長　　　山田　昌弘　　中央大学文学部教授`, `同　　　　井上　久美枝　…総合政策推進局長`), or
 * with single spaces as a 内閣府 council's page lists its members (`議長 岸田 文雄 内閣総理大臣`, `同 新藤 義孝 内閣府特命担当大臣
 * （経済財政政策）`): the role, the name and the affiliation; `同` (`〃`, `同上`) takes the role of the row above. Null for any other line.
 */
function readRoleNameRow(text: string, above: string | null): Member | null {
	const row = ROLE_NAME_ROW.exec(trimSpaces(text))?.groups;
	if (!row) return null;
	const ditto = DITTO_ALONE.test(row.role ?? '');
	// (`会　長`, `委　員`: a role padded to the column's width.)
	const role = ditto ? above : (row.role?.replace(/[ \u3000]/gu, '') ?? null);
	if (role === null || !(ditto || ROLE_TITLES.includes(role) || /^(?:臨時)?議員$/u.test(role))) return null;
	// (`同　　　ジョン・スミス（市民委員）`: a member with a foreign name.)
	// (Where they come from in brackets right after the name is their affiliation without the brackets, as in any entry.)
	const foreign = FOREIGN_ROW_NAME.exec(row.rest ?? '')?.groups;
	const from = foreign?.from ?? trimSpaces(foreign?.affiliation ?? '');
	if (foreign && isRowAffiliation(from)) return { text: trimSpaces(text), name: foreign.name ?? null, title: role, affiliation: from };
	// (`会　長　　本　多　　　隆　（やまなみ大学名誉教授）`: the name padded a space a letter to its column, the affiliation after it;
	// its first two letters had been read as the name, the rest as the affiliation.)
	const padded = PADDED_ROW_NAME.exec(row.rest ?? '')?.groups;
	const paddedFrom = trimSpaces(padded?.from ?? padded?.affiliation ?? '');
	if (padded?.name && isRowAffiliation(paddedFrom)) return { text: trimSpaces(text), name: readPaddedName(padded.name), title: role, affiliation: paddedFrom };
	const named = ROW_NAME.exec(row.rest ?? '')?.groups;
	if (!named) return null;
	// (Written together, the name must be apart from the affiliation by a wide gap.)
	if (named.whole !== undefined && !/^[\p{Script=Han}々ヶ]{2,6}[\s\u3000]{2,}/u.test(row.rest ?? '')) return null;
	// (`本多　隆　（やまなみ大学名誉教授）`: the affiliation in its bracket, set apart from the name, is read without the bracket.)
	const affiliation = trimSpaces(named.affiliation ?? '').replace(/^[（(](?<inner>[^（()）]+)[）)]$/u, '$<inner>');
	if (!isRowAffiliation(affiliation)) return null;
	const name = named.whole ?? `${named.surname}　${named.given}`;
	return { text: trimSpaces(text), name, title: role, affiliation };
}

/** A name padded a space a letter at the start of a row's rest, then its affiliation in a bracket or after a wide gap: `本　多　　　隆　（やまなみ大学名誉教授）`. */
const PADDED_ROW_NAME = /^(?<name>[\p{Script=Han}々ヶ](?:[ \u3000]{1,3}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]){1,5})(?:[ \u3000]*[（(](?<from>[^（()）]{2,40})[）)]|[ \u3000]{2,}(?<affiliation>[^\s\u3000（()）]{2}.{0,60}))$/u;

/** A full name in a table's last cell: a surname, one space, the given name (`斉藤　浩`, `平野　直樹`). */
const LAST_CELL_NAME = /^[\p{Script=Han}々ヶ]{1,4}[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,4}$/u;

/**
 * A row of a council's roll set as a table of role, affiliation and name, wide gaps between the cells (`会長　　さくら町副町長
 * 斉藤　浩`, `委員　　さくら交通株式会社　営業部長　　平野　直樹`, as a town's 協議会 lists its members): one member. Null for any
 * other line.
 */
function readRoleAffiliationNameRow(text: string, above: string | null): Member | null {
	const cells = trimSpaces(text).split(/[\s\u3000]{2,}/u);
	if (cells.length !== 3) return null;
	const [cell = '', affiliation = '', name = ''] = cells;
	// (`同　　　　　４０１　　野口　恵` under `理事　　　　３０２　　川口　誠`: 同 takes the role of the row above.)
	const role = DITTO_ALONE.test(cell) ? above : cell;
	if (role === null || !ROLE_TITLES.includes(role)) return null;
	if (!LAST_CELL_NAME.test(name) || !(isRowAffiliation(affiliation) || ROOM.test(affiliation)) || /[、，,。]/u.test(affiliation)) return null;
	return { text: trimSpaces(text), name, title: role, affiliation };
}

/**
 * A row of a roll's post padded to its column, the member's town or group in brackets and the name padded to its cell
 * (`委　　員　（北見沢町）　谷　口　昭　雄`, as a joint body's committee lists its members by the town that sent them).
 */
const ROLE_BRACKET_NAME_ROW = /^(?<role>\S(?:[ \u3000]{1,3}\S){0,4})[ \u3000]*[（(](?<from>[^（()）\s\u3000]{1,20})[）)][ \u3000]+(?<name>[\p{Script=Han}々ヶ](?:[ \u3000]{0,3}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]){1,7})$/u;

/** A town, a village or a city that sends members to a joint body (`南原村`, `北見沢町`). */
const MUNICIPALITY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ヶ々ー]{1,8}[市町村区]$/u;

/** Such a row as one member, the post the title and the bracket the affiliation (the padded post had been cut in two); null for any other line. */
function readRoleBracketNameRow(text: string, above: string | null): Member | null {
	const row = ROLE_BRACKET_NAME_ROW.exec(trimSpaces(text))?.groups;
	if (!row) return null;
	const written = row.role?.replace(/[ \u3000]/gu, '') ?? '';
	const role = DITTO_ALONE.test(written) ? above : written;
	if (role === null || !(ROLE_TITLES.includes(role) || /^(?:臨時)?議員$/u.test(role)) || !(isRowAffiliation(row.from ?? '') || MUNICIPALITY.test(row.from ?? ''))) return null;
	return { text: trimSpaces(text), name: readPaddedName(row.name ?? ''), title: role, affiliation: row.from ?? null };
}

/** The rolls of those a committee hears: `参考人`, `請願者`, `陳情者`. */
const HEARD_GROUP = /(?:参考人|請願者|陳情者|請願人|陳情人|公述人)/u;
/** A row's post (one word, no space in it), a wide gap, then the rest. */
const HEARD_ROW = /^(?<post>\S+)[\s\u3000]{2,}(?<rest>\S.*)$/u;
/** A name padded to its cell (`小　松　真　紀`, `田口恵理`), maybe with 君, さん or 氏. */
const PADDED_NAME_CELL = /^(?<name>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー](?:[ \u3000]{0,3}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]){1,7})[ \u3000]*(?:君|さん|氏)?$/u;

/**
 * A row of those heard: what they are (a body's post, `ひまわり交通株式会社代表取締役社長`, `…協議会会長`, `代表`), a wide gap and the
 * name padded to its cell. Null for any other line.
 */
function readHeardRow(text: string): Member | null {
	const row = HEARD_ROW.exec(trimSpaces(text))?.groups;
	const post = row?.post ?? '';
	const name = PADDED_NAME_CELL.exec(row?.rest ?? '')?.groups?.name;
	if (name === undefined || !isRowAffiliation(post)) return null;
	const read = readPaddedName(name);
	if ([...read.replace(/ /gu, '')].length > 6 || isRowAffiliation(read.replace(/ /gu, ''))) return null;
	return { text: trimSpaces(text), name: read, title: post, affiliation: null };
}

/** A spaced full name in a row's second cell, maybe with the member's role and a note in brackets: `石川　直樹委員`, `村上　修（…委員代理）`. */
const SPACED_NAME_CELL = /^(?<name>[\p{Script=Han}々ヶ]{1,4}[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,4}?)(?<role>委員|構成員)?(?:[（(][^（()）]{1,20}[）)])?$/u;
/** How an office's post ends in a row's first cell: `…事務所長`, `…予防課長`, `…企画官`, `…技監`. */
const ROW_POST = /^[^\s\u3000（()）、，,]{3,24}(?:長|官|監)$/u;

/**
 * A row of an official sitting for their office: the post, a wide gap and the full name, maybe with the role and a note
 * (`ひばり消防署予防課長　　　村上　修（長谷川　誠委員代理）`, `北部建設事務所長　　石川　直樹委員`): one member, the post their
 * title, or their affiliation when the role follows the name (the wide gap had made the post a member of its own). Null for
 * any other line.
 */
function readPostNameRow(text: string): Member | null {
	const row = HEARD_ROW.exec(trimSpaces(text))?.groups;
	const post = row?.post ?? '';
	const cell = SPACED_NAME_CELL.exec(row?.rest ?? '')?.groups;
	if (!cell?.name || !ROW_POST.test(post) || ROLE_TITLES.includes(post)) return null;
	// (The entry as a roll writes it, post and name one space apart, whatever the cell's width.)
	return { text: `${post}\u3000${row?.rest ?? ''}`, name: cell.name, title: cell.role ?? post, affiliation: cell.role === undefined ? null : post };
}

/** An owners' association's room in a table's cell: `１０１`, `４０１号室`; an estate's building before it, a dash between (`1-203`, `３－１０５`). */
const ROOM = /^(?:[0-9０-９]{1,2}[-－‐−])?[0-9０-９]{2,4}(?:号室|号)?$/u;

/** A room written as one, not a number alone: `４０１号室`, `401号`; or an estate's building and room, a dash between (`1-203`, `３－１０５号室`). */
const ROOM_WORD = String.raw`[0-9０-９]{2,4}号室?|[0-9０-９]{1,2}[-－‐−][0-9０-９]{2,4}(?:号室?)?`;
/**
 * An owners' association's officer by room, post and name, the room before the post or after it, the post maybe with its charge in
 * brackets: `101号室　理事長　John Smith`, `305号室　理事（会計担当）　北村　悠`, `理事長　　502号室　木下　智史`.
 */
const ROOM_POST_NAME = new RegExp(
	String.raw`^(?:(?<room>${ROOM_WORD})[\s\u3000]+(?<post>[^\s\u3000（()）0-9０-９]{1,8}(?:[（(][^（()）]{1,12}[）)])?)|(?<post2>[^\s\u3000（()）0-9０-９]{1,8}(?:[（(][^（()）]{1,12}[）)])?)[\s\u3000]+(?<room2>${ROOM_WORD}))[\s\u3000]+(?<name>\S.{0,30})$`,
	'u',
);
/** A name in Latin letters, maybe of several words: `John Smith`, `Robert O'Neil`, `Chen Wei`. */
const LATIN_NAME = /^[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ.'’\-]*(?:[ \u3000][A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ.'’\-]*){1,3}$/u;

/**
 * Such a row as one member: the name, the post (its charge kept in brackets) and the room as where they are from; null when the
 * post is no officer's or the name no person's (each of the three had been an entry of its own, or a member without a name).
 */
function readRoomRow(text: string): Member | null {
	const row = ROOM_POST_NAME.exec(trimSpaces(text))?.groups;
	if (!row) return null;
	const post = row.post ?? row.post2 ?? '';
	const base = post.replace(/[（(][^（()）]*[）)]$/u, '');
	if (!ROLE_TITLES.includes(base) && !/(?:理事長|理事|監事|役員|会計|書記)$/u.test(base)) return null;
	const name = roomHolder(row.name ?? '');
	return name === null ? null : { text: trimSpaces(text), name, title: post, affiliation: row.room ?? row.room2 ?? null };
}

/** The person after a room, as written: a name in Latin letters, a full name or a surname (of one letter too, `林`); null for anything else. */
function roomHolder(text: string): string | null {
	const written = trimSpaces(text);
	if (LATIN_NAME.test(written)) return written;
	const person = parseNameLabel(written.replace(/[ \u3000]{2,}/gu, '\u3000'));
	if (person.title === null && person.affiliation === null && person.name !== null) return person.name;
	// (`５０２号室　林`: a surname of one letter after the room, who no other reading names.)
	return /^[\p{Script=Han}々]$/u.test(written) && person.title === null ? written : null;
}

/** A room, then who lives there (`６０８号室　松井`), as an owners' association lists the others holding the post of the entry before. */
const ROOM_THEN_NAME = /^(?<room>[0-9０-９]{2,4}号室?)[\s\u3000]+(?<name>\S.{0,20})$/u;

/**
 * A room row and more rooms after it, the post written once (`理事　　４０３号室　中川、６０８号室　松井`): each a member holding that
 * post, by their room; null unless every entry after the first is a room and a person (they had been members without a name, the
 * post lost).
 */
function readRoomRows(entries: readonly string[]): Member[] | null {
	const first = readRoomRow(entries[0] ?? '');
	if (!first || entries.length < 2) return null;
	const others: Member[] = [];
	for (const entry of entries.slice(1)) {
		const row = ROOM_THEN_NAME.exec(trimSpaces(entry))?.groups;
		const name = row ? roomHolder(row.name ?? '') : null;
		if (!row || name === null) return null;
		others.push({ text: trimSpaces(entry), name, title: first.title, affiliation: row.room ?? null });
	}
	return [first, ...others];
}

/** How a table's affiliation cell reads: a body's name or a post, an office or a profession (`弁護士`, `…教授`, `…事務局長`). */
function isRowAffiliation(text: string): boolean {
	// (A licensed profession, `公認会計士`, `税理士`, `薬剤師`, and a post ending in 監, `デジタル監`, `技監`, too.)
	// (So is a neighbourhood's body, `あおば第一町内会`, `老人クラブ連合会`, as a 社協's or a PTA's roll gives where each member comes
	// from: such a row had been no one.)
	return isOrganisation(text) || PROFESSION.test(text) || LOCAL_BODY_END.test(text) || /(?:教授|准教授|講師|長|員|役|理事|委員|代表|会員|士|師|監|研究員|客員|大臣|総裁|官|経験者|有識者|[)）])$/u.test(text);
}
/** A profession that a roll gives for a member of no body: `林業ジャーナリスト`, `経営コンサルタント`, `作家`. */
const PROFESSION = /(?:ジャーナリスト|コンサルタント|アナリスト|エコノミスト|デザイナー|プランナー|ライター|アドバイザー|コーディネーター|カウンセラー|キャスター|アナウンサー|プロデューサー|ディレクター|作家|評論家|農業|漁業|自営業|主婦)$/u;

/** A full name written with a space at a cell's start (`鈴木　一郎委員`): another member, no affiliation. */
const SPACED_NAME_START = /^[\p{Script=Han}々ヶ]{1,4}[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,4}(?:$|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー])/u;
/**
 * A roll's row without a role column: the name (its role in brackets after it), a wide gap, the affiliation; after the role's
 * bracket one space is gap enough (`村井　純一（座長）　慶應湘南大学名誉教授`).
 */
const NAME_AFFILIATION_ROW = /^(?<name>[\p{Script=Han}々ヶ]{1,4}[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,4}(?:[（(【][^（()）【】\s\u3000]{1,10}[）)】])?)(?<gap>[\s\u3000]{2,}|(?<=[）)】])[\s\u3000]|[ \u3000])(?<affiliation>[^\s\u3000].{0,60})$/u;
/** The member's role in brackets closing the affiliation's cell: `あおば県商工会連合会副会長　（委員長）`. */
const ROLE_AFTER_AFFILIATION = /[\s\u3000]*[（(](?<role>[^（()）\s\u3000]{1,8})[）)]$/u;

/**
 * A row of a roll set as a table of name and affiliation (`大沢　康（座長）　　東和大学法学部教授`, `北条　奈緒　　　　弁護士`):
 * one member, the affiliation theirs (the wide gap had made the affiliation a member of its own). Null for any other line.
 */
function readNameAffiliationRow(text: string): Member | null {
	// (`○相沢　正樹　　　北東医科大学医学部教授`: the chair's mark before the name, which a legend under the roll explains, `○は座長`.)
	const mark = ROLL_MARK.exec(trimSpaces(text))?.[0] ?? '';
	const row = NAME_AFFILIATION_ROW.exec(trimSpaces(text).slice(mark.length))?.groups;
	const affiliation = trimSpaces(row?.affiliation ?? '');
	if (!row || !isRowAffiliation(affiliation) || /[、，,。]/u.test(affiliation) || SPACED_NAME_START.test(affiliation)) return null;
	// (`小野寺　晴美　林業ジャーナリスト`, `堀田　宗一郎　県立森林研究所　主任研究員`: one space after the name, as a PDF's roll is copied,
	// when what follows is an organisation or a profession of three letters or more, no bracket in it: never a given name, nor a role
	// of the body's own with the affiliation in brackets, `中川　智子　委員長　（北陵大学…教授）`.)
	if (row.gap?.length === 1 && !/[）)】]$/u.test(row.name ?? '') && ([...affiliation].length < 3 || /[（()）【】]/u.test(affiliation) || !(isOrganisation(affiliation.split(/[\s\u3000]/u)[0] ?? '') || PROFESSION.test(affiliation)))) return null;
	// (`委　員　　グエン・ティ・ラン（…）`: a post padded to its column is no name, nor the next cell an affiliation.)
	if (ROLE_TITLES.includes((row.name ?? '').replace(/[\s\u3000]/gu, ''))) return null;
	const read = parseMember(row.name ?? '');
	if (read.name === null || read.affiliation !== null) return null;
	const member = { ...read, text: `${mark}${read.text}` };
	// (`山本　伸太郎　　委員長`: a role of the body's own in the next cell is the member's post, no affiliation.)
	if (member.title === null && ROLE_TITLES.includes(affiliation)) return { ...member, text: trimSpaces(text), title: affiliation };
	// (`上野　隆　　　…連合会副会長　（委員長）`: the role the member holds here, in brackets after the affiliation, is their title.)
	const role = ROLE_AFTER_AFFILIATION.exec(affiliation);
	const held = role?.groups?.role ?? '';
	if (role && member.title === null && ROLE_TITLES.includes(held) && role.index > 0) return { ...member, text: trimSpaces(text), title: held, affiliation: affiliation.slice(0, role.index) };
	return { ...member, text: trimSpaces(text), affiliation };
}

/** Marks explaining roles after the list: `(◎部会長、○副部会長)`. */
const MARK_LEGEND = /^[（(](?<inner>[◎○〇●◇◆☆★][^（）()、，,]{1,12}(?:[、，,][\s\u3000]*[◎○〇●◇◆☆★][^（）()、，,]{1,12})*)[）)]$/u;
/**
 * The same after a note's mark, the marks apart by spaces: `（注）◎座長　○座長代理`, `注）◎部会長、○部会長代理`, `※◎は座長`;
 * each role one the rolls know, so a marked name is never read as one.
 */
const NOTED_MARK_LEGEND = /^(?:[（(]注[）)]|注[）)]|※|(?=[◎○〇●◇◆☆★]は))[\s\u3000]*(?<inner>[◎○〇●◇◆☆★][^（）()、，,\s\u3000]{1,12}(?:(?:[、，,][\s\u3000]*|[\s\u3000]+)[◎○〇●◇◆☆★][^（）()、，,\s\u3000]{1,12})*)$/u;
/** A head count, as a regex source: `計５名`, `五名`, `15人`. */
const COUNT = '計?(?:[0-9０-９]{1,4}|[〇一二三四五六七八九十]{1,4})[名人]';
/** The others after those named, counted: `ほか委員６名（うちＷＥＢ参加２名）`, `他３名`. */
const OTHERS_COUNTED = new RegExp(`^(?:ほか|他|外)[\\s\\u3000]*[^\\s\\u3000（()）0-9０-９]{0,6}?${COUNT}(?:[（(][^（()）]{1,30}[）)])?$`, 'u');
/** The list's head count in brackets closing its last entry: `（４名）` of `…、深山慎子（４名）`. */
const COUNT_CLOSING_LIST = new RegExp(`[（(](?<count>(?:以上)?${COUNT})[）)]$`, 'u');
/** A role, then in brackets the town its members come from, alone on the line: `委員 (東浦町)`, `委員（南原村）`. */
const ROLE_THEN_TOWN = /^(?<role>[^\s\u3000（()）]{1,6})[\s\u3000]*[（(](?<town>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,10}[都道府県市区町村])[）)]$/u;
/** A head count closing a line of names after a space: `以上11名` of `立 花   智 以上11名`, `1名` of `柚 木 昭 男 1名`. */
const COUNT_AFTER_NAMES = new RegExp(`(?<=[^\\s\\u30000-9０-９])[\\s\\u3000]+(?<count>(?:以上)?${COUNT})$`, 'u');
/** The others counted after a space at the end of an entry: `田中次長　他２名`. */
const OTHERS_AFTER_SPACE = new RegExp(`(?<=[^\\s\\u3000])[\\s\\u3000]+(?:ほか|他|外)[\\s\\u3000]*[^\\s\\u3000（()）0-9０-９]{0,6}?${COUNT}(?:[（(][^（()）]{1,30}[）)])?$`, 'u');
/**
 * The others after a post written right after it, counted or not: `障害福祉課長ほか4名`, `道路建設課長ほか` (those with the official,
 * none named).
 */
const OTHERS_AFTER_POST = new RegExp(`(?<=[長官監幹])ほか(?:[\\s\\u3000]*[^\\s\\u3000（()）0-9０-９]{0,6}?${COUNT}(?:[（(][^（()）]{1,30}[）)])?)?$`, 'u');
/** Staff of the same office as the post before, counted (spaces left out): `同課担当２名`, `同室職員３名`. */
const SAME_OFFICE_COUNT = new RegExp(`^同[^0-9０-９、，,（()）]{1,8}${COUNT}$`, 'u');
/** A head count after the last name: `〔計５名〕`, `（計5名）`. */
const HEAD_COUNT = new RegExp(`[〔（(]${COUNT}[〕）)]$`, 'u');

/** The roles of a mark legend line, as mark → role, or null when the line is no legend. */
function readMarkLegend(text: string): Map<string, string> | null {
	const bracketed = MARK_LEGEND.exec(trimSpaces(text))?.groups?.inner;
	const noted = bracketed === undefined ? NOTED_MARK_LEGEND.exec(trimSpaces(text))?.groups?.inner : undefined;
	const inner = bracketed ?? noted;
	if (inner === undefined) return null;
	// (`（◎は座長）`, `（◎：座長）`: the mark, a word or a colon, then the role.)
	const entries = inner.split(noted === undefined ? /[、，,]/u : /[、，,\s\u3000]+/u).map((entry) => trimSpaces(entry)).filter((entry) => entry !== '');
	const legend = new Map(entries.map((entry) => [entry[0] ?? '', entry.slice(1).replace(/^[\s\u3000]*(?:は|[:：＝=])[\s\u3000]*/u, '')] as [string, string]));
	if (noted !== undefined && ![...legend.values()].every((role) => ROLE_TITLES.includes(role))) return null;
	return legend;
}

/** The roles a group's note gives the marks (`委員(五十音順、◎は座長)`): mark → role. */
function noteLegend(note: string): Map<string, string> {
	return new Map([...note.matchAll(/(?<mark>[◎○〇●☆★])は(?<role>[^、，,（()）\s\u3000]{1,8})/gu)].map((match) => [match.groups?.mark ?? '', match.groups?.role ?? '']));
}

/** The entry's number after a mark (`◎(4)諏訪康男`): no part of the name. */
const MARKED_NUMBER = /^[（(][0-9０-９]{1,2}[）)][\s\u3000]*/u;

/**
 * A member marked by a legend (`◎石原康夫` with `◎部会長`): the name after the mark, the legend's role as the title; so the mark
 * closing the entry (`稲葉　恵子（東京福祉大学教授）◎` over `※◎は座長`), as some rolls set it after the affiliation.
 */
function applyMarkLegend(member: Member, legend: ReadonlyMap<string, string>): Member {
	const text = trimSpaces(member.text);
	const last = [...text].at(-1) ?? '';
	const closing = !legend.has(member.text[0] ?? '') && legend.has(last);
	const role = legend.get(closing ? last : (member.text[0] ?? ''));
	if (role === undefined) return member;
	// (A row already read as a name and an affiliation after the mark, `○相沢　正樹　　　北東医科大学医学部教授`: the role added.)
	if (!closing && member.name !== null && member.affiliation !== null && !ROLL_MARK.test(member.name)) return { ...member, title: member.title ?? role };
	const parts = closing ? parseMember(trimSpaces(text.slice(0, -last.length))) : parseNameLabel(member.text.slice(1).replace(MARKED_NUMBER, ''));
	return parts.name === null ? member : { text: member.text, name: parts.name, title: parts.title ?? role, affiliation: parts.affiliation };
}

/** The marks a committee's roll sets before its chair and vice-chair (`◎`, `〇`), without a legend. */
const ROLL_MARK = /^[◎○〇◯●]/u;

/** A member marked without a legend (`◎道下 文男`, `〇町田 皇介`: a committee roll's chair and vice-chair): the name after the mark. */
function withoutMark(member: Member): Member {
	if (!ROLL_MARK.test(member.text) || (member.name !== null && !ROLL_MARK.test(member.name))) return member;
	const parts = parseNameLabel(member.text.replace(ROLL_MARK, '').replace(MARKED_NUMBER, ''));
	return parts.name === null ? member : { text: member.text, ...parts };
}

/** Honorifics and academic titles among the role titles: they follow a name, never head a list. */
const AFTER_NAME_ONLY = new Set(['氏', '様', 'さん', '君', '先生', '教授', '准教授', '特任教授', '特任准教授', '客員教授', '名誉教授']);
/** The roles that can stand before a name, as a regex source (the roles longest first). */
// (An assembly's 議員 heads its line as 委員 does: `議員　柏木　実、金子　彩`.)
const HEADING_ROLES = [...ROLE_TITLES.filter((role) => !AFTER_NAME_ONLY.has(role)), '議員'].join('|');
/** A role heading a line of members (`委員　大崎　貞和、神田　秀樹`): every name of the line holds it (the roles longest first). */
const LEADING_ROLE = new RegExp(`^(?<role>${HEADING_ROLES})[\\s\\u3000]+(?<rest>\\S.*)$`, 'u');

/** A word that is a role and nothing else (`副委員長`), as a cell of a roll set in pairs of columns. */
const ROLE_CELL = new RegExp(`^(?:${HEADING_ROLES})$`, 'u');

/**
 * A line of a roll set in pairs of a role and a name (a table or tab stops in a word processor, `委員長⇥田村　修⇥副委員長⇥
 * 斎藤　礼子`, read with single spaces between the cells) as one entry per pair, when the line opens with a role, each
 * pair is a role and a name of one or two words, and each reads as someone with a role; null otherwise.
 */
function roleNamePairs(entry: string): string[] | null {
	const words = entry.split(/[ \u3000]+/u).filter((word) => word !== '');
	// (A role the rolls know, `副委員長`, or a word read as a post alone, `教育部長`, `学校教育課長`.)
	const role = (word: string): boolean => ROLE_CELL.test(word) || (({ name, title }) => name === null && title !== null)(parseNameLabel(word));
	if (words.length < 4 || words.length > 60 || !role(words[0] ?? '')) return null;
	const pairs: string[][] = [];
	for (const word of words) {
		if ((pairs.at(-1)?.length ?? 2) >= 2 && role(word)) pairs.push([word]);
		else pairs.at(-1)?.push(word);
	}
	if (pairs.length < 2 || pairs.some((pair) => pair.length < 2 || pair.length > 3)) return null;
	const entries = pairs.map((pair) => `${pair[0]}\u3000${pair.slice(1).join('\u3000')}`);
	return entries.every((text) => (({ name, title }) => name !== null && title !== null)(parseMember(text))) ? entries : null;
}

/** Roles many members hold at once, which head a line of their names (`委員　　三宅　正　　森本　礼子`). */
const SHARED_ROLE = /^(?:委員|構成員|専門委員|臨時委員|理事|監事|幹事|評議員|代議員|議員)$/u;
/** A row of such a role, padded or not, and one name at a gap: `委員　　大塚　恵理（オンライン参加）`, `委　　員　　石井　美加`. */
const SHARED_ROLE_ROW = /^(?<role>[^\s\u3000]{2,4}|\S(?:[ \u3000]{1,3}\S){1,3})[ \u3000]{2,}\S/u;
/** Such a role and the name one space after it: `委員　内田智子`. */
const ROLE_THEN_NAME = /^(?<role>[^\s\u3000]{2,4})[ \u3000]\S/u;

/** A word heading a line of entries before the first one's role (`本部役員　会長　大塚、…`): the group they are listed under. */
const CATEGORY_HEAD = /^(?<group>[^\s\u3000、，,：:（()）]{2,8})[\s\u3000]+(?<rest>\S.*)$/u;

/** One entry of a roll written role, colon, holder: `副委員長:小幡健二`, `委員：武藤 亜紀`. */
const ROLE_PAIR = new RegExp(`^(?<role>${HEADING_ROLES})[:：][\\s\\u3000]*(?<name>\\S.{0,15})$`, 'u');

/**
 * A name written whole after a role's colon: two to six letters, kanji first; or a member's name written in hiragana, as some
 * members of assemblies give theirs (`あべともこ`: three to eight letters, never a word such as `なし`, `ありません`, `いません`).
 */
const HELD_NAME = /^(?:[\p{Script=Han}々ヶ][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,5}|(?!.*(?:なし|ません|あり|おり|です|ます|ほか)$)\p{Script=Hiragana}{3,8})$/u;

/**
 * One entry of a line of role and holder pairs: the role and a colon (`副委員長:小幡健二`; after the colon a name the word
 * lists do not know is still a name: `星名建市`, `安孫子哲`) or the role in brackets before its holder (`（副会長）大野 久美子`);
 * null for any other entry.
 */
function rolePair(entry: string): Member | null {
	const colon = ROLE_PAIR.exec(entry)?.groups;
	const bracketed = colon ? null : readLeadingRole(entry);
	const role = colon?.role ?? bracketed?.role ?? '';
	const written = colon?.name ?? bracketed?.name;
	if (written === undefined || (bracketed && (!(ROLE_TITLES.includes(role) || ROLE_ENDING.test(role)) || GROUP_WORD.test(role)))) return null;
	const read = parseMember(written);
	const bare = trimSpaces(written);
	const name = colon && read.name === null && read.title === null && HELD_NAME.test(bare) && !endsAsOrganisation(bare) ? { ...read, name: bare, affiliation: null } : read;
	return name.name === null || name.title !== null ? null : { ...name, text: entry, title: role };
}

/**
 * The members of a line of role and holder pairs (`委員長:星野理恵、副委員長:小幡健二／委員:綿貫直人`, `（会長）石井 誠、（副会長）大野 久美子`),
 * or null when an entry is not one. One bracketed entry alone is a group's heading (`（委員）鶴見 義則`), never read here.
 */
function rolePairs(text: string): Member[] | null {
	if (text.length > 2_000) return null;
	const entries = text.split(/[、，,／/]/u).map(trimSpaces).filter((entry) => entry !== '');
	if (entries.length === 0 || (entries.length === 1 && !ROLE_PAIR.test(entries[0] ?? ''))) return null;
	const members: Member[] = [];
	// (In a line of roles in brackets, the role goes on over the names after it: `（委員）大山　太郎、加藤　直美`.)
	const carried = rolesInBrackets(text);
	let role: string | null = null;
	for (const entry of entries) {
		const bracketed = carried ? readLeadingRole(entry) : null;
		const member = bracketed && ROLE_TITLES.includes(bracketed.role) ? roleHolder(entry, bracketed.role, bracketed.name) : rolePair(entry);
		if (member) {
			role = member.title;
			members.push(member);
			continue;
		}
		const held = carried && role !== null ? roleHolder(entry, role, entry) : null;
		if (!held) return null;
		members.push(held);
	}
	return members;
}

/** An entry's holder of a role given apart (`（委員）大山　太郎`, or `加藤　直美` after it): the member, or null when it names no one. */
function roleHolder(entry: string, role: string, written: string): Member | null {
	const read = parseMember(written);
	return read.name === null || read.title !== null ? null : { ...read, text: entry, title: role };
}

/** An entry whose post comes first with single spaces (`代表理事　中村　美智子（議長）`, `会計　中村　由紀`); null when it is not one. */
export function postFirst(entry: string): Member | null {
	// A role the rolls know (`会計`), or any word read as a post alone (`主任`, `選挙係長`), then a space and the name.
	const own = LEADING_ROLE.exec(entry)?.groups ?? LEADING_WORD.exec(entry)?.groups;
	if (!own) return null;
	const role = own.role ?? '';
	if (!ROLE_TITLES.includes(role)) {
		const post = parseNameLabel(role);
		if (post.name !== null || post.title === null) return null;
	}
	// (`副委員長　加　藤　由　美`: the name padded to its column.)
	const member = parseMember(unpadded(trimSpaces(own.rest ?? '')));
	if (member.name !== null && member.title === null) return { ...member, text: entry, title: role };
	// `会長　町長　森下　孝`, `副会長　教育長　石田　誠`: the role held at the meeting, then the office the member holds (as a
	// table's affiliation column gives it), then the name (it had been read with no name).
	const office = ROLE_TITLES.includes(role) ? LEADING_WORD.exec(trimSpaces(own.rest ?? ''))?.groups : undefined;
	const held = office ? parseNameLabel(office.role ?? '') : null;
	const holder = office ? parseMember(trimSpaces(office.rest ?? '')) : null;
	// (`委員　教育委員　木村　里美`: an office read as a surname and a role, 教育 and 委員, is an office before a full name.)
	if (held && holder && held.title !== null && held.affiliation === null && holder.name !== null && holder.title === null && holder.affiliation === null) return { text: entry, name: holder.name, title: role, affiliation: office?.role ?? null };
	// (`委員　産業医　秋元 玲子`, `委員　労働者代表　菅谷 誠`: an office the rest reads as its holder's post before the name, though
	// the word alone reads as no post: the office too.)
	if (office && ROLE_TITLES.includes(role) && member.name !== null && member.title === office.role && member.affiliation === null && !ROLE_TITLES.includes(member.title)) return { text: entry, name: member.name, title: role, affiliation: member.title };
	return null;
}

/** A post padded apart before a wide gap and the rest (`委　員　　青　木　　　翔`). */
const PADDED_LEAD = /^(?<post>\S(?:[ \u3000]\S){1,4})[ \u3000]{2,}(?<rest>\S.*)$/u;

/** A word and the rest after its first space (`主任　高畑　涼`). */
const LEADING_WORD = /^(?<role>[^\s\u3000、，,（()）]{1,12})[\s\u3000]+(?<rest>\S.*)$/u;

/** A role padded two spaces or more a letter (`委　　員　　石井　美加`), the name's first letters together after it. */
const WIDE_PADDED_LEAD = /^(?<post>\S(?:[ \u3000]{2,3}\S){1,4}?)[ \u3000]{2,}(?<rest>\S\S.*)$/u;

/**
 * A role padded apart at an entry's start, a wider gap after it: `委　員　　大崎　貞和`, `委　　員　　石井　美加` (as wide as the
 * name's column): the role and the rest, or null.
 */
function leadingPaddedRole(entry: string): { role: string; rest: string } | null {
	const padded = PADDED_LEAD.exec(entry)?.groups;
	if (padded && unpadded(padded.post ?? '') !== padded.post && ROLE_TITLES.includes(unpadded(padded.post ?? ''))) return { role: unpadded(padded.post ?? ''), rest: padded.rest ?? '' };
	const wide = WIDE_PADDED_LEAD.exec(entry)?.groups;
	const role = wide?.post?.replace(/[ \u3000]/gu, '') ?? '';
	return wide && ROLE_TITLES.includes(role) ? { role, rest: wide.rest ?? '' } : null;
}

/** A name padded a letter a space but for its given name in kana, kept whole: `長　尾　まゆみ`, `前　田　さゆり` (a surname of one letter, `原　さとみ`, is a full name with its space). */
const PADDED_KANA_GIVEN = /^[\p{Script=Han}々ヶ](?:[ \u3000]+[\p{Script=Han}々ヶ]){1,3}[ \u3000]+[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,4}$/u;

/** A cell of a roll padded with spaces between its characters (`委 員 長`, `中 川 裕 子`, `青　木　　　翔`, `長　尾　まゆみ`), read without them. */
function unpadded(cell: string): string {
	if (!/^\S(?:[ \u3000]+\S)+$/u.test(cell) && !PADDED_KANA_GIVEN.test(cell)) return cell;
	// A post padded apart (`会　長`, `委　員`) is the post; anything else a name with one space where the surname ends.
	const joined = cell.replace(/[ \u3000]/gu, '');
	const parts = parseNameLabel(joined);
	return parts.name === null && parts.title !== null ? joined : readPaddedName(cell);
}

/** A post's bracket naming the head the member acts for: `委員（教育長職務代理者）`, `委員（会長職務代理）`. */
const DEPUTY_NOTE = /職務代理(?:者)?[）)]$/u;

/** A post with a note in brackets after it, as a cell of a roll: `監査委員（議選）`, `委員（教育長職務代理者）`. */
const BRACKETED_POST_CELL = /^(?<post>[^\s\u3000（()）]{1,12})[（(](?<note>[^\s\u3000（()）]{1,12})[）)]$/u;

/** The cell as the post it is when it is a post with a note in brackets (`監査委員（議選）`), else null. */
function bracketedPost(cell: string): string | null {
	const post = BRACKETED_POST_CELL.exec(cell)?.groups?.post;
	if (post === undefined) return null;
	const parts = parseNameLabel(post);
	return (parts.name === null && parts.title !== null) || /(?:委員|理事|監事|評議員)$/u.test(post) ? cell : null;
}

/** A cell of single characters a space apart (`平　田`, `美　紀`). */
const PADDED_CELL = /^\S(?:[ \u3000]\S)+$/u;

/**
 * True for the two cells of one name padded to a roll's column, a surname and a given name (`平　田` `健　二`, `小野寺` `美　紀`):
 * at least one of them padded a character apart, the other padded or whole, eight characters at most in all.
 */
function isPaddedNameCells(cells: readonly string[]): boolean {
	if (cells.length !== 2) return false;
	const bare = cells.map((cell) => cell.replace(/[\s\u3000]/gu, ''));
	return cells.some((cell) => PADDED_CELL.test(cell)) && cells.every((cell) => PADDED_CELL.test(cell) || !/[\s\u3000]/u.test(cell)) && bare.every((part) => BARE_NAME.test(part)) && [...bare.join('')].length <= 8;
}

/** A role many hold one space before a name padded a letter apart: `議員　石　橋　正　人`. */
const SHARED_ROLE_BEFORE_PADDED = /^(?<role>[^\s\u3000]{2,5})\u3000(?<name>\S(?:[ \u3000]\S){1,5})$/u;

/**
 * The cells of a line of names padded to the roll's columns under a role many hold, the role one space before the first name
 * (`議員　石　橋　正　人`, `上　原`, `誠`, …): the role a cell of its own and a given name of one letter joined to the padded
 * surname before it (`上　原　　　誠`); the cells as they are for any other line.
 */
function sharedRoleCells(cells: readonly string[]): string[] {
	const lead = SHARED_ROLE_BEFORE_PADDED.exec(cells[0] ?? '')?.groups;
	if (!lead?.role || !lead.name || !SHARED_ROLE.test(lead.role) || cells.length < 2) return [...cells];
	const names: string[] = [];
	for (const cell of [lead.name, ...cells.slice(1)]) {
		const before = names.at(-1);
		if (before !== undefined && [...cell].length === 1 && BARE_NAME.test(cell) && PADDED_CELL.test(before) && [...before.replace(/[\s\u3000]/gu, '')].length <= 4) names[names.length - 1] = `${before}\u3000\u3000\u3000${cell}`;
		else names.push(cell);
	}
	return names.every((name) => PADDED_CELL.test(name) || /\u3000{3}/u.test(name)) ? [lead.role, ...names] : [...cells];
}

/** A cell that ends in a surname padded a letter apart (`同　建設課長　清　水`). */
const PADDED_TAIL = /[^\s\u3000][ \u3000][^\s\u3000]$/u;

/** How a cell ends that is a post or officials in general, never a name (`地域交通課長　ほか`). */
const NOT_A_NAME_END = /(?:長|官|補佐|ほか|他|等|外)$/u;
/** A run of offices held together, longer than any name, ending as a post does: `…総合支所管理課長兼務`, `…担当課長事務取扱)`. */
const LONG_POST_RUN = /^(?=[^\s\u3000、，,。]{16,60}$).*(?:長|兼務|事務取扱|担当|参事|理事|監|官)(?:[（(][^（()）]{1,30}[）)])?$/u;

/** A side's representative as a roll's post (`公益代表`, `被保険者代表`, `保険医代表`, `学識経験者代表`). */
const REPRESENTATIVE_POST = /^[^\s\u3000（）()、]{1,8}代表$/u;

/**
 * A committee roll's cells, post then name (`委員長  中川裕子   委員  大西修一`, `委 員 長  中 川 裕 子`): a post
 * without a person followed by a name without a post is one member. `listed`: the cells are entries of a list at 、.
 */
function pairPostsWithNames(cells: readonly string[], listed = false): Member[] {
	const members = joinSplitPosts(cells).flatMap(splitLongPost).map((cell) => {
		const member = parseMember(unpadded(cell));
		// `会計　中村　由紀` after another entry: its post first with single spaces, as one entry alone is read.
		return member.name === null && member.title === null ? (postFirst(cell) ?? { ...member, text: cell }) : { ...member, text: cell };
	});
	// (In a list at 、, a surname before a post, `中島課長、小松`, is a person of their own, never a post for the next name.)
	// (So is a run of posts too long for any name, `青葉地区総合支所総合支所長青葉地区総合支所管理課長兼務`, which had been read as
	// a name of its first letters and a post of the rest.)
	const isPost = (member: Member) => (member.name === null && member.affiliation === null && member.title !== null) || (isSectionPost(member.text) && !(listed && member.name !== null)) || LONG_POST_RUN.test(member.text);
	/** A cell that can be (part of) a name: kanji or kana only once its padding is gone, no post in it. */
	const namePart = (member: Member) => member.title === null && member.affiliation === null && BARE_NAME.test(member.text.replace(/[\s\u3000]/gu, '')) && !NOT_A_NAME_END.test(member.text.replace(/[\s\u3000]/gu, ''));
	const paired: Member[] = [];
	for (let i = 0; i < members.length; i++) {
		const post = members[i]!;
		const next = members[i + 1];
		const title = post.name === null && !LONG_POST_RUN.test(post.text) ? post.title : unpadded(post.text);
		// `会　長　　大　塚　　誠`: a roll padded throughout, the surname and given name as far apart as the post and the
		// name; the two cells after a post, with a post or the line's end after them, are its name.
		const [surname, given, after] = [members[i + 1], members[i + 2], members[i + 3]];
		const bare = (member: Member) => member.text.replace(/[\s\u3000]/gu, '');
		// (So after a post with a note in brackets, `監査委員（議選）　　北　村　　由紀子`, `委員（職務代理者）　　…`.)
		const notedPost = surname && given && !isPost(post) && isPaddedNameCells([surname.text, given.text]) && (after === undefined || isPost(after)) ? bracketedPost(post.text) : null;
		if (notedPost !== null && surname && given) {
			// (The roll's reading of the post and the name, `委員(教育長) 尾崎 完治` → 教育長, when it names the same person.)
			const read = parseMember(`${notedPost}　${bare(surname)}　${bare(given)}`);
			// (Never a deputy's role, `委員（教育長職務代理者）`: the member is a 委員 acting for the head, as `森田　京子（教育長職務代理者）` under `委　　員` reads.)
			const title = read.name?.replace(/[\s\u3000]/gu, '') === `${bare(surname)}${bare(given)}` && read.title !== null && !DEPUTY_NOTE.test(notedPost) ? read.title : notedPost;
			paired.push({ text: [post.text, surname.text, given.text].join('　'), name: `${bare(surname)} ${bare(given)}`, title, affiliation: null });
			i += 2;
			continue;
		}
		// (`委員（教育長職務代理者）　杉　本　和　代`: the name padded a letter apart in one cell after such a post.)
		const heldBy = next && !isPost(post) && (after === undefined || isPost(after)) ? bracketedPost(post.text) : null;
		const heldName = heldBy !== null && next && namePart(next) && PADDED_CELL.test(trimSpaces(next.text)) && [...bare(next)].length <= 6 ? readPaddedName(trimSpaces(next.text)) : null;
		if (heldBy !== null && heldName !== null && next) {
			paired.push({ text: `${post.text}　${next.text}`, name: heldName, title: heldBy, affiliation: null });
			i++;
			continue;
		}
		// (Two cells of three letters or more, one of four, are two whole names, no surname and given name: `委　員　　南　雲　正　志　　北　原　綾　子`.)
		const lengths = surname !== undefined && given !== undefined ? [[...bare(surname)].length, [...bare(given)].length] : [];
		const twoNames = lengths.length === 2 && Math.min(...lengths) >= 3 && Math.max(...lengths) >= 4;
		// (Both hold the post before them.)
		if (twoNames && isPost(post) && surname && given && namePart(surname) && namePart(given) && (after === undefined || isPost(after))) {
			paired.push({ text: `${post.text}　${surname.text}`, name: bare(surname), title, affiliation: null }, { text: given.text, name: bare(given), title, affiliation: null });
			i += 2;
			continue;
		}
		// (Before the next entry's post and name too, `議長　杉　本　　　亮　　副議長　高　野　さくら`, when the surname is padded as the
		// roll pads every name: the given name had been a member of its own without a name.)
		const nextHolder = after !== undefined && PADDED_CELL.test(trimSpaces(surname?.text ?? '')) && after.name !== null && after.title !== null && after.affiliation === null && /^[\s\u3000]$/u.test(trimSpaces(after.text).startsWith(after.title) ? (trimSpaces(after.text)[after.title.length] ?? '') : '');
		if (isPost(post) && surname && given && !twoNames && namePart(surname) && namePart(given) && [...bare(surname)].length <= 4 && [...`${bare(surname)}${bare(given)}`].length <= 8 && (after === undefined || isPost(after) || nextHolder)) {
			paired.push({ text: [post.text, surname.text, given.text].join('　'), name: `${bare(surname)} ${bare(given)}`, title, affiliation: null });
			i += 2;
			continue;
		}
		// `部会長　　　森　　久美子（はるかぜ大学名誉教授）`: the surname padded apart from the given name, the member's affiliation in a
		// bracket after it, is one member (the surname had been a member of its own, the given name another).
		const affiliated = given !== undefined && given.name !== null && given.title === null && given.affiliation !== null && trimSpaces(given.text).startsWith(given.name) && /[）)]$/u.test(given.text);
		if (affiliated && isPost(post) && surname && given?.name && namePart(surname) && BARE_NAME.test(given.name) && [...bare(surname)].length <= 4 && [...`${bare(surname)}${given.name}`].length <= 8 && (after === undefined || isPost(after))) {
			paired.push({ text: [post.text, surname.text, given.text].join('　'), name: `${bare(surname)} ${given.name}`, title, affiliation: given.affiliation });
			i += 2;
			continue;
		}
		// `中　山　　　博`: a name padded to its column, its given name of one letter a wide gap after the surname (no one is
		// named by one letter: it had been read as two people, `中 山` and `博`).
		// (Only a surname padded apart, as the roll pads every name: `清水　　森` are two members by surname; so are the entries
		// of a list at 、, `大崎　貞和、南`.)
		if (!listed && next && namePart(post) && namePart(next) && /[\s\u3000]/u.test(trimSpaces(post.text)) && [...bare(next)].length === 1 && [...bare(post)].length >= 2 && [...bare(post)].length <= 4) {
			paired.push({ text: `${post.text}　${next.text}`, name: `${bare(post)} ${bare(next)}`, title: null, affiliation: null });
			i++;
			continue;
		}
		// `同　建設課長　清　水　　　隆`: a post one space before a name padded to the column, its given name of one letter the wide
		// gap after the surname, is one member (the given name had been a member of its own without a name).
		// (A ditto mark before the post, `同　建設課長　清　水`, stands for the post before it on the line.)
		const ditto = post.name === null && post.title === null && DITTO_MARK.test(trimSpaces(post.text)) ? parseMember(unpadded(trimSpaces(post.text).replace(DITTO_MARK, ''))) : null;
		const holder = ditto ?? post;
		const paddedSurname = !listed && holder.title !== null && holder.name !== null && holder.affiliation === null && PADDED_TAIL.test(trimSpaces(post.text)) && [...holder.name.replace(/[\s\u3000]/gu, '')].length <= 4;
		if (paddedSurname && next && namePart(next) && [...bare(next)].length === 1 && (after === undefined || after.title !== null)) {
			const above = paired.at(-1)?.title ?? null;
			const held = ditto === null ? holder.title : (parseMember(withDittoPost(`同　${holder.title ?? ''}`, above) ?? '').title ?? holder.title);
			paired.push({ text: `${post.text}　　　${next.text}`, name: `${(holder.name ?? '').replace(/[\s\u3000]/gu, '')} ${bare(next)}`, title: held, affiliation: null });
			i++;
			continue;
		}
		// A padded name in kana, as some members write theirs (`そうだ 次 郎`, `岩 崎 ふみひろ`), is a name after a post too.
		const kanaName = next && next.name === null && namePart(next) ? readPaddedName(next.text) : null;
		// `理　事　　　北村　由香（オンライン）`: a bracket after the name (how the member attends) stays with it.
		const noted = next !== undefined && next.affiliation !== null && /[）)]$/u.test(next.text) && next.text.includes(next.affiliation);
		// `委　　員　　 森田　京子（教育長職務代理者）`: the role the member holds in the body, in a bracket after the name, goes after the
		// post as in `石井委員（会長）` (the post had been a member without a name, the name one without the post).
		const held = next !== undefined && next.name !== null && next.title !== null && next.affiliation === null && trimSpaces(next.text).endsWith(`（${next.title}）`) && ROLE_TITLES.includes(next.title);
		// (So after a side's representative padded to the column, `公益代表　　　松井　早苗（会長）`, as a council of sides lists its
		// members: the post had been a member named 公益代表.)
		const representative = post.name !== null && post.title === null && post.affiliation === null && REPRESENTATIVE_POST.test(bare(post));
		if (held && next && (isPost(post) || representative)) {
			paired.push({ text: `${post.text}　${next.text}`, name: next.name, title: `${title}（${next.title}）`, affiliation: null });
			i++;
			continue;
		}
		// `議長　内閣総理大臣`, `副議長　内閣官房長官`: the role held in the body, then the post of who holds it (a cabinet council's
		// roll names its members by office): one member, the role after the post as in `石井委員（会長）`.
		if (!listed && next && post.name === null && post.affiliation === null && ROLE_TITLES.includes(post.title ?? '') && trimSpaces(post.text) === post.title && next.name === null && next.affiliation === null && next.title !== null && next.title === trimSpaces(next.text) && !ROLE_TITLES.includes(next.title)) {
			paired.push({ text: `${post.text}　${next.text}`, name: null, title: `${next.title}（${post.title}）`, affiliation: null });
			i++;
			continue;
		}
		if (next && isPost(post) && (next.name !== null || kanaName !== null) && next.title === null && (next.affiliation === null || noted)) {
			paired.push({ text: `${post.text}　${next.text}`, name: next.name ?? kanaName, title, affiliation: next.affiliation });
			i++;
		} else paired.push(post);
	}
	return paired;
}

/** A note in brackets on how a post's holder attended: `代理出席`, `欠席`, `オンライン`, `Web参加`. */
const POST_NOTE = /^(?<post>[^\s\u3000（()）]{1,12})[（(][\s\u3000]*(?<note>[^\s\u3000（()）]{1,10})[\s\u3000]*[）)](?:[\s\u3000]+(?<rest>\S.*))?$/u;
const ATTENDANCE_NOTE = /^(?:出席|欠席|遅刻|遅参|早退|途中退席|途中参加|途中出席|代理|代理出席|代理人|代理参加|委任状(?:有|あり|提出)?)$/u;

/**
 * A post with a note in brackets on how its holder attended (`理事（代理出席）　鈴木　一郎`, `監事（欠席）`, `理事（Ｗｅｂ参加）`):
 * the post and the name after it if any, the note kept in the entry's text only (the note had been read as the post, the
 * holder's name or their affiliation). Null for any other entry.
 */
function notedPost(text: string): Member | null {
	const match = POST_NOTE.exec(trimSpaces(text))?.groups;
	if (!match) return null;
	const note = (match.note ?? '').normalize('NFKC');
	if (!ATTENDANCE_NOTE.test(note) && !ATTENDANCE_MODE.test(note)) return null;
	const post = parseNameLabel(match.post ?? '');
	if (post.name !== null || post.affiliation !== null || post.title === null) return null;
	if (match.rest === undefined) return { text, name: null, title: post.title, affiliation: null };
	const member = parseMember(`${match.post ?? ''}　${match.rest}`);
	return member.name !== null ? { ...member, text } : null;
}

/**
 * A post too long for its column, one space before the padded name that follows it (`企画課長事務取扱　小　川` of
 * `企画課長事務取扱　小　川　　　恵`): the post and the name's first cell apart, as the roll's other posts and names are.
 */
function splitLongPost(cell: string): string[] {
	const [first, ...rest] = cell.split('\u3000');
	if (first === undefined || rest.length < 1 || rest.length > 3 || [...first].length < 3 || !rest.every((word) => [...word].length === 1 && /[\p{Script=Han}々ヶ]/u.test(word))) return [cell];
	const parts = parseNameLabel(first);
	return parts.name === null && parts.affiliation === null && parts.title !== null ? [first, rest.join('\u3000')] : [cell];
}

/** A post padded wider than the roll's gaps (`委  員`) came apart into single characters: joined again when together they are a post. */
function joinSplitPosts(cells: readonly string[]): string[] {
	const joined: string[] = [];
	for (let i = 0; i < cells.length; i++) {
		const first = cells[i] ?? '';
		if ([...first].length !== 1) {
			joined.push(first);
			continue;
		}
		// The longest run of single characters from here that reads as a post; the characters after it are cells of their own.
		let cell = first;
		let end = i;
		let run = first;
		for (let j = i + 1; j < cells.length && [...(cells[j] ?? '')].length === 1 && [...run].length < 8; j++) {
			run += cells[j] ?? '';
			const parts = parseNameLabel(run);
			if (parts.name === null && parts.title !== null) {
				cell = run;
				end = j;
			}
		}
		joined.push(cell);
		i = end;
	}
	return joined;
}

/**
 * `日向委員長、くり林、中里、志田の各委員`, `石井、大塚、野口 各委員`: the role after the last name is every bare name's title since the
 * last entry with a role of its own; the members and the notes after the role (`（後藤副委員長は欠席）`), or null when no entry says
 * 各 so.
 */
export function membersWithEachRole(given: readonly string[]): { members: Member[]; notes: string[] } | null {
	const entries = [...given];
	const eaches = entries.map((entry) => EACH_ROLE.exec(entry)?.groups);
	if (entries.length < 2 || !eaches.some(Boolean)) return null;
	const roles: (string | null)[] = [];
	const notes: string[] = [];
	let role: string | null = null;
	for (let i = entries.length - 1; i >= 0; i--) {
		const each = eaches[i];
		if (each) {
			role = each.role ?? null;
			entries[i] = each.name ?? '';
			if (each.note) notes.push(each.note);
		} else if (parseMember(entries[i] ?? '').title !== null) role = null;
		roles[i] = role;
	}
	const members = entries.map((entry, i) => {
		const member = parseMember(entry);
		if (member.title !== null || member.affiliation !== null) return member;
		return BARE_NAME.test(entry) && roles[i] !== null ? { text: entry, name: entry, title: roles[i] ?? null, affiliation: null } : member;
	});
	return { members, notes };
}

/** The role after the last of a list of names: `志田の各委員`, `野口 各委員` (a space before 各), `（後藤副委員長は欠席）` a note on the list. */
const EACH_ROLE = new RegExp(`^(?<name>[^\\s\\u3000の]{1,8})(?:の|[ \\u3000])?各(?<role>${EACH_ROLES})(?:[（(](?<note>[^（()）]+)[）)])?$`, 'u');
/** A one-letter kanji entry in a list of a post's holders (`南`, `東`), read alone as no one: the holder's surname. */
function heldSurname(member: Member): Member {
	return member.name === null && member.title === null && member.affiliation === null && /^\p{Script=Han}$/u.test(member.text) && !/^[他外等計各全]$/u.test(member.text) ? { ...member, name: member.text } : member;
}

/** A post many members of a body hold at once (`理事`, `常任理事`, `監事`, `幹事`, `委員`, `評議員`), never one a single member holds (`会長`, `理事長`). */
const SHARED_POST = /^[^\s\u3000]{0,4}(?:理事|監事|幹事|委員|評議員|役員|参与|顧問|相談役|世話人)$/u;
/** A name written alone in such a list, kana included (`くり林`, `中里`). */
const BARE_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,8}$/u;

/** A head count alone: `五名`, `4名`, `計５名`, `（３名）`. */
/** A group's word, then its head count of those present (`理事　　７名中６名出席`, `監事　２名`). */
const COUNT_AFTER_GROUP = new RegExp(`^(?<group>[^\\s\\u3000、，,:：（()）0-9０-９]{1,10})[\\s\\u3000]+(?<count>(?:${COUNT}中)?${COUNT}(?:出席)?)$`, 'u');
/** The body counted before a count of how many came, in its bracket: `理事総数` of `（理事総数５名中４名出席）`, or nothing. */
const BODY_OF = '(?:[^、，,:：（()）0-9０-９]{1,8}?(?:総数|定数|現在数)[:：]?)?';
/** How many of the body came, alone (spaces left out): `（１８名中１５名出席）`, `(7名中6名)`, `5名中5名（うちZoomにて出席2名）`, `理事7名中6名（委任状1名）`. */
const COUNT_OF_BODY = new RegExp(`^(?:[〔（(](?<note>${BODY_OF}${COUNT}中${COUNT}(?:出席)?)[〕）)]|(?<whole>(?:[^、，,:：（()）0-9０-９]{1,6}?)?${COUNT}中${COUNT}(?:出席)?(?:[（(][^（()）]{1,30}[）)])?))$`, 'u');
/** A floor's or a board's word and its count, then a note in brackets on how they came: `正会員３２名（うち委任状１０名）`. */
const FLOOR_COUNT_NOTE = new RegExp(`^[^、，,:：（()）0-9０-９]{1,10}${COUNT}[（(](?<note>[^（()）]{1,40})[）)]$`, 'u');
/** A head count before the names on the label's line: `1名　田島　正之` (spaces kept). */
const COUNT_BEFORE_NAMES = new RegExp(`^(?<count>(?:${COUNT}中)?${COUNT})[\\s\\u3000]+(?<rest>[^\\s\\u30000-9０-９].*)$`, 'u');
const COUNT_ONLY = new RegExp(`^[〔（(]?${COUNT}[〕）)]?$`, 'u');

/** How many of the body came, written as a field's whole value (`7名中6名`, `（１８名中１５名出席）`): the count as a note, or null. */
export function turnoutOfBody(text: string): string | null {
	if (text.length > 60) return null;
	const counted = COUNT_OF_BODY.exec(text.replace(/[\s\u3000]/gu, ''))?.groups;
	return counted ? (counted.note ?? counted.whole ?? null) : null;
}

/** True when a line of a roll is only its head count: `26名`, `（８名）`, `０ 名` (spaces left out). */
export function isHeadCount(text: string): boolean {
	return COUNT_ONLY.test(text.replace(/[\s\u3000]/gu, ''));
}

/** A head count with a note on the list after it: `５名（うちオンライン出席１名）`. */
const COUNT_NOTE = new RegExp(`^[〔（(]?${COUNT}[〕）)]?[（(](?<note>[^（()）]{1,30})[）)]$`, 'u');
/** A head count, then who they are in a bracket: `５名（山本一郎、川口二郎）`, `２名（理事　浅野　光、理事　井上　聡）`. */
const COUNT_THEN_NAMES = new RegExp(`^(?<count>(?:${COUNT}中)?${COUNT}(?:出席)?)[\\s\\u3000]*[（(](?<names>[^（()）]{1,300})[）)]$`, 'u');
/** How many the body has (spaces left out): `監事総数２名`, `理事定数１５名`, `評議員総数９名`. */
const BODY_TOTAL = new RegExp(`^[^、，,:：（()）0-9０-９]{1,10}(?:総数|定数|定員|現在数)[:：]?${COUNT}$`, 'u');
/** Words of a note on a count, never a name: `うちオンライン出席１名`, `委任状15名`, `敬称略`, `別紙のとおり`. */
const COUNT_NOTE_WORDS = /[0-9０-９]|うち|内訳|出席|欠席|委任|代理|書面|表決|議決|のとおり|敬称略|参加|名簿|含む|オンライン|リモート|[Ww][Ee][Bb]|Zoom|別紙|以下|全員|定足数|総数|過半数/u;

/** True when a count's bracket names people (`山本一郎、川口二郎`, `常勤監事　内田　茂`), each entry one, and says nothing else. */
function namesInBracket(text: string): boolean {
	if (COUNT_NOTE_WORDS.test(text)) return false;
	const entries = splitEntries(text);
	return entries.length > 0 && entries.every((entry) => parseMember(entry).name !== null);
}

/** A list that says it holds everyone of the body: `全員`, `委員全員`. */
/** A group's head count as an entry of a roll: `委員８名`, `事務局３名`, `傍聴者2人`. */
/**
 * A group's word and its head count with a note on it (spaces left out): `委員9名（うちWeb参加2名）`, `委員２８名（代理出席５名を含む）`,
 * `委員１８名（欠席２名）※名簿は別紙のとおり`; the note in the bracket says how they came, never who they are.
 */
const NOTED_GROUP_COUNT = new RegExp(`^[^0-9０-９、，,（()）※]{1,10}${COUNT}[（(](?<note>[^（()）]{1,30})[）)](?:※[^※（()）]{1,30})?$`, 'u');
/** True for a group's count with a note on how they came (`委員9名（うちWeb参加2名）`): a note on the list, no member. */
function isNotedGroupCount(entry: string): boolean {
	const note = NOTED_GROUP_COUNT.exec(entry.replace(/[\s\u3000]/gu, ''))?.groups?.note;
	return note !== undefined && COUNT_NOTE_WORDS.test(note);
}
/** A count of those who came or voted, proxies and written votes too: `４２名`, `委任状５１通`, `計９３名`. */
const TURNOUT_COUNT = '計?(?:[0-9０-９]{1,5}|[〇一二三四五六七八九十百]{1,5})(?:名|人|通|票)';
/** One count of a general meeting's turnout, after its word and the body counted: `会員１２０名中出席４２名`, `委任状５１通` (spaces left out). */
const TURNOUT_PART = `[^0-9０-９、，,（()）]{0,10}(?:${COUNT}中[^0-9０-９、，,（()）]{0,6})?${TURNOUT_COUNT}(?:[（(][^（()）]{1,30}[）)])?`;
const TURNOUT = new RegExp(`^(?:${TURNOUT_PART}[、，,]?){2,6}$`, 'u');
/** A count of papers alone, proxies or votes in writing: `２通`, `計５通`, `１２票` (spaces left out). */
const PAPERS_COUNTED = /^計?(?:[0-9０-９]{1,5}|[〇一二三四五六七八九十百]{1,5})(?:通|票)$/u;
/** Words that make counts a turnout: of the body (`…名中`), by proxy or in writing, in all (`計`). */
const TURNOUT_WORDS = /中|委任|書面|代理|議決権|計/u;

/**
 * True for a 総会's turnout written as counts alone, two or more (`会員１２０名中　出席４２名、委任状５１通`, `本人出席４２名　委任状５１名　計９３名`,
 * `正会員総数１２０名中　出席４２名（委任状５１名を含む）`): how many came, in person, by proxy and in all, naming no one.
 */
function isTurnout(text: string): boolean {
	const compact = text.replace(/[\s\u3000]/gu, '');
	return compact.length <= 80 && TURNOUT.test(compact) && TURNOUT_WORDS.test(compact.replace(/[（(][^（()）]*[）)]/gu, ''));
}
/** A group named without its count beside counted ones: `事務局` of `委員９名、事務局`. */
const UNCOUNTED_GROUP = /^(?:事務局|オブザーバー|説明者|関係職員|関係者)$/u;
const GROUP_COUNT = new RegExp(`^[^0-9０-９、，,（()）]{1,10}${COUNT}$`, 'u');
/** A count by a word for a number (spaces left out): `議決権を有する株主数1,284名`, `その議決権の数85,620個`, `出席株主数（委任状を含む）962名`. */
const TALLY = /^[^0-9０-９、，,。]{1,24}数(?:[（(][^（()）]{1,20}[）)])?[0-9０-９][0-9０-９,，]{0,9}(?:名|人|個|株|世帯|票)$/u;

/**
 * A group counted with the posts of those who came in brackets, none named (spaces left out): `委員３名（会長、委員Ａ、委員Ｂ）`,
 * or with its section in brackets before the count, `事務局（総務課）３名`, as a record that keeps its members anonymous writes its roll.
 */
const GROUP_COUNT_UNNAMED = new RegExp(`^[^0-9０-９、，,（()）]{1,10}(?:${COUNT}[（(](?<posts>[^（()）]{1,60})[）)]|[（(][^（()）0-9０-９]{1,12}[）)]${COUNT})$`, 'u');
/** A member kept anonymous by a letter, in a roll (NFKC): `委員A`, `B委員`. */
const LETTERED_MEMBER = /^(?:委員[A-Z]{1,2}|[A-Z]{1,2}委員)$/u;

/** True for a group's count that names nobody: its posts in brackets (`委員３名（会長、委員Ａ）`) or its section (`事務局（総務課）３名`). */
function isUnnamedGroupCount(compact: string): boolean {
	const found = GROUP_COUNT_UNNAMED.exec(compact);
	if (!found) return false;
	const posts = found.groups?.posts;
	return posts === undefined || posts.split(/[、，,・]/u).every((post) => ROLE_TITLES.includes(post) || LETTERED_MEMBER.test(post.normalize('NFKC')) || MEMBER_FIELD.test(post));
}
/**
 * Where the members of a counted group come from, in its brackets (`委員22名(障害者団体、家族会、福祉事業所、学識経験者)`, as a
 * 協議会's 議事概要 gives its roll without names): bodies and kinds of member, no one named.
 */
const MEMBER_FIELD = /^[^\s\u3000]{0,12}(?:団体|協会|連合会|家族会|の会|事業所|事業者|機関|学識経験者|有識者|関係者|当事者|代表|公募委員|公募市民|公募)$/u;
/** The caption of a roll's table on a sheet of its own (spaces removed): `別表出席委員`, `（別紙）委員名簿`, `別紙１出席者一覧`. */
const TABLE_CAPTION = /^[（(]?(?:別表|別紙|別添|別記)[0-9０-９一二三四五六七八九十]{0,2}[）)]?[:：]?[^、。，,（）()]{0,10}(?:者|員|名簿|一覧|一覧表)$/u;
/**
 * A roll that refers to a list elsewhere (spaces removed): `別添のとおり`, `別紙出席者名簿のとおり（２０名中１６名出席）`,
 * `委員12名（別紙名簿のとおり）`.
 */
/**
 * Words after a group's count announcing the names on the lines below (spaces removed), as an agricultural committee's
 * 総会議事録 heads its seats: `議席番号・氏名次のとおり`, `氏名は次のとおり`.
 */
const NAMES_FOLLOW = /^(?:(?:議席番号|議席|番号)[・、,]?)?(?:職[・、,]?)?氏名(?:は)?(?:次|以下|下記)の(?:とおり|通り)$/u;
const REFERRED = /^(?:[^、。，,]{0,12}?[0-9０-９]{1,4}[名人])?[（(]?(?:別添|別紙|別記|別表|下記|次頁|裏面|出席者名簿|委員名簿|名簿)[^、。（）()]{0,12}?の?(?:とおり|通り)[）)]?(?:[（(][^（）()]{1,40}[）)])?$/u;
const EVERYONE = /^(?:全員|委員全員|全委員|議員全員|全議員)(?:出席)?$/u;
/**
 * The public counted, not named, at a hearing or a meeting with residents (spaces left out): `住民３５名`, `市民１８名`,
 * `一般参加者４２名`, `傍聴者１２名`, `公述人３名`. No one of them is a member (`欠席者：理事1名` stays the entry it is).
 */
const PUBLIC_COUNT = new RegExp(`^(?:地域|地区|一般)?(?:住民|市民|町民|村民|区民|県民|府民|都民|道民|参加者|来場者|傍聴者|傍聴人|公述人|公募委員|一般)(?:等|の方)?${COUNT}$`, 'u');

/**
 * What a column of a participants table holds, by the words of its header (`氏名`, `所属・役職`, `備考`); an assembly's
 * `議席` column holds a member's seat (`１番`) or the post that takes the place of one (`議長`); a joint body's `構成町村` (`選出市町村`)
 * the town or village that sent the member, as the member's affiliation.
 */
const TABLE_COLUMNS: readonly { kind: 'name' | 'affiliation' | 'title' | 'seat' | 'attendance' | 'other'; words: RegExp }[] = [
	{ kind: 'name', words: /^(?:氏名|名前|委員名|構成員名|議員名|出席者名?)$/u },
	{ kind: 'affiliation', words: /^(?:所属(?:[・･/／](?:役職|職名|職))?(?:等|名)?|団体名|所属団体|推薦団体|選出団体|会社名|機関名|会派(?:名)?|号室|部屋番号|住戸番号|構成(?:市町村|市町|町村)(?:名)?|選出(?:市町村|市町|町村|区|地区)(?:名)?|選挙区|市町村名?)$/u },
	{ kind: 'title', words: /^(?:役職(?:名|等)?|職名|職|役名|役割|区分|委員区分|選出区分)$/u },
	{ kind: 'seat', words: /^(?:議席(?:番号)?)$/u },
	{ kind: 'attendance', words: /^(?:出欠(?:席)?|出席・欠席|出欠(?:の)?状況|出席状況)$/u },
	{ kind: 'other', words: /^(?:No\.?|番号|備考|出席方法|参加方法|ふりがな|よみがな|フリガナ|ヨミガナ|摘要|連絡先)$/u },
];
/** A seat alone in a roll table's 議席 column: `１番`, `第１２番`, or its number alone under `議席番号` (`３`). */
const SEAT_ALONE = /^第?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})番?$/u;
/** What one column of a participants table holds. */
export type TableColumn = (typeof TABLE_COLUMNS)[number]['kind'];
/** A member read from a participants table's row, and whether its attendance column marks them absent (`欠席`, `×`). */
export interface TableRow {
	member: Member;
	absent: boolean;
}
/** A roll table's attendance cell that marks the member absent: `欠席`, `欠`, `×`. */
/** A cell of an attendance table's 出欠 column that marks the member absent: `欠席`, `欠`, `×`. */
export const ABSENT_CELL = /^(?:欠席|欠|[×✕✖])$/u;

/**
 * The group a roll's members marked absent in its attendance column go to, by the roll's own name: `出席委員` → `欠席委員`,
 * `出席者（委員）` → `欠席者（委員）`, any other `委員` → `委員（欠席）`; null for a roll of all members named so
 * (`出欠状況`, `出席並びに欠席委員の詳細`), where each row's word says who came.
 */
export function absentGroupName(group: string): string | null {
	if (/出欠|欠席/u.test(group)) return null;
	const present = /^(?:本日の)?出席(?<rest>.*)$/u.exec(group)?.groups;
	return present === undefined ? `${group}（欠席）` : `欠席${present.rest === '' ? '者' : present.rest}`;
}

/**
 * The header row of a participants table (`氏名　　所属・役職`, `役職  氏名  備考`, `氏　名　　所　属`): what each column holds and
 * where it starts, or null. Its cells are the table's layout, not people; the rows under it are read by column.
 */
export function readTableHeader(text: string): { kind: TableColumn; at: number }[] | null {
	const kindOf = (cell: string) => TABLE_COLUMNS.find((column) => column.words.test(cell))?.kind;
	const words = placedWords(text);
	// Cells at wide gaps; `氏　名` padded apart character by character is one cell.
	const cells: { cell: string; at: number }[] = [];
	for (const { word, at, before } of words) {
		const last = cells.at(-1);
		if (last && [...before].length < 2 && kindOf(last.cell) === undefined) last.cell += word;
		else cells.push({ cell: word, at });
	}
	const columns = cells.map(({ cell, at }) => ({ kind: kindOf(cell), at }));
	if (columns.length < 2 || !columns.some((column) => column.kind === 'name')) return null;
	return columns.every((column): column is { kind: TableColumn; at: number } => column.kind !== undefined) ? columns : null;
}

/**
 * The cells of a table's row whose cells are one space apart (a spreadsheet's or Word table's row, its tabs made spaces:
 * `学識経験者　山田　太郎　○○大学教授`), by where the name is among its words: a full name with its space (or one word that is
 * a name), one word for each column before it and the rest for those after it, the last taking what is left. Fewer words
 * before the name than columns leave the first cells empty (`佐藤　花子　△△研究所` under it: merged down from the row above).
 * Null when no such reading fits.
 */
function spacedTableCells(text: string, columns: readonly { kind: TableColumn; at: number }[], indented: boolean): string[] | null {
	const words = text.split(/[\s\u3000]+/u).filter((word) => word !== '');
	const before = columns.findIndex(({ kind }) => kind === 'name');
	const after = columns.length - before - 1;
	if (before < 0 || words.length > columns.length + 4) return null;
	const cellsFor = (skipped: number, length: number): string[] | null => {
		const rest = words.slice(before - skipped + length);
		if (rest.length > 0 && after === 0) return null;
		const tail = after === 0 ? [] : [...rest.slice(0, after - 1), rest.slice(after - 1).join('　')];
		return [...Array<string>(skipped).fill(''), ...words.slice(0, before - skipped), words.slice(before - skipped, before - skipped + length).join('　'), ...tail];
	};
	// (Only a row indented right of the header can leave its first cells empty; `出席` after a name is no given name.)
	for (let skipped = 0; skipped <= (indented ? before : 0); skipped++) {
		const first = words[before - skipped];
		const second = words[before - skipped + 1];
		if (first === undefined || second === undefined || !isSpacedFullName(`${first}　${second}`) || ROSTER_STATUS.test(second)) continue;
		const parts = parseNameLabel(`${first}　${second}`);
		if (parts.title === null && parts.affiliation === null) return cellsFor(skipped, 2);
	}
	const alone = words[before];
	const parts = alone === undefined ? null : parseNameLabel(alone);
	return parts !== null && HELD_NAME.test(alone ?? '') && parts.name !== null && parts.title === null && parts.affiliation === null ? cellsFor(0, 1) : null;
}

/** A chair's post written in a roll table's 備考 column: `会長`, `副委員長`, `座長代理`, `部会長`. */
const CHAIR_REMARK = /^(?:副?(?:会長|委員長|座長|部会長|分科会長|議長)|(?:会長|委員長|座長|部会長)(?:代理|職務代理者?))$/u;

/**
 * A row of a participants table read by its header's columns, or null when its cells do not line up with them.
 * Cells end at wide gaps, and at a single space where the next word starts under a column's header (`田中　一郎　出席`);
 * a row with no wide gap is read by where its name is among its words (spacedTableCells). `indent`: how far the row
 * starts right of the header (`　　　　　佐藤　花子　　△△研究所`: its first cells left empty). An empty cell left of the
 * name is merged down from the row above (`学識経験者　山田　太郎　○○大学教授` / `　佐藤　花子　△△研究所`): `above`'s.
 */
export function readTableRow(text: string, columns: readonly { kind: TableColumn; at: number }[], indent = 0, above: Member | null = null): TableRow | null {
	const starts = new Set(columns.slice(1).flatMap(({ at }) => [at - 1, at, at + 1]));
	let cells: string[] = [];
	const spaced = /[\s\u3000]{2}/u.test(text) ? null : spacedTableCells(text, columns, indent > 0);
	if (spaced !== null) cells = spaced;
	else {
		// (Indented as far as a later column: the cells before it are empty.)
		const skipped = indent > 1 ? columns.filter(({ at }) => at > 0 && at <= indent + 1).length : 0;
		const placed: { cell: string; at: number; before: string }[] = [];
		for (const { word, at, before } of placedWords(text)) {
			const last = placed.at(-1);
			if (last === undefined || [...before].length >= 2 || starts.has(at)) placed.push({ cell: word, at: at + (skipped > 0 ? indent : 0), before });
			else last.cell += `${before}${word}`;
		}
		// (More cells than columns: a cell padded to its column, `林　　　修` under `氏　名`, came apart at its wide gap; a
		// piece that starts left of the column it would fall under is the cell before it.)
		for (let i = 1; i < placed.length && skipped + placed.length > columns.length; i++) {
			const piece = placed[i];
			const column = columns[skipped + i];
			if (piece === undefined || column === undefined || piece.at >= column.at - 1) continue;
			const into = placed[i - 1];
			if (into) into.cell += `${piece.before}${piece.cell}`;
			placed.splice(i--, 1);
		}
		cells = [...Array<string>(skipped).fill(''), ...placed.map(({ cell }) => cell)];
	}
	// Cells left empty at the row's end (no 備考) are missing from it.
	if (cells.length > columns.length) return null;
	const at = (kind: TableColumn) => columns.flatMap((column, i) => (column.kind === kind ? [i] : []));
	const nameAt = at('name')[0] ?? 0;
	const cell = (kind: TableColumn) => at(kind).map((i) => cells[i] ?? '').filter((value) => value !== '').join('　') || null;
	const name = cell('name');
	// (A name found by its space, `林　修`, is as written; a cell padded to the column, `林　　　修`, without its padding.)
	const read = name === null ? null : spaced !== null ? name : (nameAlone(name) ?? unpadded(name));
	// (A field after the table, `事務局：福祉政策課　大橋課長、原田主査`, is no row: one name holds no colon and no list.)
	if (read === null || /[：:、，,]/u.test(read) || parseNameLabel(read).name === null) return null;
	const merged = (kind: 'title' | 'affiliation') => (above !== null && at(kind).some((i) => i < nameAt) && at(kind).every((i) => i > nameAt || cells[i] === '') ? above[kind] : null);
	// (The chair named in the 備考 column of a table with no column of posts, `青木　正人　　ひかり大学教授　　会長`: the post held.)
	const remark = at('title').length === 0 ? cell('other') : null;
	const chaired = remark !== null && CHAIR_REMARK.test(remark) ? remark : null;
	// (A seat, `１番`, is no post, as in an assembly's roll of seats; a post in its place, `議長`, is the title.)
	const seat = cell('seat');
	const seated = seat === null || SEAT_ALONE.test(seat) ? null : seat;
	// (`欠席` in the 出欠 column: the member did not come, though listed under the roll of those who did.)
	const absent = at('attendance').some((i) => ABSENT_CELL.test(cells[i] ?? ''));
	return { member: { text, name: read, title: cell('title') ?? merged('title') ?? chaired ?? seated, affiliation: cell('affiliation') ?? merged('affiliation') }, absent };
}

/** A full name written whole alone on a line (`河野信夫`, as a roll whose columns were read apart gives it), or null. */
function wholeNameAlone(text: string): string | null {
	const bare = trimSpaces(text);
	if (!/^[\p{Script=Han}々ヶ]{3,5}$/u.test(bare) || isOrganisation(bare)) return null;
	const parts = parseNameLabel(bare);
	return parts.name === bare && parts.title === null && parts.affiliation === null ? bare : null;
}

/** A row of a category (a wide gap or a tab after it) and a full name: `学識経験者　　山田　太郎`, `保健医療関係者　　藤田　俊介`. */
const CATEGORY_ROW = /^(?<category>[^\s\u3000、，,:：（()）・]{2,12})[\s\u3000]+(?<name>\S(?:[\s\u3000]{0,4}\S){1,7})$/u;
/** How a category of members ends: `学識経験者`, `市民代表`, `交通事業者`, `保健医療関係者`, `公募委員`, `市民`. */
const CATEGORY_END = /(?:者|代表|委員|団体|関係|機関|公募|議員|市民|住民)$/u;

/** A role, a space or more, then the name: `会長　　岡本　浩一`. */
const ROLE_BEFORE_NAME = /^(?<role>[^\s\u3000]{1,8})[\s\u3000]+(?<name>\S.*)$/u;

/** The name of a line that is a full name alone (`佐藤　花子`, padded `吉　川　真　理`), or null. */
function nameAlone(text: string): string | null {
	const bare = trimSpaces(text);
	if (bare.length > 24) return null;
	if (isSpacedFullName(bare)) return bare;
	// (Padded to the column, `森　　一夫`, `吉　川　真　理`: read as a padded name is.)
	const padded = /^[\p{Script=Han}々ヶ](?:[\s\u3000]{0,4}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]){1,6}$/u.test(bare) && /[\s\u3000]/u.test(bare) ? readPaddedName(bare) : '';
	return [...padded.replace(/ /gu, '')].length >= 2 && parseNameLabel(padded.replace(/ /gu, '')).title === null ? padded : null;
}

/**
 * A row of a table's category column and a name (`学識経験者　　山田　太郎`, `交通事業者　　　森　　一夫`): the member with the category
 * as title; null for any other line (a post or role before the name is read as before).
 */
function readCategoryRow(text: string): Member | null {
	const row = CATEGORY_ROW.exec(trimSpaces(text))?.groups ?? CATEGORY_HEAD.exec(trimSpaces(text))?.groups;
	const category = row?.category ?? row?.group ?? '';
	if (!row || !CATEGORY_END.test(category) || ROLE_TITLES.includes(category) || GROUP_WORD.test(category) || /長$/u.test(category)) return null;
	// (`学識経験者　山田　太郎　○○大学教授`: a third column, the member's affiliation, after the name.)
	const placed = nameAndAffiliation(row.rest ?? row.name ?? '');
	if (placed !== null) return { text: trimSpaces(text), ...placed, title: category };
	// (`学識経験者　　会長　　岡本　浩一`: the role the member holds in the body between the category and the name, their title, the
	// category their affiliation, as a bracket after the name gives it; the role had been read into the name.)
	const held = ROLE_BEFORE_NAME.exec(row.name ?? '')?.groups;
	const heldName = held && ROLE_TITLES.includes(held.role ?? '') ? nameAlone(held.name ?? '') : null;
	if (held && heldName !== null) return { text: trimSpaces(text), name: heldName, title: held.role ?? null, affiliation: category };
	const name = row.name === undefined ? null : nameAlone(row.name);
	return name === null ? null : { text: trimSpaces(text), name, title: category, affiliation: null };
}

/** A category, a wide gap, then the first of the names listed at 、 after it: `学識経験者　　　西村　俊介（会長）`. */
const CATEGORY_FIRST = /^(?<category>[^\s\u3000、，,:：（()）・]{2,12})[\s\u3000]{2,}(?<name>\S.*)$/u;
/** A name with the role its holder has in the body in a bracket after it: `西村　俊介（会長）`. */
const NAME_THEN_ROLE = /^(?<name>[^（()）]+?)[（(](?<role>[^（()）]{1,8})[）)]$/u;

/**
 * A category's row listing its members at 、 (`学識経験者　　　西村　俊介（会長）、野田　恵美、浜口　修`, as a city's 審議会 sets
 * its roll by the sectors the members come from): each member with the category as their title, or with the role in the
 * bracket after their name and the category as their affiliation; null for any other line (the category and the first name had
 * been read as one member, or as no one).
 */
function readCategoryList(text: string): { category: string; members: Member[] } | null {
	const entries = splitEntries(trimSpaces(text));
	const row = entries.length >= 2 ? CATEGORY_FIRST.exec(entries[0] ?? '')?.groups : undefined;
	const category = row?.category ?? '';
	if (!row || !CATEGORY_END.test(category) || ROLE_TITLES.includes(category) || GROUP_WORD.test(category) || /長$/u.test(category)) return null;
	const members = [row.name ?? '', ...entries.slice(1)].map((entry): Member | null => {
		const name = nameAlone(entry);
		if (name !== null) return { text: entry, name, title: category, affiliation: null };
		const held = NAME_THEN_ROLE.exec(entry)?.groups;
		const heldName = held ? nameAlone(held.name ?? '') : null;
		return heldName !== null && ROLE_TITLES.includes(held?.role ?? '') ? { text: entry, name: heldName, title: held?.role ?? null, affiliation: category } : null;
	});
	return members.every((member) => member !== null) ? { category, members: members.filter((member) => member !== null) } : null;
}

/** A full name with its space and an affiliation after it, one space or more apart (`佐藤　花子　△△研究所`), or null. */
function nameAndAffiliation(text: string): { name: string; affiliation: string } | null {
	const words = trimSpaces(text).split(/[\s\u3000]+/u);
	const [surname, given, ...rest] = words;
	// (A name padded character by character, `吉　川　真　理`, is no name and affiliation.)
	if (words.every((word) => [...word].length === 1)) return null;
	if (surname === undefined || given === undefined || rest.length === 0 || rest.length > 4 || !isSpacedFullName(`${surname}　${given}`)) return null;
	const parts = parseNameLabel(`${surname}　${given}`);
	const affiliation = rest.join('　');
	if (parts.title !== null || parts.affiliation !== null || ROSTER_STATUS.test(rest[0] ?? '') || (rest.length === 2 && isSpacedFullName(affiliation))) return null;
	return { name: `${surname}　${given}`, affiliation };
}

/** A courtesy title after a space closing an entry (or before a bracket that closes it): `　様`, ` 氏`, `　殿`. */
const SPACED_HONORIFIC = /(?<=[^\s\u3000])[\s\u3000]{1,4}(?:様|氏|殿|君|さん)(?=[（(][^（()）]{1,40}[）)]$|$)/u;

/** A post padded a space a letter, then one space and a name whose first word is whole (`委　員　水野　貴之`). */
const NARROW_PADDED_LEAD = /^(?<post>\S(?:[ \u3000]\S){1,3})[ \u3000](?<rest>\S{2,}(?:[ \u3000]\S+)?)$/u;

/** A post in the office of the entry before it, 同 and the office's last word first: `同課主査`, `同室係長`, `同課評価監視官`, a library's `同館長補佐`. */
const SAME_OFFICE_POST_ALONE = /^同[課室局部係所署館園](?:[^\s\u3000同上（()）]{0,12}?)(?:長|員|官|監|役|理事|参事|主幹|主査|主任|主事|補佐|参与|書記)$/u;

/** A member's post, then who stands in for them in brackets after 代理: `（代理　交通課長　石川　誠）`; a body's word before it (`関係行政機関`). */
const STAND_IN_ROW = /^(?:[^\s\u3000（()）]{2,12}[\s\u3000]+)?(?<post>[^\s\u3000（()）]{2,20})[（(]代理[\s\u3000：:]+(?<who>[^（()）]{2,30})[）)]$/u;

/**
 * A post of a neighbourhood's or a school's body ending in 委員, what its holder looks after before it (`民生委員`, `学年委員`,
 * `主任児童委員`), then a gap and the rest: not a roll's own word (`出席委員`, `各委員`).
 */
const CHARGED_MEMBER = /^(?<post>(?!出席|欠席|各|全|同|他)[\p{Script=Han}]{1,6}委員)[\s\u3000]+(?<rest>\S.*)$/u;

/** A room in brackets closing a roll's entry: `(301)`, `（６１０号室）`. */
const ROOM_CLOSING = /[\s\u3000]*[（(](?<room>[0-9０-９]{2,4}(?:号室|号)?)[）)][\s\u3000]*$/u;

/** A body, a post and a full name, each a space apart, maybe 様 or 氏 after it: `化学産業労連 副会長 島田 浩二 様`. */
const BODY_POST_FULL_NAME = /^(?<body>[^\s\u3000]{2,20})[ \u3000]+(?<post>[^\s\u3000]{1,12})[ \u3000]+(?<surname>[\p{Script=Han}々ヶ]{1,4})(?<gap>[ \u3000]+)(?<given>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,5}?)(?:[ \u3000]*(?:様|氏|殿))?$/u;

/** One participant entry as written, with name/title/affiliation read from it. */
export function parseMember(text: string): Member {
	const read = readMemberEntry(text);
	if (read.name !== null) return read;
	// `化学産業労連 副会長 島田 浩二 様`: a guest by body, post and full name a space apart, maybe 様 after it (it had named no one).
	const guest = text.length <= 60 ? BODY_POST_FULL_NAME.exec(trimSpaces(text))?.groups : undefined;
	if (guest?.body && guest.post && guest.surname && guest.given && !/[0-9０-９]/u.test(guest.body)) {
		const post = parseNameLabel(guest.post);
		const body = parseNameLabel(guest.body);
		if (post.name === null && post.title === guest.post && body.title === null && (body.name === null || isOrganisation(guest.body) || [...guest.body].length >= 5)) return { text, name: `${guest.surname}${guest.gap}${guest.given}`, title: guest.post, affiliation: guest.body };
	}
	return read;
}

/** One entry of a roll as a member, read by its own shape (parseMember's reading before its last resorts). */
function readMemberEntry(text: string): Member {
	const noted = notedPost(text);
	if (noted !== null) return noted;
	// `みなと警察署長（代理　交通課長　石川　誠）`, `関係行政機関　つばめ警察署長（代理　吉川　勝）`: a member by post, attended by
	// one standing in, who is the person named, their own post their title (the row had been a member without a name).
	const standIn = STAND_IN_ROW.exec(trimSpaces(text))?.groups;
	if (standIn) {
		const deputy = parseMember(trimSpaces(standIn.who ?? ''));
		if (deputy.name !== null) return { text, name: deputy.name, title: deputy.title, affiliation: `${standIn.post ?? ''}（代理）` };
	}
	// `同課主査`: a post of the office above, no one named (it had been read as a name after the post before it,
	// `行政改革推進課長、同課主査`, and as no one alone before a padded name).
	if (SAME_OFFICE_POST_ALONE.test(trimSpaces(text))) return { text, name: null, title: trimSpaces(text), affiliation: null };
	// `山田　太郎　様`, `鈴木　一郎　氏`: a courtesy title set apart after the name is no part of it.
	// (So before a bracket closing the entry: `鈴木　一郎　様（みずほ市商工会）`.)
	const courtesy = SPACED_HONORIFIC.exec(text);
	if (courtesy && courtesy.index > 0) {
		const member = parseMember(`${text.slice(0, courtesy.index)}${text.slice(courtesy.index + courtesy[0].length)}`);
		if (member.name !== null) return { ...member, text };
	}
	// `理事長 大友 誠(301)`, `理事　桑原　亜希（６１０号室）`: an owners' association's officer by post and name, the room in brackets
	// closing the entry: the room is the member's affiliation, as it is after a name alone (`大友 誠(301)`); the entry had been no one.
	const room = ROOM_CLOSING.exec(text);
	if (room && room.index > 0) {
		const member = parseMember(text.slice(0, room.index));
		if (member.name !== null && member.title !== null && member.affiliation === null) return { ...member, text, affiliation: room.groups?.room ?? null };
	}
	// `高橋正志（教育長）（出席）`: how the member attended, after the name and its role, is no part of either; nor is a note
	// after a reference mark (`石原　真理（東都大学大学院教授）※オンライン参加`).
	const attended = ATTENDANCE.exec(text) ?? MARKED_NOTE.exec(text);
	if (attended && attended.index > 0) {
		const member = parseMember(text.slice(0, attended.index));
		if (member.name !== null) return { ...member, text };
	}
	// `上田　健（みなと市　デジタル推進課長）（オンライン）`: how the member attended, in brackets after the affiliation's, is a note
	// on the affiliation as it is alone (`江藤　直樹（オンライン）`); the member had been read as no one.
	const mode = MODE_AFTER_BRACKET.exec(text);
	if (mode && mode.index > 0 && ATTENDANCE_MODE.test(mode.groups?.mode ?? '')) {
		const member = parseMember(text.slice(0, mode.index + 1));
		if (member.name !== null) return { ...member, text, affiliation: member.affiliation === null ? (mode.groups?.mode ?? null) : `${member.affiliation}${mode[0].slice(1)}` };
	}
	// A head count closing the list (`佐々木純〔計５名〕`) is no affiliation.
	const count = HEAD_COUNT.exec(text);
	const body = count ? text.slice(0, count.index) : text;
	// `県土整備局長ほか関係職員`: officials in general, no person.
	if (OFFICIALS_IN_GENERAL.test(body)) return { text, name: null, title: null, affiliation: null };
	// `２番　上野 貴代子`, `会　長　９番　小山内 誠一`: a member's seat number (after their post, maybe padded) before the name
	// (a roll's seat is no post: the label `３番　上田三郎` reads as a 議員's turn, the roll's cell as the name alone).
	const seated = SEATED.exec(trimSpaces(body))?.groups;
	if (seated) {
		const post = (seated.post ?? '').replace(/[\s\u3000]/gu, '');
		const rest = parseNameLabel(trimSpaces(seated.rest ?? ''));
		if (rest.name !== null && rest.title === null && (post === '' || ROLE_TITLES.includes(post))) return { text, name: rest.name, title: post === '' ? null : post, affiliation: rest.affiliation };
		// `１番　委員　　　杉本　彩`, `３番　副委員長　園田　康弘`: the seat, then the member's post on the committee and the name.
		if (post === '' && rest.name !== null && rest.title !== null && ROLE_TITLES.includes(rest.title)) return { text, name: rest.name, title: rest.title, affiliation: rest.affiliation };
	}
	// `委　員　水野　貴之`: a post padded a space a letter (as wide as `委員長` above it), one space, then the name.
	const narrow = NARROW_PADDED_LEAD.exec(trimSpaces(body))?.groups;
	const narrowPost = narrow?.post?.replace(/[ \u3000]/gu, '') ?? '';
	if (narrow && ROLE_TITLES.includes(narrowPost)) {
		const held = parseNameLabel(narrow.rest ?? '');
		if (held.name !== null && held.title === null) return { text, name: held.name, title: narrowPost, affiliation: held.affiliation };
	}
	// `民生委員　大野節子`, `学年委員　森　美香`: a post of what the member looks after, ending in 委員, then the name (it had been
	// read as one name, or as no one).
	const charged = CHARGED_MEMBER.exec(trimSpaces(body))?.groups;
	if (charged && !ROLE_TITLES.includes(charged.post ?? '')) {
		const rest = trimSpaces(charged.rest ?? '');
		const held = nameAlone(rest) ?? (HELD_NAME.test(rest) && !isOrganisation(rest) && parseNameLabel(rest).title === null ? rest : null);
		if (held !== null) return { text, name: held, title: charged.post ?? null, affiliation: null };
	}
	const parts = parseNameLabel(body);
	// `愛知県交通対策課　木村　隆`: an office or a body, then a full name with its space, no post between: the member of it.
	const office = parts.name === null && parts.title === null && parts.affiliation === null ? OFFICE_THEN_NAME.exec(trimSpaces(body))?.groups : undefined;
	// (So is a part of a union or a company, `南営業所　柴田　真一`, as a 大会's 議長団 names who chairs: it had been no one.)
	if (office && (isOrganisation(office.office ?? '') || PART_OF_BODY.test(office.office ?? '')) && isSpacedFullName(office.name ?? '') && parseNameLabel(office.name ?? '').title === null) {
		return { text, name: office.name ?? null, title: null, affiliation: office.office ?? null };
	}
	// `みどり川河川事務所　調査課長`: an office, then a post held by no one named there: that post at the office (it had been an
	// entry of no one, no post).
	const officePost = parts.name === null && parts.title === null && parts.affiliation === null ? OFFICE_THEN_POST.exec(trimSpaces(body))?.groups : undefined;
	if (officePost && isOrganisation(officePost.office ?? '') && !GROUP_WORD.test(officePost.office ?? '')) {
		const post = parseNameLabel(officePost.post ?? '');
		if (post.name === null && post.title === officePost.post && post.affiliation === null) return { text, name: null, title: post.title, affiliation: officePost.office ?? null };
	}
	// `スミス　ジョン`, `ジョン　スミス（○○大学）`: a foreign name in katakana, a space between its two words (a katakana word that
	// is a role or a group's word, `オブザーバー`, is none).
	const foreign = parts.name === null && parts.title === null && parts.affiliation === null ? SPACED_KATAKANA_NAME.exec(trimSpaces(body))?.groups : undefined;
	if (foreign && [foreign.first ?? '', foreign.second ?? ''].every((word) => !GROUP_WORD.test(word) && parseNameLabel(word).title === null && !ROLE_TITLES.includes(word))) {
		return { text, name: `${foreign.first}　${foreign.second}`, title: null, affiliation: foreign.from ?? null };
	}
	// `仲　谷　陽　子`: a name alone, padded a space a letter to its column (the clerk's line under `○担当書記`); it had been no one.
	// (Not a ditto mark for the post before a name, `同　小島　真由美`: the post of the member before, read with the list.)
	const alone = parts.name === null && parts.title === null && parts.affiliation === null && !DITTO_ALONE.test(trimSpaces(body).split(/[\s\u3000]/u)[0] ?? '') ? nameAlone(body) : null;
	if (alone !== null) return { text, name: alone, title: null, affiliation: null };
	// (`古城まさお君`, as an assembly's roll writes each member: the honorific is no post.)
	if (parts.name !== null && parts.title !== null && HONORIFICS.includes(parts.title)) return { text, ...parts, title: null };
	// `あさひコミュニティ（星野）`, `みどり町内会（小松）`: a local body and who comes for it by surname in brackets, as a PTA's or an
	// association's roll lists its guests: the person, of that body (it had been no one, or the body read as a name).
	const forBody = parts.title === null ? BODY_THEN_SURNAME.exec(trimSpaces(body))?.groups : undefined;
	if (forBody && (isOrganisation(forBody.body ?? '') || LOCAL_BODY_END.test(forBody.body ?? '')) && !ROLE_TITLES.includes(forBody.who ?? '') && !NOT_WHO_IN_BRACKET.test(forBody.who ?? '') && !isOrganisation(forBody.who ?? '') && parseNameLabel(forBody.who ?? '').title === null) {
		return { text, name: forBody.who ?? null, title: null, affiliation: forBody.body ?? null };
	}
	return { text, ...parts };
}

/** A body, then a surname (or a full name set apart) in brackets closing the entry: `あさひコミュニティ（星野）`. */
const BODY_THEN_SURNAME = /^(?<body>[^\s\u3000（()）、，,]{2,30})[（(](?<who>[\p{Script=Han}々]{1,4}|[\p{Script=Han}々]{1,4}[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,5})[）)]$/u;
/** Words in such a bracket that say how or as what one came, never who: `（欠席）`, `（代理）`, `（公募）`, `（事務局）`. */
const NOT_WHO_IN_BRACKET = /^(?:欠席|出席|代理|遅刻|早退|途中|退席|予定|公募|推薦|兼務|兼任|書面|委任|不在|未定|調整中)|(?:者|員|長|課|部|局|会|所|係|担当|代表|一同|全員|各位)$/u;
/** How the name of a local body or a neighbourhood's group ends: `…コミュニティ`, `…町内会`, `…社協`, `…商店会`. */
const LOCAL_BODY_END = /(?:コミュニティ|町内会|自治会|町会|商店会|商店街|振興会|社協|協議会|連合会|婦人会|老人会|老人クラブ|子ども会|子供会|青年団|消防団|育成会|後援会|保存会|PTA|ＰＴＡ|クラブ)$/u;

/** A given name or a surname in Latin letters, capitalised (`Kim`, `Nguyen`, `O'Neil`), not an acronym (`NICT`). */
const LATIN_WORD_NAME = new RegExp(`^${CAPITALISED_LATIN_WORD}$`, 'u');

/**
 * A capitalised Latin word among members who are all names without post or body (`田中、鈴木、佐藤、Kim`, as a team's notes
 * list who came): a person, as the others are (it had been read as a body, since an acronym such as `NICT` is one).
 */
function latinNamesAmongNames(members: Member[]): Member[] {
	const others = members.filter((member) => !(member.name === null && member.title === null && LATIN_WORD_NAME.test(member.affiliation ?? '')));
	if (others.length < 2 || others.length === members.length || !others.every((member) => member.name !== null && member.title === null && member.affiliation === null)) return members;
	return members.map((member) => (member.name === null && member.title === null && LATIN_WORD_NAME.test(member.affiliation ?? '') ? { ...member, name: member.affiliation, affiliation: null } : member));
}

/**
 * A person's name, then the post they hold, one space between, maybe a note in brackets after: `寺岡光博　大臣官房総括審議官（２３日）`,
 * `奥　達雄　大臣政務官` (a full name written with its space, then the post).
 */
const NAME_THEN_POST = /^(?<name>[\p{Script=Han}々ヶ]{2,6}|[\p{Script=Han}々ヶ]{1,4}[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,4})[ \u3000]{1,2}(?<post>[\p{Script=Han}\p{Script=Katakana}・ー]{2,20})(?:[（(][^（()）]{1,20}[）)])?$/u;
/**
 * A ministry or agency, then a gap and a row of a name and a post: `財務省　　　寺岡光博　大臣官房総括審議官（２３日）`, as the web
 * page writes it `財務省 石井 道遠 大臣官房総括審議官(15日)`.
 */
const MINISTRY_THEN_ROW = /^(?<office>[^\s\u3000、，,]{2,13})[ \u3000]+(?<rest>\S.*)$/u;

/**
 * A roll's row of a ministry, its official's name and post (`財務省　　　寺岡光博　大臣官房総括審議官（２３日）`), or of a name and a
 * post alone under such a row (`斎藤洋明　財務副大臣（２４日）`, the ministry `above` it): the official of the ministry; null
 * for any other row.
 */
function readMinistryOfficialRow(text: string, above: string | null): Member | null {
	const row = trimSpaces(text);
	const office = MINISTRY_THEN_ROW.exec(row)?.groups;
	const ministry = office && MINISTRY_GROUP.test(office.office ?? '') ? (office.office ?? null) : null;
	const rest = ministry !== null ? (office?.rest ?? '') : above !== null ? row : null;
	const found = rest !== null && rest.length <= 60 ? NAME_THEN_POST.exec(rest)?.groups : undefined;
	if (!found?.name || !found.post) return null;
	const name = parseNameLabel(found.name);
	if (name.name !== found.name || name.title !== null || !(POST_WORD_END.test(found.post) || /大臣$/u.test(found.post)) || parseNameLabel(found.post).name !== null) return null;
	return { text: row, name: found.name, title: found.post, affiliation: ministry ?? above };
}

/** An office, then a post ending as an official's does: `みどり川河川事務所　調査課長`. */
const OFFICE_THEN_POST = /^(?<office>[^\s\u3000、，,]{2,30})[\s\u3000]+(?<post>[\p{Script=Han}\p{Script=Katakana}ー]{1,12}(?:長|官|監|補佐|主幹|主査|主事|参事))$/u;
/** A word, then a full name with one space inside it: `愛知県交通対策課　木村　隆`. */
const OFFICE_THEN_NAME = /^(?<office>[^\s\u3000]{2,30})[\s\u3000]+(?<name>[^\s\u3000]{1,4}[ \u3000][^\s\u3000]{1,5})$/u;
/** A part of a union or a company a member comes from (`南営業所`, `北支部`, `第二工場`, `本社`), before their full name. */
const PART_OF_BODY = /^[^\s\u3000、，,]{0,10}(?:支部|分会|営業所|事業所|工場|支店|支社|本社|本部|職場)$/u;

/** A foreign name in katakana, two words one space apart, maybe where the person is from in brackets: `スミス　ジョン（○○大学）`. */
const SPACED_KATAKANA_NAME = /^(?<first>[\p{Script=Katakana}ー]{2,12})[ \u3000](?<second>[\p{Script=Katakana}ー]{2,12})(?:[（(](?<from>[^（()）]{1,30})[）)])?$/u;

/** A ditto mark alone where a post or an office was (`同`, `〃`, `同上`; `内田眞一　（　〃　）` under `氷見野良三　（副総裁）`). */
const DITTO_ALONE = /^(?:[〃″仝]|同上?)$/u;
/** A roll's row whose post is a ditto mark for the post above (`〃　佐藤　次郎`, `〃　次長　小林　六郎`, `同　山田　一郎`). */
const DITTO_ROW = /^(?:[〃″仝]|同上?(?=[\s\u3000]))(?<gap>[\s\u3000]*)(?<rest>\S.{0,40})$/u;
/** A ditto mark and the space after it at a roll's cell's start (`同　次長`, `〃　課長`). */
const DITTO_MARK = /^(?:[〃″仝]|同上?)[\s\u3000]+(?=\S)/u;
/** How a post ends (`次長`, `主幹`, `書記`, `課長補佐`): a word of a roll's row that is no name. */
const POST_WORD_END = /(?:長|員|官|監|役|理事|参事|主幹|主査|主任|主事|補佐|参与|書記)$/u;
/**
 * The office of a post, which a ditto mark stands for before another post (`〃　次長`) on the rows after it: of a head's post
 * (`総務部` of `総務部長`), else the department of a post under its head (`健康福祉部` of `健康福祉部次長`, `総務部人事課長`).
 */
const OFFICE_OF_POST = /^(?:(?<office>\S{1,12}?[部課局室所署])長|(?<department>[^\s\u3000部局]{2,10}[部局])(?:次長|副部長|副局長|参事|審議監|技監|理事|[^\s\u3000部局]{1,10}[課室]長))$/u;

/**
 * A roll's ditto row written out with the post `above` it (the last member's title), or null for any other row (or no post
 * above): `〃　佐藤　次郎` under `委員` → `委員　佐藤　次郎`; a row with a post of its own (`〃　次長　小林　六郎` under
 * `総務部長`) takes the office of the post above (`総務部次長　小林　六郎`), else stands as it is after the mark.
 */
export function withDittoPost(text: string, above: string | null): string | null {
	const row = DITTO_ROW.exec(trimSpaces(text))?.groups;
	const rest = trimSpaces(row?.rest ?? '');
	if (rest === '' || above === null) return null;
	// (`次長（政策調整担当）`: a post with what it is in charge of after it.)
	const first = (rest.split(/[\s\u3000]+/u)[0] ?? '').replace(/[（(][^（()）]{1,20}[）)]$/u, '');
	const ownPost = parseMember(rest).title !== null || ([...first].length >= 2 && (ROLE_TITLES.includes(first) || POST_WORD_END.test(first)));
	// (The gap after the mark kept: a name padded to its column, `同　　　　　平　山　幸　恵　君`, stays a cell of its own.)
	if (!ownPost) return `${above}${[...(row?.gap ?? '')].length >= 2 ? '\u3000\u3000' : '\u3000'}${rest}`;
	// (`同　次長` again under `健康福祉部次長`, `同　人事課長` under `総務部次長`: the department of the post above.)
	const post = OFFICE_OF_POST.exec(above)?.groups;
	const office = post?.office ?? post?.department ?? '';
	// (`同　建設課長` after `総務課長`: a 課 holds no other 課, so the mark stands for the side or the body alone, the post as written;
	// it had been `総務課建設課長`.)
	if (/[課室係]$/u.test(office) && SECTION_HEAD.test(first)) return rest;
	return `${office}${rest}`;
}

/** The head of a section named before the post: `建設課長`, `情報政策室長`, `庶務係長`. */
const SECTION_HEAD = /^[^\s\u3000課室係]{1,10}[課室係]長$/u;

/** A post after 同, the office of the entry before it: `同課長補佐`, `同課理事官` (not `同上`). */
const SAME_OFFICE_POST = /^同(?<post>[^\s\u3000上]\S*)$/u;
/** 同 before the head of another section (`同教職員課長`, `同総務課長`): the post after the mark. */
const OTHER_SECTION_DITTO = /^同(?<post>[^\s\u3000課室]{1,10}[課室]長)$/u;
/** The bureau or department a post is held in (`初等中等教育局` of `初等中等教育局財務課長`). */
const BUREAU_OF_POST = /^[^\s\u3000]{1,12}?[局部庁](?=[^\s\u3000]{1,10}[課室]長$)/u;

/**
 * The office of the kind `mark` (課, 室, 局…) that a post names, up to that word (`企画課` of `企画課長` and of `企画課課長補佐`,
 * `…管理課` of `…管理課飼料安全・薬事室長`), or null when it names none.
 */
function officeNamed(post: string, mark: string): string | null {
	const letters = [...post];
	for (let at = letters.length - 1; at >= 2; at--) {
		if (letters[at] !== mark) continue;
		if (letters[at + 1] !== '長' || at + 2 === letters.length) return letters.slice(0, at + 1).join('');
	}
	return null;
}

/**
 * Members whose post or office in brackets is a ditto mark (`（　〃　）`, `（同）`), as a table of members writes the one
 * above again: the member above's post or office (the mark had been kept as the office `〃`). A mark with no one above
 * stays as written.
 */
export function withDittoBrackets(members: readonly Member[]): Member[] {
	const out: Member[] = [];
	for (const member of members) {
		const above = out.at(-1);
		// `松田企画課長、同課長補佐`: 同 before a post is the office of the post before it (`企画課課長補佐`), no one named 同 (the post
		// kept as written when the one before names no office).
		if (member.name === '同' && member.title !== null && member.affiliation === null) {
			const office = OFFICE_OF_POST.exec(above?.title ?? '')?.groups;
			out.push({ ...member, name: null, title: office ? `${office.office ?? office.department ?? ''}${member.title}` : `同${member.title}` });
			continue;
		}
		// `生涯学習課 藤本課長、同 文化財係 堀係長`: a ditto mark for the office of the member before, a section of it and the member
		// by surname and post after it (the mark and the section had been read as the name, `同 文化財係`, and `堀係長` as the post).
		const sameOffice = above?.affiliation != null && DITTO_MARK.test(member.name ?? '') ? parseMember(trimSpaces(member.text).replace(DITTO_MARK, '')) : null;
		if (sameOffice && sameOffice.name !== null && sameOffice.title !== null && !DITTO_MARK.test(sameOffice.name)) {
			out.push({ ...sameOffice, text: member.text, affiliation: `${above?.affiliation ?? ''}${sameOffice.affiliation ?? ''}` });
			continue;
		}
		// `理事　上野　大輔、同　小島　真由美`: a ditto mark for the post before a name in a list is the post of the member before
		// (the member had been no one); `環境政策課長　小野寺　隆、同課長補佐　森田　恵`, a post after it, the office of the one before.
		const dittoed = member.name === null && member.title === null && above?.title != null ? withDittoPost(member.text, above.title) : null;
		const written = dittoed === null ? null : parseMember(dittoed);
		if (written !== null && written.name !== null && written.title !== null) {
			out.push({ ...written, text: member.text });
			continue;
		}
		// (`同課理事官` alone, read as no one: the same.)
		const unread = member.name === null && member.title === null && member.affiliation === null ? SAME_OFFICE_POST.exec(trimSpaces(member.text))?.groups?.post : undefined;
		const glued = (member.title !== null && member.affiliation === null ? SAME_OFFICE_POST.exec(member.title)?.groups?.post : undefined) ?? unread;
		const gluedOffice = glued === undefined ? undefined : OFFICE_OF_POST.exec(above?.title ?? '')?.groups;
		// (`同課飼料安全・薬事室長` under `消費・安全局畜水産安全管理課長`, `同課評価監視官` under `…管理課飼料安全・薬事室長`: the 課
		// named in the post above, never its bureau.)
		const named = glued === undefined || !/^[課室局部係所署]/u.test(glued) ? null : officeNamed(above?.title ?? '', glued[0] ?? '');
		if (glued !== undefined && (named !== null || gluedOffice !== undefined) && POST_WORD_END.test(glued)) {
			// (`同課主査` under `都市計画課長`: 同課 is the same 課, `都市計画課主査`; `同課長補佐` the 課's 課長補佐.)
			const office = named ?? gluedOffice?.office ?? gluedOffice?.department ?? '';
			const sameOffice = office.endsWith(glued[0] ?? '') && !glued.startsWith('長', 1) && POST_WORD_END.test(glued.slice(1));
			out.push({ ...member, title: `${office}${sameOffice ? glued.slice(1) : glued}` });
			continue;
		}
		// `初等中等教育局財務課長、同教職員課長`: 同 before another section's head is the bureau of the post before it
		// (`初等中等教育局教職員課長`; `同教` had been a surname).
		const section = member.affiliation === null ? OTHER_SECTION_DITTO.exec(trimSpaces(member.text))?.groups?.post : undefined;
		const bureau = section === undefined ? undefined : BUREAU_OF_POST.exec(above?.title ?? '')?.[0];
		if (section !== undefined) {
			out.push({ ...member, name: null, title: bureau === undefined ? `同${section}` : `${bureau}${section}` });
			continue;
		}
		const affiliation = member.affiliation !== null && DITTO_ALONE.test(replaceSpaceRuns(member.affiliation, '')) ? (above?.affiliation ?? member.affiliation) : member.affiliation;
		const title = member.title !== null && DITTO_ALONE.test(replaceSpaceRuns(member.title, '')) ? (above?.title ?? member.title) : member.title;
		out.push(affiliation === member.affiliation && title === member.title ? member : { ...member, affiliation, title });
	}
	return out;
}

/** A bracket after the last of a run of names that gives their post at once: `（以上 理事）`, `(以上、監事)` (read as the affiliation). */
const POST_SUMMED_UP = /^以上[\s\u3000、，,]*(?<post>[^\s\u3000、，,]{1,10})$/u;

/**
 * Members whose post a bracket after the last of them gives at once (`安田誠,山本悟,吉村直子,岩崎学(以上 理事)`, as a society's
 * 理事会 lists its board after the officers with their own posts): each named without a post or a bracket of their own since
 * the last who has one holds that post (the bracket had been the last one's affiliation, the others no post).
 */
function withPostsSummedUp(members: readonly Member[]): Member[] {
	const out = [...members];
	for (let index = 0; index < out.length; index++) {
		const member = out[index];
		const post = POST_SUMMED_UP.exec(trimSpaces(member?.affiliation ?? ''))?.groups?.post;
		if (member === undefined || member.name === null || member.title !== null || post === undefined || !ROLE_TITLES.includes(post)) continue;
		out[index] = { ...member, title: post, affiliation: null };
		for (let before = index - 1; before >= 0; before--) {
			const plain = out[before];
			if (plain === undefined || plain.name === null || plain.title !== null || plain.affiliation !== null) break;
			out[before] = { ...plain, title: post };
		}
	}
	return out;
}

/** Officials named in general, not as persons: `…ほか関係職員`, `…外関係職員`, `…ほか３名`. */
const OFFICIALS_IN_GENERAL = /(?:ほか|外|他)(?:関係)?(?:職員|各位)$|(?:ほか|外|他)[0-9０-９一二三四五六七八九十]+名$/u;
/** A seat number before a member's name, maybe after a post: `２番　上野 貴代子`, `会　長　９番　小山内 誠一`. */
const SEATED = /^(?:(?<post>(?:[^\s\u3000][\s\u3000]?){1,6}?)[\s\u3000]+)?第?[0-9０-９]{1,3}番[\s\u3000]+(?<rest>\S.*)$/u;
/**
 * Where a row of seats starts another seat's cell: a gap before `3番` (one space after a long name, `５番　伊藤　美智子　６番　渡辺　四郎`,
 * where the columns left no more), or before a seat in kanji (`一番　　山本　一藏　　二番　　田中　與市`, as old village records number them).
 */
const SEAT_GAP = /[\s\u3000]+(?=第?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})番(?:委員|議員)?[\s\u3000])/u;
/**
 * One seat's cell, its name padded to the column (`2番　中川原　隆　雄　君`, `4番　時　田　　　宏`), maybe with 君 after it; the seat
 * maybe with the member's word (`1番委員　吉 井 美華子`, as a 農業委員会 lists them).
 */
const SEAT_CELL = /^(?:(?<post>[^\s\u3000\d０-９]{1,16})[\s\u3000]+)?(?<seat>第?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})番)(?<word>委員|議員)?[\s\u3000]+(?<name>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー](?:[\s\u3000]{0,4}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]){1,7}?)(?:[\s\u3000]+君)?(?<note>[（(][^\s\u3000（()）]{1,10}[）)])?$/u;
/** A post or a seat and a padded name with 君 after it, as a record's roll writes each member: `会　長　　　三　浦　房　雄　君`. */
const HONORIFIC_CELL = /(?<=[^\s\u3000])[\s\u3000]+君$/u;
/** A line of posts and names only (letters of names and spaces). */
const NAMES_ONLY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー・\s\u3000]+$/u;

/** A post with a note of the post it stands for, in brackets: `会長職務代理者（副会長）`. */
const NOTED_SEAT_POST = /^(?<base>[^\s\u3000（()）\d０-９]{2,10})[（(](?<inner>[^\s\u3000（()）]{1,6})[）)]$/u;

/** A post a member holds before their seat (`会長`, `委員`, `会長職務代理者（副会長）`). */
function isSeatPost(post: string): boolean {
	const noted = NOTED_SEAT_POST.exec(post)?.groups;
	return ROLE_TITLES.includes(post) || (noted !== undefined && (ROLE_TITLES.includes(noted.inner ?? '') || ROLE_TITLES.includes(noted.base ?? '')));
}

/** A committee's post before the member's name in a seat's cell (`委員　　　杉本　彩`, `副委員長　園田　康弘`), or null. */
function seatPostFirst(cell: string): string | null {
	const first = /^(?<post>[^\s\u3000]{2,8})[\s\u3000]{2,}/u.exec(cell)?.groups?.post ?? /^(?<post>[^\s\u3000]{3,8})[\s\u3000]/u.exec(cell)?.groups?.post;
	return first !== undefined && ROLE_TITLES.includes(first) ? first : null;
}

/**
 * A roll's line as its members: a row of seats (`2番　中川原　隆　雄　君　　　3番　佐々木　克　文　君`, as 農業委員会 and
 * assemblies list members by seat) becomes its cells apart by `、` with each name's padding taken out (`2番 中川原隆雄、3番 佐々木克文`);
 * the 君 after a member's padded name is left out (`会　長　　　三　浦　房　雄　君`: it had been a member of its own).
 */
function seatRow(source: SourceLine): SourceLine {
	const text = trimSpaces(source.text);
	if (text.length > ROLL_LINE_MAX) return source;
	const cells = text.split(SEAT_GAP);
	// `委員　　１番　浅　井　　孝　雄　　　２番　…`: a post heading the row at a wide gap is its first seat's, as `会長　１４番　…` is.
	// (So is a post padded to the column before a row's one seat, `委　員　　　２番　　桑　原　　智　子`, read without its padding.)
	const lead = trimSpaces(cells[0] ?? '');
	const headed = cells.length > 1 && (isSeatPost(lead) || (cells.length === 2 && /^\S(?:[ \u3000]\S){1,3}$/u.test(lead) && isSeatPost(unpadded(lead))));
	if (headed) cells.splice(0, 2, `${isSeatPost(lead) ? lead : unpadded(lead)}　${cells[1] ?? ''}`);
	// (The post before a seat is one a member holds, and a bracket after the name a note of it: `１２番　斎　藤　　一　郎（会長）`.)
	const seats = cells.map((cell) => SEAT_CELL.exec(cell)?.groups).map((seat) => (seat?.post === undefined || isSeatPost(seat.post) ? seat : undefined));
	// (One seat with a name as names are written, `４番　坪倉　正嘉`, stays as it is; so does a seat's post before the name,
	// `１番　委員　　　杉本　彩`, no letter of a padded name.)
	const words = (name: string) => name.split(/[\s\u3000]+/u).length;
	// (A name of two letters padded to its cell, `泉　　　　萌`, after a post heading the row: a seat's name too.)
	const padded = (name: string) => (words(name) >= 3 || (headed && words(name) === 2 && /^\S[\s\u3000]{2,}\S$/u.test(trimSpaces(name)))) && seatPostFirst(name) === null;
	if (seats.every((seat) => seat !== undefined) && (cells.length > 1 || HONORIFIC_CELL.test(text) || padded(seats[0]?.name ?? '') || seatPostFirst(seats[0]?.name ?? '') !== null)) {
		const name = (written: string): string => {
			const post = seatPostFirst(written);
			if (post !== null) {
				const rest = trimSpaces(written.slice(post.length));
				return `${post}　${words(rest) >= 3 ? rest.replace(/[\s\u3000]/gu, '') : rest.replace(/[\s\u3000]+/gu, '　')}`;
			}
			return padded(written) ? written.replace(/[\s\u3000]/gu, '') : trimSpaces(written).replace(/[\s\u3000]+/gu, '　');
		};
		// (A post with its note, `会長職務代理者（副会長）`, is written with the note after a ・, no bracket inside the bracket.)
		const notes = (seat: (typeof seats)[number]): string => [seat?.note?.slice(1, -1), (seat?.post ?? seat?.word)?.replace(NOTED_SEAT_POST, '$<base>・$<inner>')].filter((note) => note !== undefined).map((note) => `（${note}）`).join('');
		return { ...source, text: seats.map((seat) => `${seat?.seat ?? ''}　${name(seat?.name ?? '')}${notes(seat)}`).join('、') };
	}
	const posted = postRow(text);
	if (posted !== null) return { ...source, text: posted };
	return HONORIFIC_CELL.test(text) && NAMES_ONLY.test(text) ? { ...source, text: text.replace(HONORIFIC_CELL, '') } : source;
}

/** The post every plain member of a committee or an assembly holds, which a roll by post and seat writes once over their rows. */
const MEMBERS_POST = /^(?:委員|議員)$/u;
/** A seat's row as seatRow writes it, its post in the bracket after the name: `２番　桑原智子（委員）`, or `３番　野々村勝` without one. */
const SEAT_ENTRY = /^(?<seat>第?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})番)\u3000(?<name>[^\s\u3000、（()）]+)(?:（(?<post>[^（()）]+)）)?$/u;

/**
 * A roll's lines read by seatRow, the post written once over the seats of the members who hold it (`委　員　　　２番　　桑　原　　智　子`
 * / `　　　　　　　　３番　　野　々　村　　勝`, the post's column blank below it, as a committee's record lists its members) given to
 * each seat under it, up to a blank line or a line of another kind (they had been members of no post).
 */
function seatRows(lines: readonly SourceLine[]): SourceLine[] {
	let held: { post: string; indent: number } | null = null;
	return lines.map((source) => {
		const row = seatRow(source);
		const entry = SEAT_ENTRY.exec(row.text)?.groups;
		const indent = /^[\s\u3000]*/u.exec(source.text)?.[0].length ?? 0;
		if (!entry) {
			held = null;
			return row;
		}
		if (entry.post !== undefined) {
			held = MEMBERS_POST.test(entry.post) ? { post: entry.post, indent } : null;
			return row;
		}
		return held !== null && indent > held.indent ? { ...row, text: `${row.text}（${held.post}）` } : row;
	});
}

/** A run of letters with single spaces between them, as a roll pads a post or a name to its cell (`委　員`, `丹　羽`). */
const PADDED_RUN = /[^\s\u3000]+(?:[\s\u3000][^\s\u3000]+)*/gu;
/** A name's letters, 君 after it left out. */
const NAME_LETTERS = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{2,6}$/u;

/**
 * A committee's roll with two or more members a line, each a post and a padded name (`委　員　　小　田　　　進　君　　委　員　　片　山　　　勉　君`,
 * `委員長　丹　羽　　　孝　　副委員長　野　村　茂　樹`): its cells apart by `、`, post and name (`委員　小田 進、委員　片山 勉`), or null
 * for any other line. A cell starts at each post (the gap inside a padded name may be as wide as the gap between cells).
 */
function postRow(text: string): string | null {
	if (text.length > ROLL_LINE_MAX) return null;
	// (`委員長　丹　羽　　　孝`: a post written whole, one space before the padded name, is a run of its own.)
	const runs = [...text.matchAll(PADDED_RUN)].flatMap((run) => {
		const at = run.index ?? 0;
		const head = /^[^\s\u3000]{2,8}(?=[\s\u3000])/u.exec(run[0])?.[0];
		return head !== undefined && ROLE_TITLES.includes(head) ? [{ text: head, at }, { text: trimSpaces(run[0].slice(head.length)), at: at + head.length + 1 }] : [{ text: run[0], at }];
	});
	const isPost = (run: string) => ROLE_TITLES.includes(run.replace(/[\s\u3000]/gu, ''));
	const starts = runs.flatMap((run, index) => (isPost(run.text) ? [index] : []));
	if (starts.length < 2 || starts[0] !== 0) return null;
	const cells: string[] = [];
	// (Only a roll that writes 君 after its names, or pads them to the cell under posts written whole, is read so:
	// `委員長　　三宅　正　　副委員長　　森本　礼子` keeps its names as written.)
	let padded = false;
	for (const [n, from] of starts.entries()) {
		const to = starts[n + 1] ?? runs.length;
		const first = runs[from + 1];
		const last = runs[to - 1];
		if (to - from < 2 || first === undefined || last === undefined) return null;
		const written = text.slice(first.at, last.at + last.text.length).replace(/[\s\u3000]*君$/u, '');
		if (!NAME_LETTERS.test(written.replace(/[\s\u3000]/gu, ''))) return null;
		// (A post padded as its names are, `委　員　石　井　和　子　　委　員　内　田　修`, is read by the roll's columns instead.)
		// (And a roll spaced with ASCII spaces, `委 員 長  中 川 裕 子     副委員長  小 島 健 一`, by the columns too.)
		// (A surname written whole with the given name padded apart, `委　員　　佐々木　　　翼`, is one name whatever the post.)
		padded ||= /君$/u.test(last.text) || (!/[\s\u3000]/u.test(runs[from]?.text ?? '') && written.includes('\u3000') && written.split(/[\s\u3000]+/u).length >= 3) || /^[^\s\u3000]{2,4}[\s\u3000]{2,}[^\s\u3000]$/u.test(written);
		cells.push(`${(runs[from]?.text ?? '').replace(/[\s\u3000]/gu, '')}\u3000${readPaddedName(written)}`);
	}
	return padded ? cells.join('、') : null;
}

/** A surname and a post counted as one (`中山委員（１名）`). */
const ONE_COUNTED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶ]{1,4}(?:委員|議員|理事|構成員|職員|役員)[（(](?:1|１|一)[名人][）)]$/u;
/** A group of the roll with its head count: `農業委員（９名）`, `推進委員（３人）`. */
const COUNTED_GROUP = new RegExp(`^(?<group>[^\\s\\u3000（(、，,・]{2,12}(?:委員|議員|理事|構成員|職員|役員))[（(]${COUNT}[）)]$`, 'u');

/** A line of a roll padded to columns: names of single characters apart by spaces (`◎道 下 文 男  〇町 田 皇 介`), nothing else. */
const PADDED_ROLL_LINE = /^[\s\u3000]*[◎○〇◯●]?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]+(?:[\s\u3000]+[◎○〇◯●]?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]+)+$/u;
/** A padded name: characters apart by single spaces (`道 下 文 男`), or by ideographic spaces, three letters at least (`木　原　大　輔`, `山　谷　　　仁`). */
const PADDED_NAME = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー] [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]\u3000[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]\u3000{1,3}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]/u;

/** The most lines of a padded roll whose regular columns are worked out (a committee's roll is a few lines). */
const REGULAR_RUN_MAX = 40;
/** The longest line of a roll in columns looked at. */
const ROLL_LINE_MAX = 160;
/** (A table's header row padded apart, `氏　名　　　所　属`, is no row of names.) */
const isPaddedRollLine = (text: string): boolean => text.length <= ROLL_LINE_MAX && PADDED_ROLL_LINE.test(text) && PADDED_NAME.test(text) && readTableHeader(text) === null;

/**
 * Lines of a roll laid out in columns of padded names (`◎道 下 文 男  〇町 田 皇 介   星 野 良 行` over
 * ` 大 室   尚   斉 藤 哲 雄   小 川 明 仁`), where a wide gap may be inside a name (`大 室   尚`): the columns are where
 * every line of the run has a space, and each line is rewritten as its names apart by `、`. Runs of one line, and
 * lines whose columns do not give names of 2 to 6 characters, are left as they are.
 */
/**
 * The rows of a run of padded roll lines cut at `cuts` (a post wrapped onto a line of its own joined up into its row), or null
 * when a cell is no name of 2 to 6 letters (nor a post before a name).
 */
function cellsAt(run: readonly string[][], cuts: readonly number[]): { rows: string[][]; joined: Set<number> } | null {
	const width = Math.max(...run.map((chars) => chars.length));
	const columns = run.map((chars) => {
		const cells: string[] = [];
		let from = 0;
		for (const cut of [...cuts, width]) {
			cells.push(chars.slice(from, cut).join('').trim());
			from = cut;
		}
		return cells;
	});
	// A post wrapped onto a line of its own under its row (`会　計　管　理　者　兼　　高　橋　弥　一` / `会　計　課　長`,
	// `教育委員会　事務局　　星　野　　　隆` / `教　育　総　務　課　長`): when the row's post ends in 兼 or not as a post
	// does, the line alone in the first column is the rest of it, and goes up into the row.
	const joined = new Set<number>();
	for (let i = 1; i < columns.length; i++) {
		const row = columns[i] ?? [];
		const above = columns[i - 1] ?? [];
		if (joined.has(i - 1) || row[0] === '' || row.slice(1).some((cell) => cell !== '') || above.slice(1).every((cell) => cell === '')) continue;
		const post = (above[0] ?? '').replace(/[\s\u3000]/gu, '');
		if (!/兼$/u.test(post) && POST_WORD_END.test(post)) continue;
		above[0] = `${post}${(row[0] ?? '').replace(/[\s\u3000]/gu, '')}`;
		joined.add(i);
	}
	const rows = columns.map((cells, i) => (joined.has(i) ? [] : cells.filter((cell) => cell !== '')));
	// Each cell a name of 2 to 6 letters, or a post before a name (a post joined from two lines may be longer).
	const names = rows.every((cells) => cells.every((cell, index) => {
		const length = [...cell.replace(ROLL_MARK, '').replace(/[\s\u3000]/gu, '')].length;
		return (length >= 2 && length <= 6) || (index === 0 && cells.length > 1 && length <= 20 && POST_WORD_END.test(cell));
	}));
	return names ? { rows, joined } : null;
}

/**
 * Cuts at regular columns for a run of padded names (`◎大　橋　俊　介　　○林　　　美　穂　　　岡　田　　　誠` over
 * `　森　　　一　郎　　　中　村　由　香　　　北　　　　　翼`): the narrowest pitch from the first name's column at which every
 * line is blank (or a chair's mark) where a cell starts, or null.
 */
function regularCuts(run: readonly string[][], width: number): number[] | null {
	const isBlank = (chars: readonly string[], column: number) => column < 0 || column >= chars.length || /[\s\u3000]/u.test(chars[column] ?? '');
	const isMark = (chars: readonly string[], column: number) => ROLL_MARK.test(chars[column] ?? '');
	// Where names start: a letter after a blank or a mark.
	const starts = new Set<number>();
	for (const chars of run) {
		chars.forEach((char, column) => {
			if (!/[\s\u3000]/u.test(char) && !isMark(chars, column) && (isBlank(chars, column - 1) || isMark(chars, column - 1))) starts.add(column);
		});
	}
	const origin = Math.min(...starts);
	const pitches = [...new Set([...starts].map((column) => column - origin).filter((pitch) => pitch >= 3))].sort((a, b) => a - b);
	for (const pitch of pitches) {
		const cuts: number[] = [];
		for (let column = origin + pitch; column < width; column += pitch) cuts.push(column - 1);
		// (Every cut at a cell's start in some line; before it a blank, at it a blank or a mark, in every line.)
		if (!cuts.every((cut) => starts.has(cut + 1))) continue;
		if (run.every((chars) => cuts.every((cut) => isBlank(chars, cut - 1) && (isBlank(chars, cut) || isMark(chars, cut))))) return cuts;
	}
	return null;
}

/** A name padded a half-width space a letter (`岡 野 美 保`, `田 島   浩`), two to six letters. */
const HALF_PADDED_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー](?: {1,3}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]){1,5}$/u;

/** A name padded a full-width space a letter (`石　原　一　進`, `今　井　美　樹`), two to six letters. */
const WIDE_PADDED_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー](?:\u3000[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]){1,5}$/u;
/** One letter alone: a padded role's letter (`委`), or a given name of one letter set three spaces from the surname (`進`). */
const ONE_LETTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]$/u;

/**
 * The same cell in full-width spaces with a role padded two spaces a letter to a post's width (`委　　員　　石　原　一　進`,
 * `委　　員　　石　原　　　進`, a committee's roll whose 委員 is as wide as 委員長): the role, a full-width space and the name; null
 * for any other cell (the role's letters and the name had been read as one name, `委員石原 進`).
 */
function widePaddedPostAndName(parts: readonly string[]): string | null {
	const blankLetter = parts.length >= 4 && ONE_LETTER.test(parts.at(-1) ?? '') && WIDE_PADDED_NAME.test(parts.at(-2) ?? '') ? 2 : 0;
	const count = blankLetter > 0 ? 2 : WIDE_PADDED_NAME.test(parts.at(-1) ?? '') ? 1 : 0;
	const letters = parts.slice(0, -count);
	if (count === 0 || letters.length < 2 || !letters.every((letter) => ONE_LETTER.test(letter))) return null;
	const role = letters.join('');
	if (!ROLE_TITLES.includes(role)) return null;
	return `${role}\u3000${readPaddedName(parts.slice(-count).join('\u3000\u3000\u3000'))}`;
}

/**
 * A column's cell holding a post padded to its width and the name after it (`主  査  岡 野 美 保`, `委     員  田 島   浩`), as a
 * PDF's text of a committee's roll sets a short post's letters as far apart as post and name: the post, a full-width space and
 * the name; null for any other cell (the post's letters and the name had been read as one name, `主査岡野美保`).
 */
function paddedPostAndName(cell: string): string | null {
	const parts = trimSpaces(cell).split(/[\s\u3000]{2,}/u);
	if (parts.length < 2) return null;
	// (The name's own blank letter may be as wide as the gap before it: `田 島   浩`.)
	const count = HALF_PADDED_NAME.test(parts.at(-1) ?? '') ? 1 : parts.length >= 3 && HALF_PADDED_NAME.test(parts.slice(-2).join('  ')) ? 2 : 0;
	if (count === 0) return widePaddedPostAndName(parts);
	const post = parts.slice(0, -count).join('').replace(/[\s\u3000]/gu, '');
	if (!(isPost(post) || SHARED_ROLE.test(post))) return null;
	return `${post}\u3000${readPaddedName(parts.slice(-count).join('   '))}`;
}

function readAlignedRolls(lines: readonly SourceLine[]): SourceLine[] {
	const out = [...lines];
	let at = 0;
	while (at < lines.length) {
		let end = at;
		while (end < lines.length && isPaddedRollLine(lines[end]?.text ?? '')) end++;
		// (One line alone only with a chair's or vice-chair's mark, and only by regular columns: `◎大　橋　俊　介　　○林　　　美　穂　　　岡　田　　　誠`.)
		const single = end - at === 1 && /[◎○〇◯●]/u.test(lines[at]?.text ?? '');
		if (end - at >= 2 || single) {
			const run = lines.slice(at, end).map((source) => [...source.text]);
			const width = Math.max(...run.map((chars) => chars.length));
			const blank = (column: number) => run.every((chars) => column >= chars.length || /[\s\u3000]/u.test(chars[column] ?? ''));
			// Cuts: runs of two or more columns blank in every line, with text on both sides.
			const cuts: number[] = [];
			for (let column = 1; column < width - 1; column++) {
				if (blank(column) && blank(column + 1) && !blank(column - 1)) cuts.push(column);
			}
			let read = single || cuts.length === 0 ? null : cellsAt(run, cuts);
			// A wide gap inside a name (`岡　田　　　誠` over `北　　　　　翼`) is no cut: the cells start at regular columns instead.
			if (read === null && run.length <= REGULAR_RUN_MAX) {
				const regular = regularCuts(run, width);
				read = regular === null ? null : cellsAt(run, regular);
				if (read !== null && single && read.rows.every((cells) => cells.length < 3)) read = null;
			}
			if (read !== null) {
				const { rows, joined } = read;
				rows.forEach((cells, i) => {
					const source = lines[at + i];
					if (!source) return;
					if (joined.has(i)) {
						out[at + i] = { text: '', line: source.line };
						return;
					}
					const names = cells.map((cell, index) => {
						const mark = ROLL_MARK.exec(cell)?.[0] ?? '';
						const bare = cell.slice(mark.length);
						// A post before the name is one word however it is spaced (`次　　　　　長`, `教育委員会教　育　長`).
						// (A ditto mark before it stays apart, `同　次長` under `健康福祉部長`, for the post above to stand for it.)
						// (`主　査` padded as the names are: the post's letters apart.)
						if (index === 0 && cells.length > 1 && POST_WORD_END.test(bare.replace(/[\s\u3000]/gu, ''))) {
							const ditto = DITTO_MARK.exec(bare)?.[0] ?? '';
							return `${mark}${ditto === '' ? '' : `${trimSpaces(ditto)}\u3000`}${bare.slice(ditto.length).replace(/[\s\u3000]/gu, '')}`;
						}
						const held = paddedPostAndName(bare);
						return `${mark}${held ?? readPaddedName(bare)}`;
					});
					// A post and its holder stay one entry (`副市長　清水幸雄`); names apart are entries of their own.
					const held = cells.length === 2 && POST_WORD_END.test((cells[0] ?? '').replace(/[\s\u3000]/gu, ''));
					// (A side's word in the first column, `議会側　　議長　　菅　原　　　武`, heads the line as written: it had been a member.)
					const side = cells.length === 3 && SIDE_CELL.test(names[0] ?? '') && POST_WORD_END.test((names[1] ?? '').replace(/[\s\u3000]/gu, ''));
					// (A role many hold before the names, `議員　　土　屋　健　太　　長　尾　まゆみ　　…`, heads them all: it had been a member;
					// not before one name whose surname and given name stand in two cells, `委員　　平　田　　健　二`.)
					const shared = !side && cells.length > 2 && SHARED_ROLE.test(names[0] ?? '') && !isPaddedNameCells(cells.slice(1));
					out[at + i] = { text: side ? `${names[0]}\u3000\u3000${names[1]}\u3000${names[2]}` : shared ? `${names[0]}\u3000${names.slice(1).join('、')}` : names.join(held ? '\u3000' : '、'), line: source.line };
				});
			}
		}
		at = Math.max(end, at + 1);
	}
	return out;
}

/** A role in brackets and the names after it, up to the next bracket: `(副会長)岸、中条`. */
// (The role may be padded to its column, a space between its letters: `（理　事）`.)
const BRACKETED_ROLE = /[（(](?<role>[^（()）、，,\s\u3000](?:[ \u3000]?[^（()）、，,\s\u3000]){0,5})[）)](?<names>[^（()）]*)/gu;
/** How a residents' group's or a school's role ends when it is no listed title (`協力員`, `広報係`, `防災担当`). */
const ROLE_ENDING = /(?:長|員|係|役|計|記|事|監|担当)$/u;

/** A post that one person holds at the head of a body, no name in it: `総代会長`, `運営委員長`. */
function isHeadPost(role: string): boolean {
	const parts = parseNameLabel(role);
	return /長$/u.test(role) && parts.name === null && parts.title === role;
}

/** A role padded to its column and closed by a bracket that was never opened, at a roll line's start: `理　事）　中村　和夫`. */
const UNOPENED_ROLE = /^(?<role>[^（()）、，,\s\u3000](?:[ \u3000]?[^（()）、，,\s\u3000]){0,5})[）)]/u;

/** The roll line with the missing opening bracket of its role written in (`（理　事）　中村　和夫`), or null for any other line. */
function withRoleOpened(text: string): string | null {
	const role = UNOPENED_ROLE.exec(text)?.groups?.role;
	if (role === undefined) return null;
	const bare = role.replace(/[ \u3000]/gu, '');
	return ROLE_TITLES.includes(bare) || isHeadPost(bare) ? `（${text}` : null;
}

/**
 * A line of roles in brackets, each before the names that hold it (`(会長)倉田 (副会長)岸、中条`, a residents' group's or
 * a PTA's roll): the members with their role as title, and what closes the line (`敬称略`) as a note; null for any other line.
 */
function readBracketedRoles(text: string): { members: Member[]; note: string | null } | null {
	const trimmed = trimSpaces(text);
	if (!/^[（(]/u.test(trimmed)) return null;
	const segments = [...trimmed.matchAll(BRACKETED_ROLE)];
	if (segments.length === 0 || segments.map((segment) => segment[0]).join('').replace(/[\s\u3000]/gu, '') !== trimmed.replace(/[\s\u3000]/gu, '')) return null;
	// A bracket right after a name (`林 良平（座長）、中川 ゆかり`) is that name's role, not one before the names after it.
	if (segments.some((segment) => segment.index > 0 && !/[\s\u3000]/u.test(trimmed[segment.index - 1] ?? '')) || segments.some((segment) => /^[\s\u3000]*[、，,]/u.test(segment.groups?.names ?? ''))) return null;
	const roleOf = (segment: RegExpMatchArray): string => (segment.groups?.role ?? '').replace(/[ \u3000]/gu, '');
	if (!segments.every((segment) => { const role = roleOf(segment); return ROLE_TITLES.includes(role) || ROLE_ENDING.test(role); })) return null;
	// One bracket alone heads a group (`（委員）鶴見 義則、…`, `（推進委員）…`) unless it holds an officer's role (`(会長)倉田`), a
	// head's post among them (`（総代会長）山下　武`, `（運営委員長）…`: one person heads).
	const only = segments.length === 1 ? roleOf(segments[0]!) : null;
	if (only !== null && (!(ROLE_TITLES.includes(only) || isHeadPost(only)) || GROUP_WORD.test(only))) return null;
	let note: string | null = null;
	const members: Member[] = [];
	for (const [index, segment] of segments.entries()) {
		const padded = segment.groups?.role ?? '';
		const role = roleOf(segment);
		// The role as written, brackets and all: `(会長)`, `（理　事）`.
		const written = segment[0].slice(0, segment[0].indexOf(padded) + padded.length + 1);
		let names = trimSpaces(segment.groups?.names ?? '');
		// `江川 (協力員)浅生 敬称略`: the list's own remark after the last name.
		const editorial = index === segments.length - 1 ? EDITORIAL_END.exec(names) : null;
		if (editorial) {
			note = editorial.groups?.note ?? null;
			names = trimSpaces(names.slice(0, editorial.index));
		}
		for (const name of names.split(/[、，,]/u).map(trimSpaces).filter((entry) => entry !== '')) {
			// `上原[記]`: a mark after the name (the recorder's) stays in the entry's text.
			const bare = name.replace(/[\[［【][^\]］】]*[\]］】]$/u, '');
			const person = parseNameLabel(bare);
			members.push({ text: `${written}${name}`, name: BARE_NAME.test(bare) || isSpacedFullName(bare) ? bare : person.title === null ? person.name : null, title: role, affiliation: null });
		}
	}
	return members.length > 0 ? { members, note } : null;
}

/** A side of a labour-management council's or a town's table heading a line of the roll, the members after it: `会社側　…`, `組合側　…`. */
// (The side of one letter spaced to the column's width, `村　側`, as a 全員協議会's roll sets it under `議会側`.)
const SIDE_GROUP = /^(?<side>(?:会社|組合|労働者|使用者|労働|経営|労|使|住民|地元|事業者|(?:市|町|村|県|区)[ \u3000]?|行政|議会|執行部|当局|理事者)側)[\s\u3000]+(?<rest>\S.*)$/u;
/** A side's word alone, or the office, in the first column of a roll set out by sides: `議会側`, `町側`, `事務局`. */
const SIDE_CELL = /^(?:(?:会社|組合|労働者|使用者|経営|住民|地元|事業者|市|町|村|県|区|行政|議会|執行部|当局|理事者)側|事務局)$/u;
/** A post and the surnames that hold it (`人事部長 森田`, `執行委員 佐野・平田`, `総務課 石井`). */
const POST_SURNAMES = /^(?<post>[^\s\u3000、，,（()）・]{1,12})[\s\u3000]+(?<names>(?:[\p{Script=Han}々]{1,4}|[A-Za-z][a-z]{1,11})(?:・(?:[\p{Script=Han}々]{1,4}|[A-Za-z][a-z]{1,11}))*)$/u;

/** A post and the full names that hold it, each surname and given name a space apart, `・` between the names: `副会長 谷口 恵理・高村 沙織`. */
const POST_FULL_NAMES = /^(?<post>[^\s\u3000、，,（()）・]{1,12})[\s\u3000]+(?<names>[\p{Script=Han}々]{1,4}[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,5}(?:・[\p{Script=Han}々]{1,4}[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,5})+)$/u;
/** How a post on a side's line ends: `人事部長`, `執行委員`, `書記長`, `総務課`. */
const SIDE_POST_END = /(?:長|員|役|官|監|事|課|部|室|係|局|担当|主任|主査|主幹|補佐|参与|書記)$/u;

/** A post and the surnames that hold it (`執行委員 佐野・平田`), when the post ends as one; null for any other entry. */
function heldBy(entry: string): { post: string; names: string[]; gap: string } | null {
	// (Full names so too, `副会長 谷口 恵理・高村 沙織`: two persons, each with the post; it had been one entry naming no one.)
	const held = POST_SURNAMES.exec(trimSpaces(entry))?.groups ?? (entry.length <= 80 ? POST_FULL_NAMES.exec(trimSpaces(entry))?.groups : undefined);
	if (!held?.post || !held.names || !SIDE_POST_END.test(held.post)) return null;
	// (`農林水産省経営局　就農・女性課長`: a section whose name is joined by ・ and its post, no surnames; it had been two people.)
	if (held.names.split('・').some((name) => parseNameLabel(name).title !== null)) return null;
	return { post: held.post, names: held.names.split('・'), gap: /[\s\u3000]+/u.exec(trimSpaces(entry))?.[0] ?? ' ' };
}

/** The role in the body written in a bracket closing an entry (`長谷川　誠（会長）` → 会長), or null when the bracket holds none. */
function bracketedRole(entry: string): string | null {
	const role = /[（(](?<role>[^（()）]{1,8})[）)]$/u.exec(trimSpaces(entry))?.groups?.role ?? null;
	return role !== null && ROLE_TITLES.includes(role) ? role : null;
}

/**
 * A list's entries each with its own role before the name (`会長 川口、副会長 三宅`), as members; null for any other list. A bare
 * name after an entry with a post many hold holds that post too, as after a post heading the line (`…、理事 大崎、南、西田`);
 * never after one only one holds (`会長 東、小川`).
 */
export function membersWithOwnRoles(entries: readonly string[]): Member[] | null {
	if (entries.length <= 1 || entries.filter((entry) => LEADING_ROLE.test(entry)).length <= 1) return null;
	let carried: string | null = null;
	return entries.map((entry) => {
		const own = LEADING_ROLE.exec(entry)?.groups;
		const member = parseMember(own?.rest ?? entry);
		if (own && member.name !== null && member.title === null) {
			carried = SHARED_POST.test(own.role ?? '') ? (own.role ?? null) : null;
			return { ...member, text: entry, title: own.role ?? null };
		}
		const written = heldSurname(parseMember(entry));
		// (A full name too, `吉川 恵`, and one with how the member attended, `小野寺 香（オンライン）`.)
		const attended = written.affiliation !== null && ATTENDANCE_MODE.test(written.affiliation);
		if (carried !== null && (BARE_NAME.test(entry) || isSpacedFullName(entry.replace(/[（(][^（()）]{1,12}[）)]$/u, ''))) && written.name !== null && written.title === null && (written.affiliation === null || attended)) return { ...written, title: carried };
		carried = null;
		return written;
	});
}

/** A post and the surnames that hold it in brackets after it, two or more joined by ・: `副会長（村上・坂口）`, as a PTA's roll writes them. */
/** A post short enough to be an association's or a school's (`副会長`, `執行委員`), never an official's whose bracket names fields (`大臣官房審議官（技術・環境）`). */
const BRACKETED_HOLDERS_POST = /^[^\s\u3000]{1,6}$(?<!官)/u;
const POST_BRACKETED_SURNAMES = /^(?<post>[^\s\u3000、，,（()）・]{1,12})[（(](?<names>[\p{Script=Han}々]{1,4}(?:・[\p{Script=Han}々]{1,4}){1,5})[）)]$/u;

/**
 * `副執行委員長　三浦・荒木` → `副執行委員長　三浦`, `副執行委員長　荒木`: each surname after a post with the post; so
 * `副会長（村上・坂口）` → `副会長（村上）`, `副会長（坂口）`; any other entry as it is.
 */
export function eachSurnameWithPost(entry: string): string[] {
	if (!entry.includes('・')) return [entry];
	const bracketed = POST_BRACKETED_SURNAMES.exec(trimSpaces(entry))?.groups;
	if (bracketed?.post && bracketed.names && SIDE_POST_END.test(bracketed.post) && BRACKETED_HOLDERS_POST.test(bracketed.post) && bracketed.names.split('・').every((name) => parseNameLabel(name).title === null)) {
		return bracketed.names.split('・').map((name) => `${bracketed.post}（${name}）`);
	}
	const held = heldBy(entry);
	return held ? held.names.map((name) => `${held.post}${held.gap}${name}`) : [entry];
}

/** The members of one entry of a side's line: each surname with the post before it, or the entry read as any member. */
function sideMembers(entry: string): Member[] {
	// (`山田 太郎`, a full name with a space, is one member: the post ends as a post or a section does.)
	const held = heldBy(entry);
	return held ? held.names.map((name) => ({ text: `${held.post} ${name}`, name, title: held.post, affiliation: null })) : [parseMember(entry)];
}

/**
 * A table's column of roles copied above its column of names (`委員長` / `副委員長` / `委員` / `浜田　妙子` / `市谷　知子` / …):
 * a group of roles without names, then the group the last role heads. The roles go to the first names in order, the last
 * role to every name after them, all in the first group.
 */
function stackedRoles(groups: ParticipantGroup[]): void {
	for (let i = 0; i + 1 < groups.length; i++) {
		const roles = groups[i];
		const named = groups[i + 1];
		if (!roles || !named || roles.members.length === 0 || !ROLL_POSTS.test(named.group)) continue;
		if (!roles.members.every((member) => member.name === null && member.title !== null && member.affiliation === null)) continue;
		if (named.members.length <= roles.members.length || !named.members.every((member) => member.name !== null && member.title === null && member.affiliation === null)) continue;
		roles.members = named.members.map((member, index) => ({ ...member, title: roles.members[index]?.title ?? named.group }));
		groups.splice(i + 1, 1);
	}
}

/** How many round brackets a roll's line leaves open (never below zero). */
function openRoundBrackets(text: string): number {
	let depth = 0;
	for (const char of text) {
		if (char === '（' || char === '(') depth++;
		else if ((char === '）' || char === ')') && depth > 0) depth--;
	}
	return depth;
}

/** How many lines a member's bracket may wrap onto. */
const BRACKET_WRAP_LINES = 2;

/**
 * A member's bracket wrapped onto the next line (`井口　さやか（一般社団法人地域情報化推進協会` / `　　常務理事）`), as a ministry's
 * roll sets a long affiliation: the lines joined into the member's, where the bracket had been no member's and its end a member
 * of its own; a bracket the next lines do not close is left as it is.
 */
function joinWrappedBrackets(lines: readonly SourceLine[]): SourceLine[] {
	const out: SourceLine[] = [];
	for (let index = 0; index < lines.length; index++) {
		const source = lines[index];
		if (source === undefined) continue;
		let depth = source.text.length <= 200 ? openRoundBrackets(source.text) : 0;
		if (depth === 0) {
			out.push(source);
			continue;
		}
		let text = source.text.trimEnd();
		let end = index;
		while (depth > 0 && end - index < BRACKET_WRAP_LINES) {
			const next = trimSpaces(lines[end + 1]?.text ?? '');
			if (next === '' || next.length > 200) break;
			text = joinWrapped(text, next);
			depth = openRoundBrackets(text);
			end++;
		}
		if (depth === 0 && end > index) {
			out.push({ ...source, text });
			index = end;
		} else out.push(source);
	}
	return out;
}

/** A row of a roll's two columns: the first cell, a gap of two spaces or more, the second cell (one cell, no gap inside). */
const TWO_CELL_ROW = /^(?<lead>[\s\u3000]*\S(?:[^\s\u3000]|[\s\u3000](?![\s\u3000]))*[\s\u3000]{2,})(?<cell>\S(?:[^\s\u3000]|[\s\u3000](?![\s\u3000]))*)$/u;
/** A line of one cell (no gap of two spaces inside): a wrapped cell's end, or a member. */
const ONE_CELL = /^[\s\u3000]*\S(?:[^\s\u3000]|[\s\u3000](?![\s\u3000]))*$/u;

/**
 * A roll's second column wrapped onto the next line, set under it (`井上　浩　　　　　特定非営利活動法人子ども未来ネット` /
 * `　　　　　　　　　　　代表理事`): the line's one cell starts where the row's second cell does, so it ends that cell (the
 * member's affiliation); it had been a member of its own, a post without a name.
 */
function joinColumnWraps(lines: readonly SourceLine[]): SourceLine[] {
	const out: SourceLine[] = [];
	for (const source of lines) {
		const above = out.at(-1);
		const row = above && above.text.length <= 200 && source.text.length <= 200 ? TWO_CELL_ROW.exec(above.text)?.groups : undefined;
		const lead = /^[\s\u3000]*/u.exec(source.text)?.[0] ?? '';
		// (Only under a member's full name and what they are, and never a name: `委　員　　山田　太郎` / `　　　　　鈴木　次郎` is the
		// next member under the same post.)
		const wraps = above && row && lead !== '' && ONE_CELL.test(source.text) && displayWidth(lead) === displayWidth(row.lead ?? '') && !/[【［\[＜<〈:：、，,]/u.test(source.text) && !/[、，,]/u.test(above.text);
		if (above && wraps && isSpacedFullName(trimSpaces(row?.lead ?? '')) && parseMember(trimSpaces(source.text)).name === null) {
			out[out.length - 1] = { ...above, text: joinWrapped(above.text.trimEnd(), trimSpaces(source.text)) };
			continue;
		}
		out.push(source);
	}
	return out;
}

/** A post cut at 兼 alone on its line, its rest on a line further down: `会計管理者兼` (… `会計課長`). */
const POST_CUT_AT_KEN = /^[^\s\u3000（()）、，,]{1,15}兼$/u;
/** The rest of such a post, alone on its line: `会計課長`. */
const POST_REST = /^[^\s\u3000（()）、，,]{1,15}(?:長|者|官|員|監|役|主幹|主査|理事|参事|次長)$/u;
/** Blank lines a web page's copy sets between the rows of a roll. */
const ROW_GAP = 2;

/**
 * A roll's post of two offices wrapped around its holder's name, as a page of two columns sets a long post (`会計管理者兼` /
 * `　　　　日向 亘君　　政策秘書課長　駒井宗夫君` / `会計課長`): the post's two lines are joined before the row, whose first cell is
 * the name, and left blank. The cut post had been a member named `会計管理者兼`, its holder without a post, its rest lost.
 */
export function joinPostsAroundName(lines: readonly SourceLine[]): SourceLine[] {
	const out = [...lines];
	const nextText = (from: number): number => {
		let at = from;
		while (at < out.length && at - from < ROW_GAP && (out[at]?.text.trim() ?? '') === '') at++;
		return at < out.length && (out[at]?.text.trim() ?? '') !== '' ? at : -1;
	};
	for (let at = 0; at < out.length; at++) {
		const head = trimSpaces(out[at]?.text ?? '');
		if (!POST_CUT_AT_KEN.test(head)) continue;
		const row = nextText(at + 1);
		const rest = row === -1 ? -1 : nextText(row + 1);
		if (rest === -1) continue;
		const rowText = out[row]?.text ?? '';
		const restText = trimSpaces(out[rest]?.text ?? '');
		const firstCell = trimSpaces(rowText).split(/[\s\u3000]{2,}/u)[0] ?? '';
		const member = parseMember(firstCell);
		if (!POST_REST.test(restText) || member.name === null || member.title !== null) continue;
		const indent = /^[\s\u3000]*/u.exec(out[at]?.text ?? '')?.[0] ?? '';
		out[at] = { ...(out[at] as SourceLine), text: `${indent}${head}${restText}\u3000\u3000${trimSpaces(rowText)}` };
		out[row] = { ...(out[row] as SourceLine), text: '' };
		out[rest] = { ...(out[rest] as SourceLine), text: '' };
	}
	return out;
}

/** A role or post alone, no one named (`教育長`, `委員`, `教育長職務代理者`): a short word ending as a post does, read as one. */
function isPostAlone(text: string): boolean {
	if (text === '' || [...text].length > 10 || !(SIDE_POST_END.test(text) || text.endsWith('者')) || /[0-9０-９]/u.test(text)) return false;
	const read = parseMember(text);
	return read.name === null && read.title !== null && read.affiliation === null;
}

/**
 * A roll read from a form's table one cell per line, the role over its holder (`教 育 長` / `笹岡 忠則`, `委 員` / `水野 知子`):
 * each role joined to the name under it on the role's line, the name's line left blank (each had been an entry of its own, the
 * role a nameless member). Only where two such pairs stand in the roll and the line under the role is a name alone.
 */
function joinPostOverName(lines: readonly SourceLine[]): SourceLine[] {
	const pairs: [number, number][] = [];
	for (let at = 0; at + 1 < lines.length; at++) {
		// (A short line only, spaces aside: the cheap tests before any reading of it.)
		const role = (lines[at]?.text ?? '').length > 40 ? '' : (lines[at]?.text ?? '').replace(/[\s\u3000]/gu, '');
		if (!isPostAlone(role)) continue;
		const below = at + 1;
		const held = parseMember(trimSpaces(lines[below]?.text ?? ''));
		if (held.name === null || held.title !== null || held.affiliation !== null || isPostAlone((lines[below]?.text ?? '').replace(/[\s\u3000]/gu, ''))) continue;
		pairs.push([at, below]);
		at = below;
	}
	if (pairs.length < 2) return [...lines];
	const out = [...lines];
	for (const [at, below] of pairs) {
		const role = (out[at]?.text ?? '').replace(/[\s\u3000]/gu, '');
		out[at] = { ...(out[at] as SourceLine), text: `${role}\u3000${trimSpaces(out[below]?.text ?? '')}` };
		out[below] = { ...(out[below] as SourceLine), text: '' };
	}
	return out;
}

/** A group's label set apart from its colon, as a form pads its labels (`構成員　：　浅井座長、…`, `説明者　：　…`). */
const SPACED_GROUP_COLON = /^(?<label>[\s\u3000]*[^\s\u3000:：、，,（()）]{1,15})[\s\u3000]+(?=[:：])/u;

/** A row of two cells apart by a tab, a full name written with its space then what the member is (`小池　正和⇥みどり大学教授`). */
const NAME_THEN_CELL = /^(?<name>[^\t\s\u3000]{1,6}[ \u3000][^\t\s\u3000]{1,6})\t(?<cell>[^\t]+)$/u;

/**
 * A roll's line typed with tabs as the member's cells: a row of a full name and its affiliation (`小池　正和⇥みどり大学教授`, a web
 * page's table of two members a row set a member a line) its two cells a wide gap apart; else a tab is a space inside a member,
 * two or more the gap between members (`⇥髙田⇥義夫⇥⇥宮﨑⇥香`).
 */
function untabbed(text: string): string {
	const row = NAME_THEN_CELL.exec(text)?.groups;
	if (row && isSpacedFullName(row.name ?? '')) return `${row.name ?? ''}\u3000\u3000${row.cell ?? ''}`;
	return text.replace(/\t{2,}/gu, '\u3000\u3000').replace(/\t/gu, '\u3000');
}

/**
 * Read the participant groups of the 出席者 section, warning about groups without members.
 * `section` names a section that is itself a group (欠席者): members go to it, sub-groups become `欠席者（構成員）`;
 * `unnamed` names the group of members listed before any group's heading (`出席委員` when the section is so headed).
 */
export function parseParticipants(given: readonly SourceLine[], diagnostics: Diagnostic[], section: string | null = null, note: string | null = null, unnamed = '出席者'): ParticipantGroup[] {
	// A roll typed with tabs (a spreadsheet's cells: `\t髙田\t義夫\t\t宮﨑\t香`): a tab is a space inside a member, two or more
	// the gap between members, as ideographic spaces write them (`町長　鈴木　康弘　　副町長　原田　悦子`).
	// (`財務局長武市  敬君`, `山内  晃君`: a name padded to its cell, one member a line with 君 after it; the gap is the name's.)
	const lines = joinPostOverName(joinPostsAroundName(joinColumnWraps(joinWrappedBrackets(given.map((source) => (source.text.includes('\t') ? { ...source, text: untabbed(source.text) } : SPACED_GROUP_COLON.test(source.text) ? { ...source, text: source.text.replace(SPACED_GROUP_COLON, '$<label>') } : source)).map((source) => (PADDED_GIVEN_NAME.test(source.text) ? { ...source, text: source.text.replace(/[ \u3000]{2,3}/u, ' ') } : source)).map(layoutNameCells)))));
	const groups: (ParticipantGroup & { line: number })[] = [];
	/** The rolls of the absent a roll's note names (`（後藤副委員長は欠席）`), each to go after its roll. */
	const notedAbsent: { after: ParticipantGroup & { line: number }; group: ParticipantGroup & { line: number } }[] = [];
	/** Roles of the marks before names (`◎石原康夫`), from a legend line (`(◎部会長、○副部会長)`). */
	const legend = new Map<string, string>();
	const startGroup = (written: string, note: string | null, line: number): void => {
		// (`(委 員)`, `事 務 局`: a group's word set a space a letter, as a page pads it to its column, is the word.)
		const group = /^(?:[^\s\u3000][ \u3000]){1,5}[^\s\u3000]$/u.test(written) ? written.replace(/[ \u3000]/gu, '') : written;
		groups.push(note === null ? { group: named(group), members: [], line } : { group: named(group), note, members: [], line });
	};
	/** An editorial remark about the list (（敬称略）) goes to the group it follows. */
	const annotate = (note: string): void => {
		const group = groups.at(-1);
		if (group) addNote(group, note);
	};
	const named = (group: string): string => (section === null ? group : `${section}（${group}）`);
	/** Add the members of a line; a bulleted line (`- 林  いづみ 委員`) is one member each, never split at its spaces; `kept` is a bullet that stays in the entry's text. */
	const currentGroup = (line: number): (typeof groups)[number] => {
		let group = groups.at(-1);
		if (!group) {
			// Members listed without a group heading belong to the section itself.
			group = { group: section ?? unnamed, members: [], line };
			groups.push(group);
		}
		return group;
	};
	/**
	 * Groups whose note says what they hold instead of names (`なし`, a head count `欠席者：５名`, `全員`): empty without a warning.
	 */
	const saidNone = new Set<(typeof groups)[number]>();
	/** The absent counted in a bracket of their own under the roll (`（欠席：なし）`), no list of names. */
	const absentCounted = new Set<(typeof groups)[number]>();
	/** A note on the current group that stands for its names (a count, `全員`): the group noted, its emptiness explained. */
	const noteInstead = (line: number, note: string): void => {
		const group = currentGroup(line);
		addNote(group, note);
		saidNone.add(group);
	};
	/** A group the list says has nobody in it: noted so (`欠席委員（なし）`), no member. */
	const sayNone = (group: (typeof groups)[number]): void => {
		saidNone.add(group);
		if (group.members.length === 0) addNote(group, 'なし');
	};
	/** The ministry of the last row that named one before its official (`財務省　　　寺岡光博　大臣官房総括審議官`), and its group. */
	let officeAbove: { group: ParticipantGroup; office: string } | null = null;
	const add = (members: string, line: number, bulleted = false, kept = ''): void => {
		// (`傍聴：なし` after its group's name: nobody, no member named なし.)
		if (saysNone(members)) {
			sayNone(currentGroup(line));
			return;
		}
		// `出席者：会員１２０名中　出席４２名、委任状５１通` (an association's 総会): its turnout, a note on the list, no member (each
		// count had been a member named no one).
		if (isTurnout(members)) {
			noteInstead(line, trimSpaces(members));
			return;
		}
		// `立 花   智 以上11名`, `柚 木 昭 男 1名` (a 合併協議会's roll): the head count after the last name, a space between, is a note
		// on the group, the names before it read alone (the count had run into the last name, or made the entry name no one).
		const tail = members.length <= 200 ? COUNT_AFTER_NAMES.exec(members) : null;
		const before = tail ? trimSpaces(members.slice(0, tail.index)) : '';
		// (`…、中央執行委員 ８名`: the holders of a post counted after the post, as `学年委員長 6名` is; that line is read below.)
		const last = splitEntries(before).at(-1) ?? '';
		const postCounted = !/[\s\u3000]/u.test(trimSpaces(last)) && ROLE_TITLES.some((role) => trimSpaces(last).endsWith(role));
		if (tail && before !== '' && !postCounted && splitEntries(before).every((entry) => parseMember(entry).name !== null)) {
			add(before, line, bulleted, kept);
			addNote(currentGroup(line), tail.groups?.count ?? '');
			return;
		}
		// `委任状：２通`, `書面表決　５票`: the proxies or the votes in writing counted, a note on the group, no member named `２通`.
		if (PAPERS_COUNTED.test(members.replace(/[\s\u3000]/gu, ''))) {
			noteInstead(line, trimSpaces(members));
			return;
		}
		// `委員　　高野　修一　　東野大学教授　※代理出席`: a note after a reference mark closing the line is the last member's, kept in
		// their entry's text; the cells before it are read without it (the note had made a member of the affiliation's cell).
		const marked = members.length <= 400 ? MARKED_NOTE.exec(members) : null;
		if (marked && marked.index > 0 && !/[、，,]/u.test(members.slice(0, marked.index))) {
			const before = groups.at(-1)?.members.length ?? 0;
			const at = groups.length;
			add(members.slice(0, marked.index), line, bulleted, kept);
			const group = groups.at(-1);
			const last = group?.members.at(-1);
			if (group && last && (groups.length !== at || group.members.length > before)) group.members[group.members.length - 1] = { ...last, text: `${last.text}${marked[0]}` };
			return;
		}
		// `田中次長　他２名`: the others counted after a person named, a space between, an entry of their own (the person had been
		// lost with them).
		const entries = splitEntries(members).flatMap(postsApartByWideSpaces).flatMap((entry) => {
			const others = entry.length <= 200 ? OTHERS_AFTER_SPACE.exec(entry) : null;
			const before = others ? parseMember(entry.slice(0, others.index)) : null;
			// (So are they after an official by post alone, `都市計画課長　外２名`.)
			if (others && before && (before.name !== null || (before.title !== null && before.affiliation === null))) return [trimSpaces(entry.slice(0, others.index)), trimSpaces(others[0])];
			// `障害福祉課長ほか4名`, `道路建設課長ほか`: the post, then the others with the official (the post had been no member's, or
			// the others left unsaid).
			const after = entry.length <= 200 ? OTHERS_AFTER_POST.exec(entry) : null;
			const post = after ? parseMember(entry.slice(0, after.index)) : null;
			return after && post?.name === null && post.title !== null && post.affiliation === null ? [trimSpaces(entry.slice(0, after.index)), trimSpaces(after[0])] : [entry];
		});
		// `奥田隆一、関本昇、深山慎子（４名）`: the list's head count closing its last entry is a note on the group, no part of that
		// member's entry.
		const closing = entries.length > 1 ? COUNT_CLOSING_LIST.exec(entries.at(-1) ?? '') : null;
		const counted = closing ? trimSpaces((entries.at(-1) ?? '').slice(0, closing.index)) : '';
		if (closing && parseMember(counted).name !== null) {
			entries[entries.length - 1] = counted;
			addNote(currentGroup(line), closing.groups?.count ?? '');
		}
		// `根本座長、ほか委員６名（うちＷＥＢ参加２名）`: the others counted after those named are a note on the list, no member.
		// (So is a group's count with a note on how they came after someone named: `会長　大橋　隆、委員２８名（代理出席５名を含む）`; among
		// counts alone, `会長、副会長2名、監事1名（計9名）`, each is an entry.)
		const noted = new Set(entries.length > 1 ? entries.filter(isNotedGroupCount) : []);
		const named = noted.size > 0 && entries.some((entry) => !noted.has(entry) && parseMember(entry).name !== null);
		// (So is a group counted after those named, `会長　森本隆、会計　大川俊、班長　６名`: the 班長 came, none named; it had been a
		// member named no one. A count before the names, `理事１名、監事　大崎`, stays an entry.)
		const firstNamed = entries.findIndex((entry) => !GROUP_COUNT.test(entry.replace(/[\s\u3000]/gu, '')) && parseMember(entry).name !== null);
		const counts = new Set(entries.length > 1 && firstNamed >= 0 ? entries.slice(firstNamed + 1).filter((entry) => GROUP_COUNT.test(entry.replace(/[\s\u3000]/gu, '')) && parseMember(entry).name === null) : []);
		const namedBeside = counts.size > 0;
		// (And the counts of other groups right after them: `藤本　哲也　外理事１８名、監事４名`.)
		const others: string[] = [];
		for (let i = 0; entries.length > 1 && i < entries.length; i++) {
			const entry = entries[i] ?? '';
			const afterOthers = i > 0 && others.at(-1) === entries[i - 1];
			// (`総合政策局交通政策課長、同課担当２名`: the staff of the office of the post before, counted, none named.)
			const sameOffice = i > 0 && SAME_OFFICE_COUNT.test(entry.replace(/[\s\u3000]/gu, '')) && parseMember(entries[i - 1] ?? '').title !== null;
			if (OTHERS_COUNTED.test(trimSpaces(entry)) || trimSpaces(entry) === 'ほか' || sameOffice || (named && noted.has(entry)) || (namedBeside && counts.has(entry)) || (afterOthers && GROUP_COUNT.test(entry.replace(/[\s\u3000]/gu, '')))) others.push(entry);
		}
		if (others.length > 0) {
			entries.splice(0, entries.length, ...entries.filter((entry) => !others.includes(entry)));
			for (const entry of others) addNote(currentGroup(line), trimSpaces(entry));
		}
		// `101号室　理事長　John Smith`, `理事長　　502号室　木下　智史`: an officer by room, post and name, one member.
		const roomed = entries.length === 1 && !bulleted ? readRoomRow(entries[0] ?? '') : null;
		if (roomed) {
			currentGroup(line).members.push(roomed);
			return;
		}
		const rooms = entries.length > 1 && !bulleted ? readRoomRows(entries) : null;
		if (rooms) {
			currentGroup(line).members.push(...rooms);
			return;
		}
		// `委　　員　（北見沢町）　谷　口　昭　雄`: a post, the member's town in brackets and the name, one member.
		const bracketed = entries.length === 1 && !bulleted ? readRoleBracketNameRow(entries[0] ?? '', currentGroup(line).members.at(-1)?.title ?? null) : null;
		if (bracketed) {
			currentGroup(line).members.push(bracketed);
			return;
		}
		// `委員長　田村　修　副委員長　斎藤　礼子`: pairs of a role and a name in one line, an entry each.
		const paired = entries.length === 1 && !bulleted && parseMember(entries[0] ?? '').name === null ? roleNamePairs(entries[0] ?? '') : null;
		if (paired) entries.splice(0, 1, ...paired);
		// `代表理事　中井　千春／副代表理事　岸田　ゆかり／…`: entries apart by a full-width slash, when each names someone.
		const slashed = entries.length === 1 && !bulleted ? (entries[0] ?? '').split('／').map(trimSpaces).filter((part) => part !== '') : [];
		if (slashed.length > 1 && slashed.every((part) => parseMember(part.replace(/[（(][^（()）]*[）)]$/u, '')).name !== null)) entries.splice(0, 1, ...slashed);
		// `本部役員　会長　大塚、副会長　片山、…`, `学校　　校長　今村、教頭　宇野` (a PTA's roll): a word that is no role before
		// the first entry's role and name, the others a role and a name each, heads a group of those entries.
		const category = entries.length > 1 && !bulleted ? CATEGORY_HEAD.exec(entries[0] ?? '')?.groups : undefined;
		if (category && !LEADING_ROLE.test(entries[0] ?? '') && parseMember(entries[0] ?? '').name === null && !isOrganisation(category.group ?? '')) {
			const held = (entry: string): boolean => LEADING_ROLE.test(entry) || (({ name, title }) => name !== null && title !== null)(parseMember(entry));
			if (held(category.rest ?? '') && entries.slice(1).every(held)) {
				startGroup(category.group ?? '', null, line);
				entries[0] = category.rest ?? '';
			}
		}
		const group = currentGroup(line);
		// `日向委員長、くり林、中里、志田の各委員（後藤副委員長は欠席）`: the role after the last name is every bare name's title; in
		// the middle of the list too (`中川学部長、宮下、村瀬、山岸の各教授、林、森の各准教授`), for the bare names since the last role.
		const each = membersWithEachRole(entries);
		if (each) {
			for (const note of each.notes) {
				addNote(group, note);
				// (`後藤副委員長は欠席`: who the note says is absent, a roll of the absent after this one; they had been in the note only.)
				const absent = ABSENT_NOTE.exec(note)?.groups?.who;
				const absentName = absent === undefined ? null : absentGroupName(group.group);
				if (absent !== undefined && absentName !== null) {
					const members = splitEntries(absent).map(parseMember);
					if (members.every((member) => member.name !== null && member.title !== null)) notedAbsent.push({ after: group, group: { group: absentName, members, line } });
				}
			}
			group.members.push(...each.members);
			return;
		}
		// `副執行委員長　三浦・荒木`, `執行委員　上田・小池・Lee` among the entries: each surname with the post before it.
		// (One entry alone too, `理事　大野・小松・杉本`: three persons.)
		if (!bulleted) entries.splice(0, entries.length, ...entries.flatMap(eachSurnameWithPost));
		const owned = bulleted ? null : membersWithOwnRoles(entries);
		if (owned) {
			group.members.push(...owned);
			return;
		}
		// `委員　大崎　貞和、神田　秀樹`: the role heading the line is every member's title (`委　員　　青　木　　　翔、…`: padded too).
		// (`委　　員　　石井　美加、…`: padded by two spaces a letter to a column as wide as the name's.)
		const padded = entries.length > 1 && !bulleted ? leadingPaddedRole(entries[0] ?? '') : null;
		if (padded) entries[0] = `${padded.role}\u3000${padded.rest}`;
		const lead = entries.length > 1 && !bulleted ? LEADING_ROLE.exec(entries[0] ?? '') : null;
		// (`委員　　長谷川　誠（会長）、飯田　由美（副会長）、川上　亮`: the first member's role in the body in a bracket after the name
		// leaves the role heading the line every member's; the names after them had been members without it.)
		const leadTitle = lead?.groups ? parseMember(lead.groups.rest ?? '').title : null;
		const leadRole = lead?.groups && (leadTitle === null || bracketedRole(lead.groups.rest ?? '') === leadTitle) ? (lead.groups.role ?? null) : null;
		if (leadRole !== null) entries[0] = trimSpaces(lead?.groups?.rest ?? '');
		// `財務省　　　寺岡光博　大臣官房総括審議官（２３日）`, then `　　　　　　　斎藤洋明　財務副大臣（２４日）` under it: the
		// ministry, then its official's name and post (the Bank of Japan's 政府からの出席者); a row of a name and a post alone right
		// under such a row is of the same ministry (the ministry had been a member of its own, the name and the post none).
		const ministryRow = entries.length === 1 && leadRole === null ? readMinistryOfficialRow(entries[0] ?? '', officeAbove?.group === group ? officeAbove.office : null) : null;
		officeAbove = ministryRow ? { group, office: ministryRow.affiliation ?? '' } : null;
		if (ministryRow) {
			group.members.push(ministryRow);
			return;
		}
		// `委員　　　石黒　不二代　ネットイヤー…取締役` / `同　　　井上　久美枝　…`: a table's role, name and affiliation
		// (同 repeating the role above).
		const tabled = entries.length === 1 && !bulleted && leadRole === null ? (readRoleNameRow(entries[0] ?? '', group.members.at(-1)?.title ?? null) ?? readRoleAffiliationNameRow(entries[0] ?? '', group.members.at(-1)?.title ?? null)) : null;
		if (tabled) {
			group.members.push(tabled);
			return;
		}
		// `みどり野ＰＴＡ連絡協議会会長　　小　松　真　紀` under `参考人`: what the one heard is, however it ends, then the name.
		const heard = entries.length === 1 && !bulleted && leadRole === null && HEARD_GROUP.test(group.group) ? readHeardRow(entries[0] ?? '') : null;
		if (heard) {
			group.members.push(heard);
			return;
		}
		// `大沢　康（座長）　　東和大学法学部教授`: a table's name and affiliation, without a role column; `北部建設事務所長　　石川　直樹委員`:
		// a post, then who holds it.
		const affiliated = entries.length === 1 && !bulleted && leadRole === null ? (readNameAffiliationRow(entries[0] ?? '') ?? readPostNameRow(entries[0] ?? '')) : null;
		if (affiliated) {
			group.members.push(affiliated);
			return;
		}
		// `消費者庁　藤原消費者政策課長` under `【説明者】`: the ministry or agency, then one of its officials by surname and post — one
		// member, the office their affiliation (the office had been a member of its own).
		const office = entries.length === 1 && !bulleted ? OFFICE_THEN_OFFICIAL.exec(entries[0] ?? '')?.groups : undefined;
		const official = office && MINISTRY_GROUP.test(office.office ?? '') ? parseMember(office.official ?? '') : null;
		if (official && official.name !== null && official.title !== null && official.affiliation === null) {
			group.members.push({ ...official, text: entries[0] ?? '', affiliation: office?.office ?? null });
			return;
		}
		const row = entries.length === 1 && !bulleted ? readRosterRow(entries[0] ?? '') : null;
		const cells = entries.length === 1 && !bulleted ? splitSpaced(entries[0] ?? '') : entries;
		if (isUnspacedRoll(cells)) {
			addUnspacedNames(group, cells);
			return;
		}
		const staff = staffPairs(cells);
		if (staff) {
			group.members.push(...staff);
			return;
		}
		// `委員　　三宅　正　　森本　礼子　　秋山　悟`: a role many hold heading a line of names at wide gaps is each one's, as at 、.
		// (Not `委員　　　平　田　　健　二`, `委員　　小野寺　　美　紀`: one name padded to the column, its surname and given name as far
		// apart as the post and the name.)
		// (`議員　石　橋　正　人　　上　原　　　誠　　…`: the role one space before the first name padded to the column, each given name
		// of one letter the wide gap after its surname; the role had been read into the first name.)
		const roleCells = entries.length === 1 ? sharedRoleCells(cells) : cells;
		const shared = !row && entries.length === 1 && leadRole === null && roleCells.length >= 3 && SHARED_ROLE.test(unpadded(roleCells[0] ?? '')) && !isPaddedNameCells(roleCells.slice(1)) ? roleCells.slice(1).map((cell) => ({ ...parseMember(unpadded(cell)), text: cell })) : null;
		if (shared?.every((member) => member.name !== null && member.title === null && member.affiliation === null)) {
			group.members.push(...shared.map((member) => ({ ...member, title: unpadded(roleCells[0] ?? '') })));
			return;
		}
		let parsed = row ? [row] : cells.length > 1 ? pairPostsWithNames(cells, entries.length > 1) : cells.map(parseMember);
		// `代表理事　中村　美智子（議長・議事録作成者）`: one entry, its post first with single spaces, a note in brackets after the name.
		const single = !row && cells.length === 1 && leadRole === null && parsed[0]?.title == null ? postFirst(cells[0] ?? '') : null;
		if (single) parsed = [single];
		// (`監事 北原、南`: a surname of one letter after the post's first holder is a surname, as it is after a post.)
		// (A role in the body in a bracket after a name goes after the role heading the line, `委員（会長）`, as `石井委員（会長）` reads.)
		if (leadRole !== null) parsed = parsed.map(heldSurname).map((member) => (member.name !== null && member.title === null ? { ...member, title: leadRole } : member.name !== null && member.title !== null && bracketedRole(member.text) === member.title ? { ...member, title: `${leadRole}（${member.title}）` } : member));
		// `管理会社：さつき管理　担当　松岡` (an owners' association's managing agent, a group of its own): the company, the post and the
		// staff member, the company named without its legal form (the entry had named no one, and the member's turns were lost).
		parsed = withManagingAgentStaff(group.group, parsed);
		const first = parsed[0];
		if (first && kept !== '') parsed[0] = { ...first, text: `${kept}${first.text}` };
		group.members.push(...parsed);
	};
	/** The columns of the table being read (after its header row `氏名　所属`), until a line is no row of it. */
	let table: { columns: { kind: TableColumn; at: number }[]; indent: number; above: Member | null; absent: (typeof groups)[number] | null } | null = null;
	/** The category of the last row that named one (`学識経験者　　山田　太郎`), its indent and group, for the names under it. */
	let category: { title: string; indent: number; group: ParticipantGroup | null } | null = null;
	/** Each line's text as given, its indent kept (a tab before a name: the merged cell left of it). */
	const indents = new Map(lines.map((source) => [source.line, source.text] as const));
	const rolled = joinWrappedHeldPosts(readAlignedRolls(seatRows(lines)).flatMap(splitInlineGroups));
	/** The next line with text after each line (found once, from the last line up). */
	const following: string[] = [];
	/** The line number of that next line. */
	const followingLine: number[] = [];
	for (let index = rolled.length - 1, next = '', nextLine = -1; index >= 0; index--) {
		following[index] = next;
		followingLine[index] = nextLine;
		const text = rolled[index]?.text ?? '';
		if (text.trim() !== '') {
			next = text;
			nextLine = rolled[index]?.line ?? -1;
		}
	}
	const nextText = (index: number): string => following[index] ?? '';
	/** How far the next line with text is indented, as written. */
	const nextIndent = (index: number): number => displayWidth(/^[\s\u3000]*/u.exec(indents.get(followingLine[index] ?? -1) ?? '')?.[0] ?? '');
	for (const [index, source] of rolled.entries()) {
		// (A rule under the roll, `────`, is no member.)
		if (source.text.length <= 400 && isSeparator(source.text)) continue;
		const stripped = stripDecoration(source.text);
		const { decorated } = stripped;
		const bullet = numberedGroup(stripped.text) ? null : MEMBER_BULLET.exec(stripped.text);
		const text = bullet ? trimSpaces(stripped.text.slice(bullet[0].length)) : stripped.text;
		// `書記：□□`: a name masked whole is a member, though its symbols would read as decoration.
		if (text === '' && isMask(source.text)) {
			currentGroup(source.line).members.push({ text: trimSpaces(source.text), name: null, title: null, affiliation: null });
			continue;
		}
		if (text === '') continue;
		const asWritten = indents.get(source.line) ?? null;
		const lead = displayWidth(/^[\s\u3000]*/u.exec(asWritten ?? '')?.[0] ?? '');
		const header = readTableHeader(text);
		if (header) {
			table = { columns: header, indent: lead, above: null, absent: null };
			continue;
		}
		const tableRow = table ? readTableRow(text, table.columns, lead - table.indent, table.above) : null;
		if (tableRow && table) {
			// (`同`, `〃` in the post's column: the post of the row above.)
			const { member } = tableRow;
			const dittoed = member.title !== null && DITTO_ALONE.test(member.title) ? (table.above?.title ?? groups.at(-1)?.members.at(-1)?.title ?? null) : null;
			const row = dittoed === null ? member : { ...member, title: dittoed };
			// (A row marked `欠席` in the table's 出欠 column goes to the absent, in a group after the roll's; the rows after it stay
			// the roll's. They had been listed among those present.)
			const present = table.absent !== null && groups.at(-1) === table.absent ? (groups.at(-2) ?? table.absent) : currentGroup(source.line);
			const absentName = tableRow.absent ? absentGroupName(present.group) : null;
			if (absentName !== null) {
				if (table.absent === null || groups.at(-1) !== table.absent) {
					table.absent = { group: absentName, members: [], line: source.line };
					groups.push(table.absent);
				}
				table.absent.members.push(row);
			} else present.members.push(row);
			table.above = row;
			continue;
		}
		const compact = text.replace(/[\s\u3000]/gu, '');
		// `別表　出席委員`, `（別紙）委員名簿`: the caption of the table a roll refers to (`出席者　別表のとおり`) over its rows, no
		// member (it had been one named 別表 出席, a 委員): a note on the list.
		if (TABLE_CAPTION.test(compact)) {
			addNote(currentGroup(source.line), trimSpaces(text));
			continue;
		}
		// `出席委員 五名`: the head count on the label's line is no member but a note on the list (`欠席者：５名` with no names is
		// all the list says: it had been dropped with its group); a bracket after it (`５名（うちオンライン出席１名）`) is a note too.
		// (So is the public counted, `出席者　住民３５名`, `参加者：市民１８名`: no one of them named, nothing missing; and a group counted
		// with the posts of those who came or its section in brackets, `委員３名（会長、委員Ａ、委員Ｂ）`, `事務局（総務課）３名`.)
		// `委員　委員長始め4名`, `事務局　書記長始め5名`: a group counted with its head's post before 始め or 以下, no one named (as a
		// city's 議事要旨 writes its roll): the group, noted with its count, no member (each had been a member named no one).
		const led = LED_COUNT.exec(trimSpaces(text))?.groups;
		if (led && parseNameLabel(led.head ?? '').name === null && POST_WORD_END.test(led.head ?? '')) {
			if (led.group !== undefined) startGroup(led.group, null, source.line);
			noteInstead(source.line, led.count ?? '');
			continue;
		}
		if (COUNT_ONLY.test(compact) || PUBLIC_COUNT.test(compact) || isUnnamedGroupCount(compact)) {
			// (`【委員】委員22名(障害者団体、…)`: the group's label in brackets before its count heads the group, the count its note.)
			const labelled = BRACKETED_GROUP.exec(trimSpaces(text))?.groups;
			if (labelled && labelled.rest !== '' && isUnnamedGroupCount((labelled.rest ?? '').replace(/[\s\u3000]/gu, ''))) {
				startGroup(labelled.group ?? '', null, source.line);
				noteInstead(source.line, trimSpaces(labelled.rest ?? ''));
				continue;
			}
			noteInstead(source.line, trimSpaces(text));
			continue;
		}
		// (`中島委員、山岸委員（７名）`, `向井委員　森委員（２名）`: names before the count, the last line of a roll, are no group.)
		const words = trimSpaces(text.replace(/[（(][^（()）]*[）)]$/u, ''));
		const countedGroup = /[^\s\u3000]{2}[\s\u3000]+[^\s\u3000]{2}/u.test(words) ? undefined : COUNTED_GROUP.exec(compact)?.groups;
		// (Under a heading that names the members' post already, `欠席委員　中山委員（１名）`, one counted after a surname and the post
		// is a member and the list's count, as `中島委員、山岸委員（７名）` is: it had been a group of its own named after the member.)
		const sameKind = countedGroup !== undefined && ONE_COUNTED.test(compact) && (section ?? groups.at(-1)?.group ?? '').replace(/[\s\u3000]/gu, '').endsWith(/(?:委員|議員|理事|構成員|職員|役員)$/u.exec(countedGroup.group ?? '')?.[0] ?? '\0');
		if (countedGroup && !sameKind) {
			startGroup(countedGroup.group ?? '', null, source.line);
			continue;
		}
		// `監事総数　２名`, `理事定数　１５名` among the rolls: how many the body has, a note on the list, no member.
		if (BODY_TOTAL.test(compact)) {
			annotate(compact);
			continue;
		}
		// `５名（山本一郎、川口二郎、森田三郎）`, `２名（理事　浅野　光、理事　井上　聡）`: the count a note on the list, the names in
		// its bracket the members (as an association's 議事録 writes who of its board came).
		const named = COUNT_THEN_NAMES.exec(trimSpaces(text))?.groups;
		if (named && namesInBracket(named.names ?? '')) {
			if (groups.length === 0) currentGroup(source.line);
			annotate((named.count ?? '').replace(/[\s\u3000]/gu, ''));
			add(named.names ?? '', source.line);
			continue;
		}
		// (`（１８名中１５名出席）` alone under `【出席委員】`: how many of the body came, a note on the list.)
		// (`正会員３２名（うち委任状１０名）`: the floor counted, who came by proxy or in writing in the bracket; no member.)
		const floorCount = FLOOR_COUNT_NOTE.exec(compact)?.groups;
		// (The count with its bracket, `５４名（うち委任状６名）`: the bracket alone had been the note, the count of 54 lost.)
		const counted = (COUNT_NOTE.test(compact) ? { whole: compact } : undefined) ?? COUNT_OF_BODY.exec(compact)?.groups ?? (floorCount && COUNT_NOTE_WORDS.test(floorCount.note ?? '') ? { whole: compact } : undefined);
		if (counted) {
			// (A 総会's roll is often its count alone, `34名（本人出席19名、委任状15名）`: no names, and nothing missing.)
			saidNone.add(currentGroup(source.line));
			annotate(counted.note ?? counted.whole ?? '');
			continue;
		}
		// `議決権を有する株主数　1,284名`, `その議決権の数　85,620個`, `本日出席株主数（委任状・書面行使を含む）　962名`: a general
		// meeting's counts of shareholders or votes under its 出席者, notes on the list, never nameless members.
		if (compact.length <= 60 && TALLY.test(compact)) {
			saidNone.add(currentGroup(source.line));
			annotate(compact);
			continue;
		}
		// `委員　9名（うちWeb参加2名）` over the names, `委員１８名（欠席２名）　※名簿は別紙のとおり` alone: a group's count with a note on
		// how they came is a note on the list, no member; so is a group's count alone over names set further in (`委　員　９名` /
		// `　会　長　　阿部　和子`). (A count alone with no names under it, `欠席者：理事1名`, stays the entry it is.)
		const heads = GROUP_COUNT.test(compact) && lead < displayWidth(/^[\s\u3000]*/u.exec(nextText(index))?.[0] ?? '') && !GROUP_COUNT.test(nextText(index).replace(/[\s\u3000]/gu, ''));
		if (isNotedGroupCount(compact) || heads) {
			const group = currentGroup(source.line);
			addNote(group, compact);
			if (!heads) saidNone.add(group);
			continue;
		}
		// `組長　　８名` on its line among officers named one a line (`書記　吉川　真由` above it): the 組長 came, none named; a note on
		// the list (it had been two members named no one).
		// (Never an official and the others with them, `事務局　都市計画課長　外２名`: they had been lost into the note.)
		if (GROUP_COUNT.test(compact) && !/[、，,]/u.test(compact) && !/(?:ほか|外|他)[0-9０-９]/u.test(compact) && groups.at(-1)?.members.some((member) => member.name !== null)) {
			addNote(currentGroup(source.line), compact);
			continue;
		}
		// (`出席監事：1名　田島　正之`: the count a note, the names after it the members.)
		const before = COUNT_BEFORE_NAMES.exec(trimSpaces(text))?.groups;
		// (`４５名　委任状　５０名　計９５名（定足数６０名）`: counts after the count, how the rest came and the total, a note too.)
		if (before && new RegExp(COUNT, 'u').test(before.rest ?? '') && COUNT_NOTE_WORDS.test((before.rest ?? '').replace(new RegExp(COUNT, 'gu'), '')) && parseMember(before.rest ?? '').name === null) {
			saidNone.add(currentGroup(source.line));
			annotate(trimSpaces(text));
			continue;
		}
		if (before) {
			if (groups.length === 0) currentGroup(source.line);
			annotate(before.count ?? '');
			// (`出席委員　３７名　　議席番号・氏名　次のとおり`: the words announcing the names below are no member.)
			if (!NAMES_FOLLOW.test((before.rest ?? '').replace(/[\s\u3000]/gu, ''))) add(before.rest ?? '', source.line);
			continue;
		}
		// `出席者　別添のとおり`, `委員　12名（別紙名簿のとおり）`: the list is on another sheet; a note on the list, no member.
		// (So are counts by group and nothing else, `委員８名、事務局３名`; a count alone, `理事1名`, stays the entry it was.)
		// (With a group named without its count among them, `委員９名、事務局`.)
		// (And so is a company's sum of who came under its lists, `以上　取締役4名、監査役1名出席`, `以上 取締役3名、監査役1名、株主2名 出席`.)
		const counts = compact.length <= 80 ? splitEntries(compact.replace(/^以上(?=\S)/u, '').replace(/(?<=[名人])(?:が)?出席(?:した)?$/u, '')) : [];
		// (A head count with a note on whom it takes in, `２４名（前防犯委員長含む）、広報担当者１名`, counts as one too.)
		const countedAlone = (entry: string): boolean => isHeadCount(entry) || COUNT_NOTE_WORDS.test(COUNT_NOTE.exec(entry)?.groups?.note ?? '');
		if (REFERRED.test(compact) || (counts.length > 1 && counts.some((entry) => GROUP_COUNT.test(entry)) && counts.every((entry) => GROUP_COUNT.test(entry) || UNCOUNTED_GROUP.test(entry) || countedAlone(entry)))) {
			noteInstead(source.line, compact);
			continue;
		}
		// `出席委員　全員`: everyone of the body, no one by name; a note on the list.
		if (EVERYONE.test(compact)) {
			noteInstead(source.line, compact);
			continue;
		}
		if (saysNone(compact)) {
			if (groups.length === 0) groups.push({ group: section ?? unnamed, members: [], line: source.line });
			const group = groups.at(-1);
			if (group) sayNone(group);
			continue;
		}
		// `傍聴者　なし`, `傍聴：なし`: a group named with nobody in it, no member named なし.
		const noneAfter = NONE_AFTER_GROUP.exec(trimSpaces(text))?.groups;
		if (noneAfter && saysNone(noneAfter.none ?? '')) {
			startGroup(noneAfter.group ?? '', null, source.line);
			sayNone(groups.at(-1) ?? currentGroup(source.line));
			continue;
		}
		const marks = readMarkLegend(text);
		if (marks) {
			for (const [mark, role] of marks) legend.set(mark, role);
			continue;
		}
		if (EDITORIAL_LINE.test(text)) {
			annotate(editorialNote(text));
			continue;
		}
		if (EDITORIAL_MARKED.test(text)) {
			annotate(markedNote(text));
			continue;
		}
		// `理　事）　中村　和夫` among `（理　事）　高畑　正人` rows: the role's opening bracket lost (a PDF's cell cut), read as written in.
		const opened = withRoleOpened(text);
		if (opened !== null) diagnostics.push(warning('unopened-bracket', source.line, `"${trimSpaces(text)}": the role's opening bracket is missing; read as "${trimSpaces(opened)}"`));
		// `(会長)倉田 (副会長)岸、中条`: each role in brackets before the names that hold it.
		const roled = readBracketedRoles(opened ?? text);
		if (roled) {
			const group = currentGroup(source.line);
			group.members.push(...roled.members);
			if (roled.note !== null) addNote(group, roled.note);
			continue;
		}
		// `会社側　人事部長 森田、人事課長 岡野`: a side of the table heading the line, each entry a post and a surname after it.
		const side = SIDE_GROUP.exec(text)?.groups;
		if (side) {
			startGroup((side.side ?? '').replace(/[ \u3000]/gu, ''), null, source.line);
			// (`議会側　　議長　　　　菅　原　　　武`: a post and a name padded to the columns, read as any row of the roll.)
			if (/[、，,]/u.test(side.rest ?? '')) currentGroup(source.line).members.push(...splitEntries(side.rest ?? '').flatMap(sideMembers));
			else add(side.rest ?? '', source.line);
			continue;
		}
		// `事 務 局 財政課長 小田`: a group word padded heading the line, its members after it.
		const row = GROUP_ROW.exec(text)?.groups;
		const padded = row?.padded?.replace(/[\s\u3000]/gu, '');
		// (`気 象 庁　　長官、次長、総務部長`: a ministry's or an agency's name so, after the members, over its officials.)
		// (Never right under a group's own heading, `（事務局）` / `消費者庁　尾原審議官、…`: the officials are that group's.)
		const headed = groups.at(-1)?.members.length === 0;
		const ministryRow = (word: string): boolean => groups.length > 0 && !headed && MINISTRY_GROUP.test(word) && /[、，,]/u.test(row?.rest ?? '');
		if (padded !== undefined && ((GROUP_WORD.test(padded) && !ROLL_POSTS.test(padded)) || ministryRow(padded))) {
			startGroup(padded, null, source.line);
			add(trimSpaces(row?.rest ?? ''), source.line);
			continue;
		}
		// `構成員　石井座長、内田構成員、岡構成員`, `事務局　医政局長、医療情報室長` (a table's row, the group in its first cell and its
		// members in the next, each with a post of their own): the word heads a group (it had been the first member's post).
		// (`文部科学省　矢野初等中等教育局長、堀野大臣官房審議官` after the members too.)
		const rowEntries = row?.word !== undefined && (GROUP_WORD.test(row.word) || ministryRow(row.word)) && /[、，,]/u.test(row.rest ?? '') ? splitEntries(row.rest ?? '') : [];
		// (`事務局　　事務局長　　徳　永　　　勉` under a 全員協議会's sides: the office heading its one member's row.)
		const officeRow = row?.word !== undefined && GROUP_WORD.test(row.word) && !ROLL_POSTS.test(row.word) && groups.length > 0 && !/[、，,]/u.test(row.rest ?? '') && SIDE_POST_END.test(/^(?<post>\S{1,12})[\s\u3000]+\S/u.exec(row.rest ?? '')?.groups?.post ?? '');
		// (`事務局　健康推進課長、健康推進課係長、保健師２名`, `オブザーバー　独立行政法人情報処理推進機構`, `説明者　株式会社…　営業部長
		// 丸山　哲也` under a group's members: the word of another group heading its row, whatever its entries are.)
		const nextGroupRow = row?.word !== undefined && GROUP_WORD.test(row.word) && !ROLL_POSTS.test(row.word) && (groups.at(-1)?.members.length ?? 0) > 0 && groups.at(-1)?.group !== row.word;
		if ((rowEntries.length > 1 && rowEntries.every((entry) => parseMember(entry).title !== null)) || officeRow || nextGroupRow) {
			startGroup(row?.word ?? '', null, source.line);
			add(row?.rest ?? '', source.line);
			continue;
		}
		const numbered = numberedGroup(text);
		if (numbered) {
			startGroup(numbered.group, numbered.note, source.line);
			continue;
		}
		// `１　山田太郎（やまと交通株式会社）`, `2. 佐藤　花子（商工会）`: a numbered member, the number no part of the entry.
		const listed = GROUP_NUMBER.exec(text)?.groups;
		if (listed?.number !== undefined && bullet === null && parseMember(trimSpaces(listed.rest ?? '')).name !== null) {
			add(trimSpaces(listed.rest ?? ''), source.line);
			continue;
		}
		const tail = EDITORIAL_TAIL.exec(text);
		const word = tail?.groups && GROUP_WORD.test(trimSpaces(tail.groups.group ?? '')) ? tail.groups : null;
		// (`文部科学省` alone after the members' group, over a line of its officials, `松本教育課程課長、藤井室長`: the ministry's group,
		// as a ministry's page sets its roll in a list of terms.)
		// (So over an official's row of post and name, `デジタル庁` / `参事官　　長尾　香織`, as a ministry's 有識者会議 sets its roll.)
		const officialRow = MINISTRY_GROUP.test(text) ? parseMember(trimSpaces(nextText(index))) : null;
		const officialBelow = officialRow !== null && officialRow.name !== null && officialRow.title !== null && officialRow.affiliation === null && !ROLE_TITLES.includes(officialRow.title);
		const ministry = groups.length > 0 && MINISTRY_GROUP.test(text) && (/[、，,]/u.test(nextText(index)) || officialBelow);
		// (`原子力規制委員会`, `原子力規制庁`, `東北電力株式会社` alone, each over its people indented further under it: the body's group;
		// not the body after a label on the label's line, `３　対　象　…協議会` over its head, which is the list's first line unindented.)
		const over = [...text].length <= 30 && !/[、，,\s\u3000（()）]/u.test(text) && endsAsOrganisation(text) && (lead > 0 || index > 0) && nextIndent(index) > lead;
		if (!BRACKETED_GROUP.test(text) && ((decorated && [...text].length <= 20 && !/[、，,\s\u3000]/u.test(text)) || GROUP_WORD.test(text) || word || ministry || over)) {
			startGroup(word ? trimSpaces(word.group ?? '') : text, word ? editorialNote(word.note ?? '') : null, source.line);
			continue;
		}
		// `委員 (東浦町)` over names, `(南原村)` over the next town's: the members of a 合併協議会 town by town, the role said once
		// before the first town; each town a group (the line had been a member named 東浦町).
		const roleTown = ROLE_THEN_TOWN.exec(trimSpaces(text))?.groups;
		if (roleTown && ROLE_TITLES.includes(roleTown.role ?? '')) {
			startGroup(roleTown.town ?? '', null, source.line);
			continue;
		}
		// (`理事　小林 大輔　代理　代理：小林 恵`: a roster row whose note names the stand-in after a colon is a member, no group.)
		const heading = readRosterRow(trimSpaces(text)) === null ? (BRACKETED_GROUP.exec(text) ?? INLINE_GROUP.exec(text)) : null;
		// `(保健所長)` alone under `石 田 健康推進部長`: the other post the member above holds, written under their entry.
		const held = heading?.groups && trimSpaces(heading.groups.rest ?? '') === '' && !decorated ? trimSpaces(heading.groups.group ?? '') : '';
		const above = groups.at(-1)?.members.at(-1);
		if (held !== '' && above?.title != null && /^[(（]/u.test(text) && !GROUP_WORD.test(held) && !ROLL_POSTS.test(held) && /[^長]{1,10}長$/u.test(held) && (groups.at(-1)?.members.length ?? 0) > 0) {
			const group = groups.at(-1);
			if (group && above) group.members[group.members.length - 1] = { ...above, text: `${above.text}${text}` };
			continue;
		}
		if (heading?.groups && /^[0-9０-９一二三四五六七八九十]+$/u.test(trimSpaces(heading.groups.group ?? ''))) {
			// `（１）後藤座長`: a numbered member, not a group named 1.
			add(trimSpaces(heading.groups.rest ?? ''), source.line);
			continue;
		}
		if (heading?.groups && COUNT_ONLY.test(trimSpaces(heading.groups.group ?? '').replace(/[\s\u3000]/gu, ''))) {
			// `(6名)委  員  山 本 ひろこ`: the list's head count in the margin, no group; the rest of the line are members.
			const rest = trimSpaces(heading.groups.rest ?? '');
			if (rest !== '') add(rest, source.line);
			continue;
		}
		// `委員長:星野理恵、副委員長:小幡健二` / `委員:綿貫直人、委員:武藤亜紀`: each entry a role and its holder, no group.
		// (`（会長）石井 誠、（副会長）大野 久美子`: the same with the roles in brackets, rolePair.)
		const paired = heading?.groups && ROLE_TITLES.includes(trimSpaces(heading.groups.group ?? '')) ? rolePairs(text) : null;
		if (paired) {
			currentGroup(source.line).members.push(...paired);
			continue;
		}
		// `(会議室)鹿野委員長、…` / `(テレビ会議)今村委員、…` under `【委員】`: how they attended, no group; noted on the group.
		const mode = heading?.groups && ATTENDANCE_MODE.test(trimSpaces(heading.groups.group ?? '')) ? trimSpaces(heading.groups.group ?? '') : null;
		if (mode !== null && trimSpaces(heading?.groups?.rest ?? '') !== '') {
			const group = currentGroup(source.line);
			const before = group.members.length;
			add(trimSpaces(heading?.groups?.rest ?? ''), source.line);
			annotate(`${mode}：${group.members.slice(before).map((member) => member.name ?? member.text).join('・')}`);
			continue;
		}
		// `(星野委員の「星」は、正しくは旧字体)`: a remark in brackets about an entry, a sentence, no member.
		if (/^[（(][^（()）]{8,60}[）)]$/u.test(text) && /[はをが]、?[^、]*$/u.test(text) && /「[^」]+」|[。]/u.test(text)) {
			annotate(text.slice(1, -1));
			continue;
		}
		// `（欠席：なし）`, `（欠席：６名中０名）` under the roll: who was absent, said in a bracket of its own, a group with its count or
		// nobody as its note (the bracket had been a group named with the colon and the count, warned of as listing no one).
		const absent = ABSENT_IN_BRACKETS.exec(trimSpaces(text))?.groups;
		if (absent) {
			startGroup(absent.word ?? '', trimSpaces(absent.rest ?? ''), source.line);
			const group = groups.at(-1);
			if (group) {
				saidNone.add(group);
				absentCounted.add(group);
			}
			continue;
		}
		if (heading?.groups) {
			startGroup(trimSpaces(heading.groups.group ?? ''), null, source.line);
			const rest = trimSpaces(heading.groups.rest ?? '');
			const turnout = turnoutOfBody(rest);
			if (EDITORIAL_LINE.test(rest)) annotate(editorialNote(rest));
			// (`（構成員）※五十音順`: the order of the list, no member.)
			else if (EDITORIAL_MARKED.test(rest)) annotate(markedNote(rest));
			// (`（委員）　１８名中１２名出席`: how many of the group came, a note on it.)
			else if (turnout !== null) annotate(turnout);
			else if (rest !== '') add(rest, source.line);
			continue;
		}
		// A member line that is no row of the table ends it; group headings between its rows do not.
		table = null;
		// `同　　　井上　久美枝　日本労働組合…局長` under `委員　　　石黒　不二代　…`: a table's row whose role is the one above.
		const titleAbove = groups.at(-1)?.members.at(-1)?.title ?? null;
		// (So is `同　　　　　４０１　　野口　恵` under `理事　　　　３０２　　川口　誠`: role, room and name.)
		const tabled = bullet === null && DITTO_ROW.test(trimSpaces(text)) ? (readRoleNameRow(text, titleAbove) ?? readRoleAffiliationNameRow(text, titleAbove)) : null;
		if (tabled) {
			currentGroup(source.line).members.push(tabled);
			continue;
		}
		// `〃　佐藤　次郎` under `委　員　田中　花子`: the post of the row above, written again as a ditto mark.
		const written = bullet === null ? withDittoPost(text, groups.at(-1)?.members.at(-1)?.title ?? null) : null;
		// (`〃　　　野村　聡子` under `学識経験者　　川島　一夫`: the category above, a member of it.)
		const dittoCategory = written !== null ? readCategoryRow(written) : null;
		if (dittoCategory) {
			currentGroup(source.line).members.push({ ...dittoCategory, text: trimSpaces(text) });
			continue;
		}
		if (written !== null) {
			const group = currentGroup(source.line);
			const before = group.members.length;
			add(written, source.line);
			const added = group.members.slice(before);
			if (added.length === 1 && added[0]?.name != null) group.members[before] = { ...added[0], text };
			continue;
		}
		// `学識経験者　　山田　太郎` / `　　　　　　　佐藤　花子`: a table's category column merged down over the rows under it (a
		// spreadsheet's cell, a web page's or Word table's merged cell): the category is the title of each name under it.
		const indent = displayWidth(/^[\s\u3000]*/u.exec(indents.get(source.line) ?? '')?.[0] ?? '');
		const listedInCategory = bullet === null ? readCategoryList(text) : null;
		if (listedInCategory) {
			currentGroup(source.line).members.push(...listedInCategory.members);
			category = { title: listedInCategory.category, indent, group: groups.at(-1) ?? null };
			continue;
		}
		const categorised = bullet === null ? readCategoryRow(text) : null;
		if (categorised) {
			currentGroup(source.line).members.push(categorised);
			category = { title: categorised.title ?? '', indent, group: groups.at(-1) ?? null };
			continue;
		}
		const below = category !== null && bullet === null && category.group === groups.at(-1) && indent > category.indent;
		// `　　　　　　久　保　田　恵、小　林　　　哲`: names listed at 、 under the role's row, each a member with the role.
		const listedUnder = below && /[、，,]/u.test(text) ? splitEntries(trimSpaces(text)).map((entry) => ({ entry, name: nameAlone(entry) })) : [];
		if (listedUnder.length > 1 && category !== null && listedUnder.every(({ name }) => name !== null)) {
			for (const { entry, name } of listedUnder) currentGroup(source.line).members.push({ text: entry, name, title: category.title, affiliation: null });
			continue;
		}
		const under = below ? (nameAlone(text) ?? wholeNameAlone(text)) : null;
		if (under !== null && category !== null) {
			currentGroup(source.line).members.push({ text: trimSpaces(text), name: under, title: category.title, affiliation: null });
			continue;
		}
		// (`　佐藤　花子　△△研究所`: the name and its affiliation under the category.)
		const placedUnder = below ? nameAndAffiliation(text) : null;
		if (placedUnder !== null && category !== null) {
			currentGroup(source.line).members.push({ text: trimSpaces(text), ...placedUnder, title: category.title });
			continue;
		}
		// (`　　　　島田　亜紀（オンライン参加）`: how the member attends in a bracket after the name.)
		const notedUnder = below && !/[、，,]/u.test(text) && /[）)]$/u.test(trimSpaces(text)) ? parseMember(trimSpaces(text)) : null;
		if (notedUnder?.name != null && notedUnder.title === null && category !== null && nameAlone(notedUnder.name) !== null) {
			currentGroup(source.line).members.push({ ...notedUnder, title: category.title });
			continue;
		}
		category = null;
		add(text, source.line, bullet !== null, bullet?.groups?.kept ?? '');
		// `委員　　大塚　恵理` / `　　　　北川　大輔`: a role many hold, its column merged down over the names under it, as a
		// category's is (the names below had been read without it); so with the names listed at 、 on the role's row and under it
		// (`委　員　　上　野　勝　男、太　田　　　誠` / `　　　　　　久　保　田　恵、…`: those below had been read without the role).
		// (`委員　内田智子`: a roll whose columns were read apart, its role and name one space apart.)
		const roleRow = bullet === null ? (SHARED_ROLE_ROW.exec(trimSpaces(text)) ?? ROLE_THEN_NAME.exec(trimSpaces(text)))?.groups : undefined;
		// (`委  員　　　　内　田　智　子`: the role padded with ASCII spaces as wide as the name's letters are apart.)
		const role = roleRow ? (leadingPaddedRole(trimSpaces(text))?.role ?? roleRow.role?.replace(/[ \u3000]/gu, '') ?? '') : '';
		const listedOnRow = /[、，,]/u.test(text) ? splitEntries(trimSpaces(text)).length : 1;
		const heldByAll = roleRow ? (groups.at(-1)?.members.slice(-listedOnRow) ?? []) : [];
		if (SHARED_ROLE.test(role) && heldByAll.length === listedOnRow && heldByAll.every((held) => held.name !== null && held.title === role)) category = { title: role, indent, group: groups.at(-1) ?? null };
	}
	stackedRoles(groups);
	// A note on the section label (`出席者（敬称略）`) is about every group of it.
	// (Not the absent counted in a bracket of their own, `（欠席：なし）`: no list the note could order.)
	if (note !== null) for (const group of groups) if (!absentCounted.has(group)) addNote(group, note);
	for (const group of groups) {
		for (const [mark, role] of noteLegend(group.note ?? '')) if (!legend.has(mark)) legend.set(mark, role);
	}
	if (legend.size > 0) for (const group of groups) group.members = group.members.map((member) => applyMarkLegend(member, legend));
	for (const group of groups) group.members = withDittoBrackets(group.members.map(withoutMark));
	for (const group of groups) group.members = withPostsSummedUp(group.members);
	for (const group of groups) group.members = latinNamesAmongNames(group.members);
	// `（座長）　平山　純一（みずほ大学教授）`, `（構成員）　星野　剛、前原　里香`: a group named by a role its members hold, each member
	// named without a post of their own holds it (they had been 出席者 on the people pages).
	for (const group of groups) {
		const role = postOfGroup(group.group);
		if (role !== null) group.members = group.members.map((member) => (member.name !== null && member.title === null ? { ...member, title: role } : member));
	}
	for (const group of groups) {
		if (group.members.length === 0 && !saidNone.has(group)) {
			diagnostics.push(warning('empty-group', group.line, `participant group "${group.group}" lists no members`));
		}
	}
	for (const { after, group } of notedAbsent) if (!groups.some((other) => other.group === group.group)) groups.splice(groups.indexOf(after) + 1, 0, group);
	return groups.map(({ group, note, members }) => (note === undefined ? { group, members } : { group, note, members }));
}

/**
 * True when a roll's line names someone and every member it names holds a post that `holds` accepts (`isStaffPost` for
 * `局長　元木勇治　次長　今村好一`).
 */
export function namesOnlyHolders(text: string, holds: (post: string) => boolean): boolean {
	const members = parseParticipants([{ text, line: 1 }], []).flatMap((group) => group.members);
	return members.length > 0 && members.every((member) => member.name !== null && member.title !== null && holds(member.title));
}

/** A roll's note naming who of it is absent, by surname and post: `後藤副委員長は欠席`, `田中委員、森委員は欠席`. */
const ABSENT_NOTE = /^(?<who>[^は（()）]{2,40})は(?:所用のため|公務のため|病気のため)?欠席$/u;

/** Roles a roll's group may be named by, each of its members holding it (the chairs' and the members' of councils and boards). */
const GROUP_ROLES: readonly string[] = ['座長', '座長代理', '副座長', '会長', '会長代理', '副会長', '委員長', '委員長代理', '副委員長', '部会長', '部会長代理', '分科会長', '主査', '副主査', '構成員', '専門委員', '臨時委員', '特別委員'];

/**
 * A group named by the post of a board's or an assembly's members, those present or absent (`出席理事`, `欠席評議員`, `出席監査役`,
 * `代表理事`): each member named without a post of their own holds it.
 */
const BOARD_GROUP = /^(?:出席|欠席)?(?<post>(?:代表|副代表|常務|専務|業務執行|常勤|社外)?(?:理事|取締役)|(?:常勤|社外)?(?:監事|監査役)|評議員|代議員|総代)(?:の氏名)?$/u;

/** The post every member of a group holds by the group's name (`座長`, `出席理事` → 理事, `欠席監査役` → 監査役), or null. */
export function postOfGroup(group: string): string | null {
	return GROUP_ROLES.includes(group) ? group : (BOARD_GROUP.exec(group)?.groups?.post ?? null);
}

/** A group, then its count led by its head's post: `委員　委員長始め4名`, `事務局 書記長以下5名`, `委員長はじめ３名` without the group. */
const LED_COUNT = new RegExp(`^(?:(?<group>[^\\s\u30000-9０-９]{1,10})[\\s\u3000]+)?(?<count>(?<head>[^\\s\u30000-9０-９]{1,10}?)(?:始め|はじめ|以下)${COUNT})$`, 'u');

/**
 * A full name in a cell of a roll laid out with ASCII spaces, as a PDF's text layer writes a row (`主査        宮下  浩一    慶應大学教授`):
 * the two spaces between the surname and the given name are the ideographic space the page printed, the wider gaps the columns'.
 */
const LAYOUT_NAME_CELL = /(?<=^[ \u3000]*| {3,})(?<surname>[\p{Script=Han}々ヶ]{1,4}) {2}(?<given>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,4})(?= {3,}|[ \u3000]*$)/gu;

/** A roll's line laid out in columns of ASCII spaces with its full names' spaces as the page printed them (one ideographic space each). */
function layoutNameCells(source: SourceLine): SourceLine {
	return / {3,}\S/u.test(source.text) ? { ...source, text: source.text.replace(LAYOUT_NAME_CELL, '$<surname>\u3000$<given>') } : source;
}

/** A roll's line of one member whose given name of one or two letters is padded to the cell (`武市  敬君`, `財務局長武市  敬君`). */
const PADDED_GIVEN_NAME = /^[\s\u3000]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー・]{1,20}[ \u3000]{2,3}[\p{Script=Han}々]{1,2}君[\s\u3000]*$/u;

/** One word in Latin letters (`Kenji`, `NTT`): read alone, the name of an organisation. */
const LATIN_WORD = /^[A-Za-z][A-Za-z'.-]{0,29}$/u;

/**
 * The groups, a group that gives only its head count (`一　出席理事　四名`) folded into the list that names them right after it
 * (`一　出席理事の氏名　森田恵子、…`): the count a note on that list, not a group of its own without members.
 */
export function withCountsOnNames(groups: readonly ParticipantGroup[]): ParticipantGroup[] {
	const result: ParticipantGroup[] = [];
	/** The head count of the group just left out, for the list after it. */
	let count: string | null = null;
	for (const [index, group] of groups.entries()) {
		const next = groups[index + 1];
		if (group.members.length === 0 && group.note !== undefined && isHeadCount(group.note) && next && next.members.length > 0 && next.group !== group.group && next.group.startsWith(group.group)) {
			count = group.note;
			continue;
		}
		result.push(count === null ? group : { ...group, note: group.note === undefined ? count : `${count}、${group.note}` });
		count = null;
	}
	return result;
}

/**
 * The groups, a member written as one word in Latin letters (read as an organisation: `NTT`) who also speaks by that
 * word (`Kenji: OK です。`, as an online meeting's account is named) made a person of that name: an organisation has no turns.
 */
export function namedBySpeech(groups: readonly ParticipantGroup[], speakers: ReadonlySet<string>): ParticipantGroup[] {
	const speaks = (member: Member): boolean => member.name === null && member.title === null && member.affiliation === member.text && LATIN_WORD.test(member.text) && speakers.has(member.text);
	return groups.map((group) => (group.members.some(speaks) ? { ...group, members: group.members.map((member) => (speaks(member) ? { ...member, name: member.text, affiliation: null } : member)) } : group));
}
