/**
 * The first line of a marked turn, shared by the transcript readers (Diet, assemblies) and the body's line
 * classifier (councils): `○議長（鈴木太郎君）　…`, `◎道下委員長 …`, `2 ◯議長(柏木 豊) …` (a turn numbered by the
 * page it was copied from), split into its mark, the speaker label as written and the speech after it.
 */
import { bareMemberName, LATIN_FULL_NAME, parseNameLabel, ROLE_TITLES } from './names.ts';
import { isSpaceCode, matchForm, trimSpaces, type SourceLine } from './normalize.ts';

/** The marks a turn starts with (`△` as some committees mark the executive's answers: `△平田ごみ減量推進課長　…`; `□総務部長（谷尻　剛君）　…` as some assemblies mark the departments'). */
export const TURN_MARKS = '○◯〇◎◆◇●△□';
/** A member's name in a label's brackets with 君, maybe with the name's space: `宮本忠明君` of `議長(宮本忠明君)`, `橋爪 晋君`. */
export const BRACKETED_MEMBER = '[^（()）\\s\\u3000]{1,6}(?:[ \\u3000][^（()）\\s\\u3000]{1,6})?君';
/** The start of a turn's line (trimmed): a turn mark, or the bracket a label opens with (`○議長`, `◎道下委員長`, `【座長】`). */
export const TURN_OPENING = new RegExp(`^[${TURN_MARKS}【]`, 'u');
const OPENING = '（(【';
const CLOSING = '）)】';
/**
 * A turn's number before its mark or its 【】 label, as minutes systems and copied pages number each turn:
 * `12 ◯議長（…）`, `8101【岸本委員長】`.
 */
const NUMBERED_TURN = new RegExp(`^(?:[0-9０-９]{1,4}[\\s\\u3000]+(?=[${TURN_MARKS}])|[0-9０-９]{2,6}(?=【[^【】]{1,30}】))`, 'u');

/** A line without the number of its turn (trimmed text). */
export function withoutTurnNumber(text: string): string {
	return text.replace(NUMBERED_TURN, '');
}

/**
 * One turn's first line: the speaker label as written (without the mark) and the speech after it, and the stage
 * direction written right after the label (`登壇`, `〔登壇〕`), if any, as written.
 */
export interface Turn {
	label: string;
	speech: string;
	stage?: string;
}

/** A marked line split: its mark, label and speech, and whether a space (or the line's end) follows the label. */
export interface TurnLine extends Turn {
	mark: string;
	spaced: boolean;
}

/** A label split off a line's start: the label as read (a name's inner space left out), the speech, and where the label ends in the line. */
interface SplitLabel extends Turn {
	end: number;
}

/** Roles that may close a label right after its bracket (`山口（美）委員`), longest first. */
const ROLES_LONGEST_FIRST = [...ROLE_TITLES].sort((a, b) => b.length - a.length);

/** A surname told apart by a letter of the given name in brackets, before an official's post: `鈴木(美)` of `鈴木(美)保健所長`. */
const TOLD_APART_HEAD = /^[\p{Script=Han}々]{1,4}[（(][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,2}[）)]$/u;
/** The official's post after it, up to a space or the line's end. */
const POST_RUN = /^[\p{Script=Han}]{2,12}(?=[ \u3000]|$)/u;

/** The post at `at` of `rest` after a surname told apart (`鈴木(美)保健所長　…`), when the label reads as that person and post. */
function toldApartPost(rest: string, at: number): string | undefined {
	if (at > 12 || !TOLD_APART_HEAD.test(rest.slice(0, at))) return undefined;
	const post = POST_RUN.exec(rest.slice(at, at + 13))?.[0];
	return post !== undefined && parseNameLabel(rest.slice(0, at + post.length)).title === post ? post : undefined;
}

/** The role at `at` of `rest` that ends the label there (a space or the line's end after it), or ''. */
function roleAfterBracket(rest: string, at: number): string {
	const role = ROLES_LONGEST_FIRST.find((title) => rest.startsWith(title, at)) ?? toldApartPost(rest, at);
	if (role === undefined) return '';
	const after = rest.charCodeAt(at + role.length);
	return Number.isNaN(after) || isSpaceCode(after) ? role : '';
}
/** The longest post before a spaced bracket, and the longest name in it. */
const SPACED_POST_MAX = 12;
const BRACKET_NAME_MAX = 12;
/** A bracket after a post's space that names a person: not digits (`(1)`), closing soon. */
const SPACED_BRACKET = new RegExp(`^[（(](?![0-9０-９]+[）)])[^（）()\\s\\u3000]{1,6}(?:[ \\u3000][^（）()\\s\\u3000]{1,6})?[）)]`, 'u');

/** A stage direction in brackets right after a bracketed label: the speaker goes up, or the floor applauds. */
const STAGE_AFTER_LABEL = /^[（(](?:登壇|降壇|拍手|登壇・拍手|自席|起立)[）)]/u;

/**
 * Going up to speak, written right after a bracketed label without brackets (then a space or the line's end) or in 〔〕, or
 * where a 一問一答 turn is spoken from (`５番（佐藤花子君）〔質問席〕　…`, `市長（北野博之君）〔答弁席〕　…`).
 */
// (Some records write it in full-width square brackets: `市長（森田康弘君）［登壇］　…`.)
const STAGE_WORD_AFTER_LABEL = /^(?:登壇(?=[ \u3000]|$)|〔(?:登壇|質問席|答弁席|自席|演壇)〕|［(?:登壇|質問席|答弁席|自席|演壇)］)/u;
const STAGE_WORD_MAX = 5;
/** A turn going on after an interruption, marked after its bracketed label (`○三番（西川理沙君）（続）　…`): no part of the label or the words. */
const RESUMED_AFTER_LABEL = /^[（(]続き?[）)](?=[ \u3000]|$)/u;

/**
 * A page reference after a turn's label (and its stage direction), as a minutes system's export prints the page of the
 * printed record each turn starts on: `［ 228頁］`, `[228頁]`, `［228ページ］`.
 */
const PAGE_REFERENCE = /[［\[][ \u3000]*[0-9０-９]{1,5}[ \u3000]*(?:頁|ページ)[ \u3000]*[］\]]/u;
/** How far into the line such a reference may stand: a label's length. */
const PAGE_REFERENCE_WITHIN = 60;

/**
 * A label that a page reference ends (`委員長（津田　清君）［ 228頁］`, `西田京子委員［ 230頁］`, `…（森　多久男君）登壇［ 228頁］`):
 * the reference is no word of the speech; null when the line has none right after its label.
 */
function splitPagedLabel(rest: string): SplitLabel | null {
	const page = PAGE_REFERENCE.exec(rest.slice(0, PAGE_REFERENCE_WITHIN));
	if (!page || page.index === 0) return null;
	const turn = splitLabel(rest.slice(0, page.index));
	if (!turn || turn.speech !== '') return null;
	const after = page.index + page[0].length;
	return { ...turn, speech: trimSpaces(rest.slice(after)), end: after };
}

/** What a turn is, in brackets after its label: `(説明)`, `（答弁）`, `(登壇)`. */
const TURN_KIND = /^[（(](?:説明|答弁|質疑|質問|報告|補足|登壇|拍手|挙手|起立|発言)[）)]/u;

/** A post that follows a name after one half-width space (`財政局長`, `委員長`, `総務局職員部長`), as a regex source. */
const NAMED_POST_END = '(?:長|員|官|理事|監事|参事|主幹|主査|事務局)';
export const NAMED_POST = `[\\p{Script=Han}・]{0,10}${NAMED_POST_END}`;
/**
 * A post after a name and one half-width space, then a space or the end (`小形香織 委員長　…`, `石垣 財政局長　…`,
 * `木下 総務局職員部長　…`, as 札幌's committee records write turns; `早坂尚秀 委員長 ただいまから…`).
 */
const SPACED_NAME_POST = new RegExp(`^ ${NAMED_POST}(?=[\\u3000 ]|$)`, 'u');
/** How a label ends that is whole already (`古川九一議長`): the words after its space are the speech (`竹内福祉部長`, the chair's call). */
const WHOLE_LABEL = new RegExp(`(?:${NAMED_POST_END}|君)$`, 'u');
/** The longest name before such a post. */
const SPACED_NAME_MAX = 8;
/** A full name before a full-width space and a post: three to five ideographs (`中村由美`, `宮城英次`). */
const FULL_NAME_BEFORE_POST = /^[\p{Script=Han}々]{3,5}$/u;
/** The post after it, ending as a post does, then a full-width space and the words (`　企画財政課長　`, `　総務課長　`). */
const WIDE_NAME_POST = new RegExp(`^\\u3000${NAMED_POST}(?=\\u3000)`, 'u');
/** A given name glued to the post after a surname's full-width space, then a full-width space: `　博教育長　`. */
const GIVEN_NAME_AND_POST = new RegExp(`^\\u3000[\\p{Script=Han}]{2,9}${NAMED_POST_END}(?=\\u3000)`, 'u');
/**
 * The given name and the post after a surname's full-width space, each a full-width space apart, then a space or the end
 * (two spaces, or one as some exports set it: `◎西岡　勇　都市建設部長　議案第４５号について…`).
 */
const SPACED_NAME_THEN_POST = new RegExp(`^\\u3000(?<given>[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々ー]{1,4})\\u3000(?<post>${NAMED_POST})(?=[ \\u3000]\\S|[ \\u3000]{2,}\\S|[ \\u3000]*$)`, 'u');
const SPACED_NAME_THEN_POST_REACH = 24;
/** A surname before the space (`浜本`, `飯島`): a short run of ideographs. */
const SURNAME_BEFORE_SPACE = /^[\p{Script=Han}々]{1,4}$/u;
/**
 * The given name and `君` (or 議員, 委員) after a surname's space (`○浜本　収君　…`, `◯飯島　修君（続）　…`, `◯森 康哲議員 …`), as
 * assemblies write members who speak under their own name: the space is the name's, not the label's end.
 */
const SPACED_GIVEN_NAME = /^[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,5}(?:君|議員|委員)(?=[ \u3000（(]|$)/u;

/** A name after a post's full-width space (`　川口五郎`, `　上田　三郎`), then two spaces or more before the words. */
const POST_THEN_NAME = /^\u3000(?<name>[\p{Script=Han}々ヶ]{2,6}|[\p{Script=Han}々ヶ]{1,4}[ \u3000][\p{Script=Han}々ヶ]{1,4})[ \u3000]{2,}(?=\S)/u;
const POST_THEN_NAME_REACH = 24;
/** How words of business end that the chair may set apart after the label (`暫時休憩`, `起立多数`, `質疑終結`): no name. */
const BUSINESS_WORD_END = /(?:休憩|再開|開会|閉会|開議|散会|延会|多数|少数|全員|終結|終了|理由|説明|報告|可決|否決|採決|承認|同意|異議|質疑|質問|答弁|討論|動議|議題|日程|宣告|指名|決定|選挙|提出|付託|審査|協議|休会|会期|規則|条例|予算|議案|請願|陳情)$/u;
/** A member's name with 議員 or 君 after a seat's space (`　宮城清議員`, `　宮城　清君`), then a space or the line's end. */
const SEAT_MEMBER = /^[ \u3000](?:[\p{Script=Han}々ヶ]{2,6}|[\p{Script=Han}々ヶ]{1,4}[ \u3000][\p{Script=Han}々ヶ]{1,4})(?:議員|君)(?=[ \u3000]|$)/u;
const SEAT_MEMBER_REACH = 16;
/** A half-width seat number alone before a space (`2 番`). */
const SEAT_DIGITS = /^[0-9]{1,3}$/u;
/** A seat (`３番`, `十二番`) before a member's name. */
const SEAT_POST = /^(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})番$/u;

/** True when `post` and `name` read as that post and that person (`議長`, `川口五郎`), or a seat and a name. */
function postThenName(post: string, name: string): boolean {
	if (BUSINESS_WORD_END.test(name)) return false;
	if (SEAT_POST.test(post)) return true;
	// (A post alone, naming no one: `山際委員長　一行目` is a label and its words.)
	if (!/(?:長|員|官|役|監|参与)$/u.test(post) || parseNameLabel(post).name !== null) return false;
	const parts = parseNameLabel(`${post}\u3000${name}`);
	return parts.title === post && parts.name === name && parseNameLabel(name).title === null;
}

/** A name of two or three capitalised Latin words, then a role (checked against the roles) and a space or the end: `David Kim委員`. */
const LATIN_NAME_LABEL = new RegExp(`^${LATIN_FULL_NAME}(?<role>[\\p{Script=Han}\\p{Script=Katakana}ー]{1,10})(?=[ \\u3000]|$)`, 'u');
const LATIN_NAME_LABEL_MAX = 64;

/**
 * The label at the start of a marked line: up to the first space outside brackets, or up to a closing bracket at depth 0.
 * Read by UTF-16 unit without copying the line: brackets and spaces are single units and never halves of a pair.
 */
function splitLabel(rest: string): SplitLabel | null {
	// `David Kim委員　…`: a Latin name's space is the name's; the label ends after the role.
	const latin = LATIN_NAME_LABEL.exec(rest.slice(0, LATIN_NAME_LABEL_MAX));
	if (latin && ROLE_TITLES.includes(latin.groups?.role ?? '')) return { label: latin[0], speech: trimSpaces(rest.slice(latin[0].length)), end: latin[0].length };
	let depth = 0;
	let opened = false;
	// Where a space inside a name stands (`浜本　収君`, `新城　博教育長`), left out of the label; -1 for none.
	let join = -1;
	/** The label up to `end` (without the name's space) and the speech from `from` on. */
	const cut = (end: number, from = end): SplitLabel => ({ label: join === -1 ? rest.slice(0, end) : `${rest.slice(0, join)}${rest.slice(join + 1, end)}`, speech: trimSpaces(rest.slice(from)), end: from });
	for (let i = 0; i < rest.length; i++) {
		const char = rest[i] ?? '';
		if (OPENING.includes(char)) {
			depth++;
			opened = true;
		} else if (CLOSING.includes(char) && depth === 0 && !opened && ')）'.includes(char)) {
			// `◯議長新川篤志君)　…`, `◯議長竹野兼主議員)　…`: a minutes viewer's copy that lost the label's opening bracket.
			const unopened = unopenedLabel(rest.slice(0, i));
			if (unopened !== null) return { label: unopened, speech: trimSpaces(rest.slice(i + 1)), end: i + 1 };
		} else if (CLOSING.includes(char) && depth > 0) {
			depth--;
			// `議長（鈴木太郎君）ただいまから…`: the label ends with its bracket unless another bracket follows, or a role
			// closes it (`山口（美）委員`, a member told apart by a character of the given name).
			// `◎町長（古川庄平君）（登壇）`, `○（塩出崇史議員）（拍手）…`: a stage direction after the label is the speech's.
			if (depth === 0 && OPENING.includes(rest[i + 1] ?? '') && STAGE_AFTER_LABEL.test(rest.slice(i + 1, i + 8))) {
				return cut(i + 1);
			}
			const resumed = depth === 0 ? RESUMED_AFTER_LABEL.exec(rest.slice(i + 1, i + 6))?.[0] : undefined;
			if (resumed !== undefined) return cut(i + 1, i + 1 + resumed.length);
			// `総務分科会長（森　多久男君）登壇　…`, `教育厚生分科会長（北島守幸君）〔登壇〕　…`: going up to speak, written after the
			// label without brackets of its own or in 〔〕, is the turn's stage direction; the words after it are the speech.
			const stage = depth === 0 ? STAGE_WORD_AFTER_LABEL.exec(rest.slice(i + 1, i + 1 + STAGE_WORD_MAX))?.[0] : undefined;
			if (stage !== undefined) return { ...cut(i + 1, i + 1 + stage.length), stage };
			if (depth === 0 && !OPENING.includes(rest[i + 1] ?? '')) {
				// `（日本地域観光推進協会）山口専務理事　…`: an organisation in brackets first, then who speaks for it, up to the space.
				const speaker = OPENING.includes(rest[0] ?? '') ? LEADING_BRACKET_SPEAKER.exec(rest.slice(i + 1, i + 2 + ORGANISATION_SPEAKER_MAX)) : null;
				if (speaker) return cut(i + 1 + speaker[0].length);
				const role = roleAfterBracket(rest, i + 1);
				return cut(i + 1 + role.length);
			}
		} else if (depth === 0 && isSpaceCode(rest.charCodeAt(i))) {
			// `委員 (岩本 進)　…`: one half-width space between a short post and the bracket naming the person.
			// (`◎青山危機管理室長 (説明)`: what the turn is, in brackets after a whole label, is no part of it.)
			if (!opened && rest[i] === ' ' && i <= SPACED_POST_MAX && SPACED_BRACKET.test(rest.slice(i + 1, i + 2 + BRACKET_NAME_MAX)) && !TURN_KIND.test(rest.slice(i + 1))) continue;
			// `○2 番（鈴木花子君）　…`: a half-width seat number and 番 a space apart, as a word processor's PDF spaces
			// half-width digits from Japanese, are one seat (the space left out of the label).
			if (!opened && join === -1 && rest[i] === ' ' && SEAT_DIGITS.test(rest.slice(0, i)) && rest[i + 1] === '番') {
				join = i;
				continue;
			}
			// `三上洋右 委員　…`: the name, one half-width space and the post are the label.
			if (!opened && rest[i] === ' ' && i <= SPACED_NAME_MAX && !WHOLE_LABEL.test(rest.slice(0, i))) {
				const post = SPACED_NAME_POST.exec(rest.slice(i, i + 2 + SPACED_POST_MAX));
				if (post) return cut(i + post[0].length);
			}
			// `○　中村由美　企画財政課長　…`: a full name, a full-width space and the post, then a space (a village's PDF); `○本田　委員　　…`,
			// a surname alone so set, when the two read as that person and post.
			if (!opened && rest[i] === '\u3000' && (SURNAME_BEFORE_SPACE.test(rest.slice(0, i)) || FULL_NAME_BEFORE_POST.test(rest.slice(0, i)))) {
				const post = WIDE_NAME_POST.exec(rest.slice(i, i + 2 + SPACED_POST_MAX));
				const name = rest.slice(0, i);
				const held = (): boolean => {
					const parts = parseNameLabel(`${name}${post?.[0].slice(1) ?? ''}`);
					return parts.name === name && parts.title === post?.[0].slice(1) && parseNameLabel(name).title === null;
				};
				if (post && (FULL_NAME_BEFORE_POST.test(name) || held())) {
					join = i;
					return cut(i + post[0].length);
				}
			}
			// `◎林　誠　総務課長　　…`, `◆山田　太郎　委員　　…`: a surname, the given name and the post, a full-width space after
			// each, then one or two spaces before the words (a committee's record from gijiroku.com).
			if (!opened && rest[i] === '\u3000' && SURNAME_BEFORE_SPACE.test(rest.slice(0, i))) {
				const spaced = SPACED_NAME_THEN_POST.exec(rest.slice(i, i + SPACED_NAME_THEN_POST_REACH))?.groups;
				const surname = rest.slice(0, i);
				const parts = spaced ? parseNameLabel(`${surname}${spaced.given}${spaced.post}`) : null;
				if (spaced && parts?.name === `${surname}${spaced.given}` && parts.title === spaced.post) {
					const end = i + 1 + (spaced.given ?? '').length + 1 + (spaced.post ?? '').length;
					return { label: `${surname}${spaced.given}${spaced.post}`, speech: trimSpaces(rest.slice(end)), end };
				}
			}
			// `○　新城　博教育長　…`: a surname, a full-width space, the given name glued to the post, then a space.
			if (!opened && rest[i] === '\u3000' && SURNAME_BEFORE_SPACE.test(rest.slice(0, i)) && !WHOLE_LABEL.test(rest.slice(0, i))) {
				const given = GIVEN_NAME_AND_POST.exec(rest.slice(i, i + 12));
				const joined = given ? `${rest.slice(0, i)}${given[0].slice(1)}` : '';
				const parts = given ? parseNameLabel(joined) : null;
				if (given && parts?.name && parts.title && parts.name.startsWith(rest.slice(0, i))) {
					join = i;
					return cut(i + given[0].length);
				}
			}
			// `○議長　川口五郎　　ただいまから…`, `○３番　上田　三郎　　…`: a post or a seat, a full-width space and the person's
			// name, then two spaces or more before the words (a town's minutes typed in Word).
			if (!opened && rest[i] === '\u3000' && i <= SPACED_POST_MAX) {
				const named = POST_THEN_NAME.exec(rest.slice(i, i + POST_THEN_NAME_REACH));
				if (named && postThenName(rest.slice(0, i), (named.groups?.name ?? '').replace(/[ \u3000]/gu, ''))) return cut(i + 1 + (named.groups?.name ?? '').length);
			}
			// `３番　宮城清議員　質問…`, `３番　宮城　清議員　…`: a seat, a space and the member's name with 議員 or 君 are one label.
			if (!opened && join === -1 && SEAT_POST.test(rest.slice(0, i))) {
				const member = SEAT_MEMBER.exec(rest.slice(i, i + SEAT_MEMBER_REACH));
				if (member) return cut(i + member[0].length);
			}
			// `浜本　収君　…`: a member's surname, a space and the given name with 君 are one label.
			if (!opened && join === -1 && SURNAME_BEFORE_SPACE.test(rest.slice(0, i)) && SPACED_GIVEN_NAME.test(rest.slice(i, i + 8))) {
				join = i;
				continue;
			}
			return opened ? null : cut(i);
		}
	}
	return depth === 0 ? cut(rest.length) : null;
}

/** A post and a member's name with 君 or 議員 before a closing bracket that nothing opened (`議長新川篤志君`, `議長竹野兼主議員`). */
const UNOPENED_LABEL = /^(?<head>[^\s\u3000（()）【】]{2,24}?)(?<honorific>君|議員)$/u;

/**
 * The label a copy wrote without its opening bracket, as it would read with it: `議長新川篤志君` → `議長（新川篤志君）`,
 * `議長竹野兼主議員` → `議長（竹野兼主議員）`, a member alone as written (`石橋良平君`); null for any other text.
 */
function unopenedLabel(text: string): string | null {
	const found = UNOPENED_LABEL.exec(text)?.groups;
	if (!found) return null;
	const parts = parseNameLabel(`${found.head}君`);
	if (parts.name === null) return null;
	return parts.title === null || parts.title === '君' ? `${parts.name}${found.honorific}` : `${parts.title}（${parts.name}${found.honorific}）`;
}

/** Who speaks for the organisation bracketed before them: a short run without a sentence's marks, a space after it. */
const ORGANISATION_SPEAKER_MAX = 16;
const LEADING_BRACKET_SPEAKER = new RegExp(`^[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々ー]{2,${ORGANISATION_SPEAKER_MAX}}(?=[ \\u3000])`, 'u');

/** A letter of a label padded one character to a word. */
const PADDED_LETTER = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々ー]';
/** A label padded one character to a word, alone on its line: `大 下 議 長`, `石　丸　市　長`. */
const SPACED_OUT_LABEL = new RegExp(`^(?:${PADDED_LETTER}[ \\u3000]){2,11}${PADDED_LETTER}$`, 'u');

/** A bracket's label padded one character to a word, as a form's fixed-width column sets it: `(委 員)`, `（議 長）`. */
const PADDED_WORD = new RegExp(`^(?:${PADDED_LETTER}[ \\u3000]){1,11}${PADDED_LETTER}$`, 'u');

/** A label without the padding between its characters (`委 員` → `委員`); any other label as it is. */
export function unpadded(label: string): string {
	return PADDED_WORD.test(label) ? label.replace(/[ \u3000]/gu, '') : label;
}

/** A label padded with half-width spaces, then a full-width space (or two spaces) and the speech: `大 下 議 長　`. */
const SPACED_OUT_SPEAKER = new RegExp(`^((?:${PADDED_LETTER} ){2,11}${PADDED_LETTER})(?:\\u3000| {2,})(?=\\S)`, 'u');
/** How such a label ends: a post or an honorific (`議長`, `議員`, `市長`, `課長`, `委員`). */
const SPACED_OUT_POST = /(?:長|員|君|官|理事|監事|参事|主幹|主査|事務局)$/u;

/**
 * A post, a space, then the member in brackets with 君 (`議長　（山田一郎君）　…`, `２番　（佐藤花子君）`), as some towns' records
 * set the name apart from the post: the label the post and the bracket (`議長（山田一郎君）`). A stage direction after the space
 * (`議長　（拍手）`, `議長　（「異議なし」と呼ぶ者あり）`) holds no member with 君 and is left as written.
 */
const POST_SPACE_MEMBER = new RegExp(`^(?<post>[^\\s\\u3000（()）]{1,15})[ \\u3000]+(?<who>[（(]${BRACKETED_MEMBER}[）)])`, 'u');

/** The line's start with the space between a post and its bracketed member left out; any other line as it is. */
function withBracketJoined(rest: string): string {
	const found = POST_SPACE_MEMBER.exec(rest.slice(0, 48))?.groups;
	if (!found) return rest;
	const at = (found.post ?? '').length;
	return `${rest.slice(0, at)}${rest.slice(at).trimStart()}`;
}

/** Split a line that starts with a turn mark (maybe after the turn's number); null for any other line. */
export function splitTurnLine(text: string): TurnLine | null {
	const whole = trimSpaces(text);
	const trimmed = withoutTurnNumber(whole);
	const mark = trimmed[0] ?? '';
	if (mark === '' || !TURN_MARKS.includes(mark)) return null;
	const rest = withBracketJoined(trimSpaces(trimmed.slice(1)));
	// `○大 下 議 長` alone on its line (a PDF's padded label, the speech below): the label without its padding.
	if (SPACED_OUT_LABEL.test(rest)) return { label: rest.replace(/[ \u3000]/gu, ''), speech: '', mark, spaced: true };
	// `○大 下 議 長　皆さん、…`: the same padded label with the speech after a wider space, when it ends as a post does.
	const padded = SPACED_OUT_SPEAKER.exec(rest.slice(0, 40));
	if (padded && SPACED_OUT_POST.test(padded[1] ?? '')) return { label: (padded[1] ?? '').replace(/ /gu, ''), speech: trimSpaces(rest.slice(padded[0].length)), mark, spaced: true };
	const paged = splitPagedLabel(rest);
	const turn = paged ?? splitLabel(rest);
	if (!turn) return null;
	// `  1 ◯議長（中山　博君）`: a numbered label without speech is an entry of the speakers' index (発言者一覧), no turn
	// (`2 ◯総務分科会長（森　多久男君）登壇［ 228頁］` over its words, with its page or its stage direction, is a turn).
	if (trimmed !== whole && turn.speech === '' && paged === null && turn.stage === undefined) return null;
	// (`浜本　収君`, `中村由美　企画財政課長`: the label is read without the name's space, as if written without one.)
	// A page reference or a stage direction ends the label as a space does.
	const after = rest.charCodeAt(turn.end);
	const spaced = paged !== null || turn.stage !== undefined || Number.isNaN(after) || isSpaceCode(after);
	return { label: turn.label, speech: turn.speech, mark, spaced, ...(turn.stage === undefined ? {} : { stage: turn.stage }) };
}

/** A turn's mark and a post alone on a line, no bracket: `○教育政策係長`. */
const MARKED_POST_ALONE = new RegExp(`^[\\s\\u3000]*[${TURN_MARKS}][\\s\\u3000]*[^\\s\\u3000（()）]{1,15}$`, 'u');
/** Words of a roll's heading (`○出席議員`, `○欠席委員`, `○説明のため出席した者`, `○事務局職員`), which no speaker's post holds. */
const ROLL_HEADING_WORDS = /出席|欠席|説明のため|職務のため|職員|議事日程|会議録/u;
/** How many such pairs make the layout (one may be a roll's row). */
const SPLIT_LABELS_MIN = 2;

/**
 * The lines with each turn's label written on two lines joined into one (`○教育政策係長` / `大園健太君` / the words, as a PDF's
 * table copied cell by cell gives them: `○教育政策係長（大園健太君）`, the name's line left blank so that line numbers hold);
 * null when the file has fewer than two such pairs.
 */
export function joinSplitLabels(lines: readonly SourceLine[]): SourceLine[] | null {
	const pairs: number[] = [];
	for (let at = 0; at + 2 < lines.length; at++) {
		const post = lines[at]?.text ?? '';
		const name = lines[at + 1]?.text ?? '';
		// (`○欠席議員` / `佐藤花子君`: a roll's heading over its one member is no label.)
		if (post.length <= 30 && MARKED_POST_ALONE.test(post) && !ROLL_HEADING_WORDS.test(post) && bareMemberName(name)?.honorific === '君' && trimSpaces(lines[at + 2]?.text ?? '') !== '') pairs.push(at);
	}
	if (pairs.length < SPLIT_LABELS_MIN) return null;
	const joined = [...lines];
	for (const at of pairs) {
		const post = joined[at] as SourceLine;
		const name = joined[at + 1] as SourceLine;
		joined[at] = { ...post, text: `${trimSpaces(post.text)}（${trimSpaces(name.text).replace(/[ \u3000]/gu, '')}）` };
		joined[at + 1] = { ...name, text: '' };
	}
	return joined;
}

/**
 * A turn opened by a list's number instead of a mark, as some towns' Word minutes set every turn as a numbered item
 * (`１．議長（大山二郎君）　…`, `１．８番（小玉勇君）　…`): the number, then a post or a seat and the member in brackets with 君.
 */
const NUMBERED_TURN_MARK = new RegExp(`^(?<lead>[\\s\\u3000]*)[0-9０-９]{1,2}[.．][\\s\\u3000]*(?=[^\\s\\u3000（()）]{1,20}[（(]${BRACKETED_MEMBER}[）)])`, 'u');
/** How many such lines make the layout. */
const NUMBERED_TURNS_MIN = 3;

/**
 * The lines with the numbers that open every turn written as `○` (`１．議長（大山二郎君）　…` → `○議長（大山二郎君）　…`), when
 * no line has a turn mark and at least three are so numbered; null otherwise (the text had been read as having no turn).
 */
export function markNumberedTurns(lines: readonly SourceLine[]): SourceLine[] | null {
	let numbered = 0;
	for (const source of lines) {
		if (source.text.length > 10_000) continue;
		const marked = TURN_MARKS.includes(trimSpaces(source.text)[0] ?? ' ') ? splitTurnLine(source.text) : null;
		if (marked) {
			const parts = parseNameLabel(marked.label);
			if (parts.name !== null && parts.title !== null) return null;
		}
		if (NUMBERED_TURN_MARK.test(source.text)) numbered++;
	}
	if (numbered < NUMBERED_TURNS_MIN) return null;
	return lines.map((source) => (source.text.length <= 10_000 && NUMBERED_TURN_MARK.test(source.text) ? { ...source, text: source.text.replace(NUMBERED_TURN_MARK, '$<lead>○') } : source));
}

/** A turn mark that optical character recognition read as a Latin letter (`O福田住民課長　…`), before a label and its space. */
const OCR_MARK = /^(?<lead>[\s\u3000]*)[OＯ](?=(?<label>[\p{Script=Han}\p{Script=Katakana}ー]{1,20})(?:[（(][^（()）]{1,20}[）)])?[\s\u3000])/u;
/** A turn's label after its real mark, as OCR_MARK reads one after a misread mark (`○事務局　…`, `○議長（…）`). */
const MARKED_LABEL = /^[\s\u3000]*[○◯〇](?<label>[\p{Script=Han}\p{Script=Katakana}ー]{1,20})(?:[（(][^（()）]{1,20}[）)])?[\s\u3000]/u;
/** Lines with a real turn mark, and with one so misread, that make a scan's text layer read so. */
const OCR_EVIDENCE = 2;

/**
 * The lines of a scan's text layer with the turn marks its character recognition read as `O` written as `○` again,
 * when the text has both (at least two of each; or one misread before a label other turns have with their real mark,
 * `O事務局　…` among `○事務局　…`); null when it has none to mend.
 */
export function mendOcrTurnMarks(lines: readonly SourceLine[]): SourceLine[] | null {
	// (A line of megabytes is no turn: the patterns look at lines of a turn's length only.)
	if (lines.filter((source) => source.text.length <= 10_000 && /^[\s\u3000]*[○◯〇]/u.test(source.text)).length < OCR_EVIDENCE) return null;
	const misread: string[] = [];
	const mended = lines.map((source) => {
		const found = source.text.length > 10_000 ? null : OCR_MARK.exec(source.text);
		if (!found) return source;
		misread.push(found.groups?.label ?? '');
		return { ...source, text: source.text.replace(OCR_MARK, '$<lead>○') };
	});
	if (misread.length >= OCR_EVIDENCE) return mended;
	if (misread.length === 0) return null;
	// (Fewer misread than that: each before a label the real marks stand before, looked for only now.)
	const labels = new Set(lines.flatMap((source) => (source.text.length <= 10_000 ? (MARKED_LABEL.exec(source.text)?.groups?.label ?? []) : [])));
	return misread.every((label) => labels.has(label)) ? mended : null;
}

/**
 * A speech's number alone on its line, as a minutes system's export prints it above each turn (`1` / `◯座長(浅田五郎君) …`),
 * or with the speaker's name after it, as the 国会会議録検索システム's page heads each speech (`001 大岡敏孝` / `○大岡委員長　…`).
 */
const SPEECH_NUMBER = /^[\s\u3000]*(?<number>[0-9０-９]{1,5})(?:[ \u3000]+(?<name>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,12}(?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,8})?))?[\s\u3000]*$/u;
/** How many such numbers make the layout. */
const SPEECH_NUMBERS_MIN = 2;

/**
 * The lines with the numbers a minutes system prints alone above each turn blanked (they had been read as the end of the
 * remark before: `…説明をお願いします。2`), when at least two such numbers count up, each right above a marked turn; null
 * when the text has none.
 */
export function blankSpeechNumbers(lines: readonly SourceLine[]): SourceLine[] | null {
	const found: number[] = [];
	let last = -1;
	for (let at = 0; at + 1 < lines.length; at++) {
		const text = lines[at]?.text ?? '';
		const groups = text.length <= 40 ? SPEECH_NUMBER.exec(text)?.groups : undefined;
		const number = groups?.number;
		if (number === undefined) continue;
		const next = lines[at + 1]?.text ?? '';
		const value = Number(matchForm(number));
		const turn = next.length > 20_000 ? null : splitTurnLine(next);
		// (A name after the number is the speaker's: the label below holds its surname's first letter, `大岡敏孝` over `○大岡委員長`.)
		if (turn === null || value <= last || (groups?.name !== undefined && !turn.label.includes(groups.name[0] ?? ''))) continue;
		found.push(at);
		last = value;
	}
	if (found.length < SPEECH_NUMBERS_MIN) return null;
	const blanked = [...lines];
	for (const at of found) blanked[at] = { ...(blanked[at] as SourceLine), text: '' };
	return blanked;
}

/**
 * A minutes system's field naming who speaks, a post or a seat with the person in brackets (`【発言者】議長（竹下　修）`,
 * `発言者：１２番（中西亜希）`), the speech after a space or on the lines below.
 */
const SPEAKER_FIELD_TURN = /^[\s\u3000]*(?:[【［[（(]発言者[】］\]）)]|発言者[:：])[\s\u3000]*(?<label>[^\s\u3000（()）：:]{1,20}[（(][^（()）\s\u3000]{1,10}(?:[ \u3000][^（()）\s\u3000]{1,10})?[）)])(?:[\s\u3000]+(?<text>\S.*))?$/u;
/** What names an assembly's sitting in the first lines: its 議会 or its session. */
const ASSEMBLY_HEAD = /議会|市会|定例会|臨時会/u;
/** Lines looked at for it. */
const ASSEMBLY_HEAD_LINES = 30;
/** How many such fields make the layout. */
const SPEAKER_FIELDS_MIN = 2;

/**
 * An assembly's sitting downloaded as text from its minutes system, one speech a block under a field naming who speaks
 * (`【発言者】議長（竹下　修）` / `発言者：知事（森田隆之）` over the words): each field written as the turn it is
 * (`○議長（竹下　修）`, the words after it when the field's line holds them), so that the sitting is read as an assembly's
 * (its session, its seats and posts); null when the text has fewer than two such fields or names no assembly or session
 * in its first lines.
 */
export function markSpeakerFields(lines: readonly SourceLine[]): SourceLine[] | null {
	if (!lines.slice(0, ASSEMBLY_HEAD_LINES).some((source) => source.text.length <= 200 && ASSEMBLY_HEAD.test(source.text))) return null;
	const found = new Map<number, string>();
	lines.forEach((source, at) => {
		const groups = source.text.length <= 10_000 ? SPEAKER_FIELD_TURN.exec(source.text)?.groups : undefined;
		if (groups?.label !== undefined) found.set(at, groups.text === undefined ? `○${groups.label}` : `○${groups.label}\u3000${trimSpaces(groups.text)}`);
	});
	if (found.size < SPEAKER_FIELDS_MIN) return null;
	return lines.map((source, at) => (found.has(at) ? { ...source, text: found.get(at) ?? source.text } : source));
}

/**
 * A bracket typed twice around a label or a note (`【【佐藤会長】】`, `（（拍手））`, `〔〔…〕〕`, `［［…］］`), as a Word template's
 * brackets typed again around the words: one pair; full-width only (a wiki's `((…))` is its footnote, `[[…]]` a link).
 */
const DOUBLED_BRACKETS = /【【([^【】\n]{1,40})】】|（（([^（）\n]{1,40})））|〔〔([^〔〕\n]{1,40})〕〕|［［([^［］\n]{1,40})］］/gu;

/** The lines with each doubled bracket made one (`【【佐藤会長】】` → `【佐藤会長】`), or null when no line has one. */
export function singleBrackets(lines: readonly SourceLine[]): SourceLine[] | null {
	let changed = false;
	const single = lines.map((source) => {
		if (!/【【|（（|〔〔|［［/u.test(source.text)) return source;
		const text = source.text.replace(DOUBLED_BRACKETS, (whole: string, ...inner: (string | undefined)[]) => {
			const words = inner.slice(0, 4).find((part) => part !== undefined);
			return words === undefined ? whole : `${whole[0]}${words}${whole[whole.length - 1]}`;
		});
		if (text === source.text) return source;
		changed = true;
		return { ...source, text };
	});
	return changed ? single : null;
}
