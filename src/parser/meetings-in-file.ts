/**
 * Several meetings in one file (a year's 会議録 of a committee, a Markdown file of a year's meetings): each meeting
 * starts with its own title (`第２回 ひかり市…委員会 会議録`, `## 第2回 2024-05-10 (金)`) with its date just
 * below it or in it, or, under the file's one title, with a date line that numbers the sitting
 * (`令和6年2月26日(月曜日)開催(第8回)`). The file is read as one document per meeting, each keeping the file's line numbers.
 */
import { findDate } from './date.ts';
import { isSeparator, matchForm, stripDecoration, type SourceLine } from './normalize.ts';
import { parseNumeral } from './numerals.ts';
import { frontMatter } from './readers/markup-title.ts';

/** The words that name minutes, as a regex source: 会議録, 議事録, 議事要旨, 議事概要, 議事メモ. */
const MINUTES_WORD = '(?:会議録|議事録|議事要旨|議事概要|議事メモ)';
/**
 * A meeting's title: a session number and a minutes word near its end (`第２回 … 会議録`, `… 議事録（案）`), as the NFKC form
 * writes it; never a sentence that names one (`第2回…審議会(令和6年7月18日)の議事録について承認された。`).
 */
const MEETING_TITLE = new RegExp(`第\\s*[0-9一二三四五六七八九十]+\\s*回.{0,60}${MINUTES_WORD}[^。、]{0,20}$`, 'u');
/** A Markdown heading below the file's title naming a session (`## 第2回 2024-05-10 (金)`). */
const SESSION_HEADING = /^#{2,4}\s+.{0,20}第\s*[0-9一二三四五六七八九十]+\s*回/u;
/**
 * A Markdown heading below the file's title that dates a meeting (`## 5月定例会（2024-05-10）`, `## 2024-04-12 定例会`,
 * `## 2024-06-14`): a short heading with a date in it. (Counted with its date in `meetingStarts`.)
 */
const DATED_HEADING = /^#{2,4}\s+\S.{0,50}$/u;
/** A sitting's date line that numbers it, under a file's one title (`令和6年2月26日(月曜日)開催(第8回)`, `第9回 令和6年3月18日開催`). */
const DATED_SESSION = /^(?:第\s*[0-9]{1,3}\s*回\s*)?(?:令和|平成|昭和)?\s*(?:[0-9]{1,4}|元)\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*(?:\([^()]{1,6}\))?\s*(?:開催)?\s*(?:\(\s*第\s*[0-9]{1,3}\s*回\s*\))?$/u;
/**
 * A meeting's title without a minutes word, as an association's file of a year's meetings heads each (`第４回理事会`,
 * `第５回定例会（令和６年８月２２日開催）`): the session's number and the body's word, the whole line (NFKC). Such a title counts
 * only with its date in it or in a date field below it (`日　時　令和６年１２月１０日（火）`), and only where each meeting has
 * lines of its own (a table of contents lists such titles one after another).
 */
const BARE_MEETING_TITLE = /^第\s*[0-9一二三四五六七八九十]+\s*回\s*[^\s。、「」()]{0,30}?(?:理事会|総会|役員会|委員会|定例会|臨時会|評議員会|幹事会|部会|会議|協議会|審議会|研究会|検討会|懇談会|例会|分科会)(?:\s*\([^()]{0,30}\))?$/u;
/** A header field that gives the meeting's date: `日　時`, `開催日時`, `開催日`, `１．日時`. */
const DATE_FIELD = /^(?:[0-9]{1,2}\s*[.、)]?\s*)?(?:開催)?(?:日\s*時|日\s*付|年\s*月\s*日)|^開催日/u;
/** Lines with text a meeting under a bare title holds at least before the next title (fewer: a table of contents) … */
const BARE_MEETING_LINES = 3;
/** … and at least in all (fewer: the next meeting's date and place announced at the end of the minutes). */
const BARE_MEETING_HELD = 6;
/**
 * A sitting's line that numbers it and dates it, then says when and where (`【第２回】　２０２４年８月２日（金）　１０：００～１２：００　オンライン開催`,
 * `第3回 令和6年11月15日(金) 14:00～ 県庁`), as a page of a year's 議事要旨 heads each sitting (NFKC).
 */
const NUMBERED_SITTING = /^[[(【〔]?\s*(第\s*[0-9一二三四五六七八九十]+\s*回)\s*[\])】〕]?\s*((?:令和|平成|昭和)?\s*(?:[0-9]{1,4}|元)\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)/u;
/**
 * An assembly's sitting titled by its session and number without a 回 (`令和６年２月定例会（第３日）`, `…県議会会議録（第４号）`,
 * `令和六年東京都議会会議録第三号`), the whole line (NFKC): a volume's sittings, each dated below its title.
 */
const SITTING_TITLE = /^\S.{0,50}(?:定例会|臨時会|定例月議会|会議録)\s*[(]?\s*第\s*(?<number>[0-9]{1,3}|[一二三四五六七八九十]{1,4})\s*[号日]\s*[)]?$/u;
/** A session's line alone over such a title (`令和６年２月定例会` / `あおぞら県議会会議録（第３号）`): the sitting starts with it. */
const SESSION_ALONE = /^\S.{0,30}(?:定例会|臨時会|定例月議会)(?:\s*[(][^()]{1,12}[)])?$/u;

/** A line announcing the next meeting, above such a title. */
const NEXT_MEETING = /次回|今後の予定|開催予定/u;
/** A speaker's label before a colon (`梅田部会長：次回は…`): the line is a remark that mentions the next meeting, no announcement. */
const SPEAKER_LABEL = /^[^：:]{1,20}[：:]/u;

/** Whether a line announces the next meeting (`次回予定`, `【次回開催予定】`, `次回予定：第５回理事会`). */
function announcesNext(line: string): boolean {
	const label = SPEAKER_LABEL.exec(line.trim())?.[0];
	return NEXT_MEETING.test(line) && (label === undefined || NEXT_MEETING.test(label));
}

/** What stands before a title's session number (`かわせみ　` of `かわせみ　第３回理事会議事録`). */
const BEFORE_SESSION = /^.*?(?=第[0-9一二三四五六七八九十]+回)/u;
/** A title's minutes word and what follows it (`議事録（案）`, `議事録　別紙`). */
const MINUTES_WORD_ON = new RegExp(`${MINUTES_WORD}.*$`, 'u');

/** A Markdown heading of the first level: the file's title. */
const FILE_HEADING = /^#\s+\S/u;
/** Lines with text after a title within which its date must stand. */
const DATE_WITHIN = 8;

/** Where a meeting starts: a dated sitting's line, a meeting's title, a bare title (`第４回理事会`) or a Markdown heading that dates it. */
interface MeetingStart {
	index: number;
	date: string;
	dated: boolean;
	bare?: boolean;
	heading?: boolean;
	/** A sitting's line that numbers and dates it: its number (`第2回`) and what follows it (date, hours, place). */
	sitting?: { number: string; rest: string };
	/** An assembly's sitting titled by its number without a 回 (`…定例会（第３日）`): that number. */
	assembly?: number;
}

/** Where each meeting of the file starts (line indexes), with its date; empty when the file holds one meeting. */
function meetingStarts(lines: readonly SourceLine[]): MeetingStart[] {
	const starts: MeetingStart[] = [];
	// (A Markdown file's front matter, `---` / `title: "…（第4回）議事要旨"` / `created: 2024-07-02` / `---`, as a web clipper
	// writes it, names the page and the day it was clipped: no meeting of its own.)
	for (let index = frontMatter(lines)?.end ?? 0; index < lines.length; index++) {
		const text = lines[index]?.text ?? '';
		// A Markdown heading that dates a meeting; not the next one announced (`## 次回予定（2024-07-12）`).
		if (text.startsWith('##') && DATED_HEADING.test(text) && !SESSION_HEADING.test(text) && !NEXT_MEETING.test(text)) {
			const found = findDate(text);
			if (found?.ok) starts.push({ index, date: found.iso, dated: false, heading: true });
			continue;
		}
		// An assembly's sitting under its session and number (`令和６年２月定例会（第３日）`) over its day, a 回 or not in the session
		// (a title holding 第N回 and 会議録 is a meeting's title below).
		const sittingForm = text.length <= 80 && (text.includes('号') || text.includes('日')) ? matchForm(stripDecoration(text).text).trim() : '';
		const sittingNumber = SITTING_TITLE.exec(sittingForm)?.groups?.number ?? SITTING_TITLE.exec(beforeDay(sittingForm))?.groups?.number;
		const assemblySitting = sittingNumber === undefined ? null : parseNumeral(sittingNumber);
		if (assemblySitting !== null && !MEETING_TITLE.test(sittingForm)) {
			const date = sittingDate(lines, index);
			if (date !== null) starts.push({ index: sessionAbove(lines, index), date, dated: false, assembly: assemblySitting });
			continue;
		}
		// Every other kind of title holds 回: most lines are passed over without normalizing them.
		if (text.length > 200 || !text.includes('回')) continue;
		const form = matchForm(stripDecoration(text).text);
		// (A dated sitting's line numbers it with 第N回, in or after its date.)
		const numbered = NUMBERED_SITTING.exec(form.trim());
		if ((DATED_SESSION.test(form) && /第\s*[0-9]/u.test(form)) || numbered) {
			const found = findDate(text);
			const sitting = numbered && !DATED_SESSION.test(form) ? { number: numbered[1]!.replace(/\s/gu, ''), rest: form.trim().slice(numbered[0].length - numbered[2]!.length).trim() } : undefined;
			if (found?.ok) starts.push({ index, date: found.iso, dated: true, ...(sitting ? { sitting } : {}) });
			continue;
		}
		const bare = !SESSION_HEADING.test(text) && !(MEETING_TITLE.test(form) && form.length <= 80);
		if (bare && !BARE_MEETING_TITLE.test(form.trim())) continue;
		// Its date: in the title line itself or among the lines with text just below it (a bare title's in a date field).
		let date: string | null = null;
		for (let next = index, seen = 0; next < lines.length && seen <= DATE_WITHIN && date === null; next++) {
			const line = lines[next]?.text ?? '';
			if (line.trim() === '' || isSeparator(line)) continue;
			const lineForm = matchForm(stripDecoration(line).text).trim();
			if (next > index && (SESSION_HEADING.test(line) || MEETING_TITLE.test(lineForm) || BARE_MEETING_TITLE.test(lineForm))) break;
			seen++;
			if (bare && next > index && !DATE_FIELD.test(lineForm)) continue;
			const found = findDate(line);
			if (found?.ok) date = found.iso;
		}
		if (date !== null) starts.push({ index, date, dated: false, bare, ...(assemblySitting === null ? {} : { assembly: assemblySitting }) });
	}
	// The same sitting's number and day again (a running head over each page, `令和６年第２回定例会（第２号）`) starts nothing:
	// a volume's sittings are told apart by their numbers and days.
	const sittingsSeen = new Set<string>();
	let distinct = 0;
	for (const start of [...starts]) {
		const key = start.assembly === undefined ? null : `${start.assembly} ${start.date}`;
		if (key !== null && sittingsSeen.has(key)) continue;
		if (key !== null) sittingsSeen.add(key);
		starts[distinct++] = start;
	}
	starts.length = distinct;
	// Bare titles one after another with fewer lines between them are a table of contents, no meetings.
	const textLines = (from: number, to: number): number => lines.slice(from + 1, to).filter((source) => source.text.trim() !== '' && !isSeparator(source.text)).length;
	// So are dated sittings' lines (a report's `開催経過`: `第1回　令和6年4月10日（水）　論点整理` / `第2回　…`).
	const untitled = (start: MeetingStart): boolean => start.bare === true || start.heading === true || start.sitting !== undefined;
	const listable = (start: MeetingStart): boolean => untitled(start) || start.dated;
	const listed = starts.some((start, k) => listable(start) && k + 1 < starts.length && textLines(start.index, starts[k + 1]!.index) < BARE_MEETING_LINES);
	// The next meeting announced at the end of the minutes (`次回予定` / `第５回理事会` / `日時　…` / `場所　…`) is no meeting of the file.
	const kept = starts.filter((start, k) => {
		if (!untitled(start)) return true;
		const before = lines.slice(0, start.index).findLast((source) => source.text.trim() !== '' && !isSeparator(source.text))?.text ?? '';
		// (A sitting's line holds its date, hours and place, a dated heading its date: the lines below are its roll and text alone.)
		const held = start.sitting || start.heading === true ? BARE_MEETING_LINES : BARE_MEETING_HELD;
		return !announcesNext(before) && textLines(start.index, starts[k + 1]?.index ?? lines.length) >= held;
	});
	return listed ? starts.filter((start) => !listable(start)) : kept;
}

/** Lines with text below a sitting's title within which its day stands. */
const SITTING_DAY_WITHIN = 4;
/** The longest line that gives a sitting's day (`令和６年２月２６日（月曜日）`, `令和６年９月１０日　午前１０時開議`): no sentence of the speech. */
const SITTING_DAY_LENGTH = 60;

/** The day on a short line just below a sitting's title (`令和６年２月２６日（月曜日）`), the title's own line first, or null. */
function sittingDate(lines: readonly SourceLine[], index: number): string | null {
	for (let next = index, seen = 0; next < lines.length && seen <= SITTING_DAY_WITHIN; next++) {
		const line = lines[next]?.text ?? '';
		if (line.trim() === '' || isSeparator(line)) continue;
		seen++;
		const found = line.length <= SITTING_DAY_LENGTH ? findDate(line) : null;
		if (found?.ok) return found.iso;
	}
	return null;
}

/** A title line without the day after it (`令和６年２月定例会（第３日）　令和６年２月２６日（月）` → its title), or '' when no day ends it. */
function beforeDay(form: string): string {
	const found = findDate(form);
	if (!found?.ok) return '';
	const at = form.lastIndexOf(found.written);
	if (at <= 0) return '';
	const rest = form.slice(at + found.written.length).trim();
	return rest === '' || /^[(][^()]{1,4}[)]$/u.test(rest) ? form.slice(0, at).trim() : '';
}

/** Where a sitting's title starts: the session's line alone right above it (`令和６年２月定例会` / `…県議会会議録（第３号）`), or the title. */
function sessionAbove(lines: readonly SourceLine[], index: number): number {
	let above = index - 1;
	while (above >= 0 && (lines[above]?.text.trim() ?? '') === '') above--;
	const text = lines[above]?.text ?? '';
	return above >= 0 && text.length <= 60 && SESSION_ALONE.test(matchForm(stripDecoration(text).text).trim()) ? above : index;
}

/** A minutes word and what follows it in brackets at the end of a file's title (`　会議録（令和６年度）`), and a fiscal year before it. */
const TITLE_MINUTES_WORD = /[\s\u3000]*(?:(?:令和|平成)[0-9０-９元]{1,2}年度[\s\u3000]*)?(?:の)?(?:会議録|議事録|議事要旨)(?:綴)?[\s\u3000]*(?:[（(][^（）()]*[）)])?$/u;

/** The body's name from the file's first line above its meetings (`一般社団法人みなと地域交通協議会`, `ひばり市教育委員会　会議録（令和６年度）`), or null. */
function bodyName(before: readonly SourceLine[]): string | null {
	const line = before.find((source) => source.text.trim() !== '' && !isSeparator(source.text));
	if (!line) return null;
	const name = line.text.trim().replace(TITLE_MINUTES_WORD, '').trim();
	return name === '' || name.length > 40 || findDate(name)?.ok === true || /[。、]/u.test(name) ? null : name;
}

/**
 * The file's meetings as documents of their own lines, or null when it holds one: at least two titles of a meeting
 * with different dates below them. What stands before the first (the file's title, a note) goes with the first
 * meeting, below its title; a Markdown file's first-level heading heads every meeting, so each is titled with the
 * body's name.
 */
export function splitMeetings(lines: readonly SourceLine[]): SourceLine[][] | null {
	const found = meetingStarts(lines);
	// A web page's title over the date it was posted, then the minutes under the same title (`第64回…会議録` /
	// `[2024年3月1日]` / `第64回…会議録`): one meeting, the page's title and stamp no meeting of their own.
	const form = (index: number): string => matchForm(stripDecoration(lines[index]?.text ?? '').text).replace(/\s/gu, '');
	const all = found.filter((start, k) => {
		const next = found[k + 1];
		if (!next || start.dated || next.dated || form(start.index) !== form(next.index)) return true;
		return lines.slice(start.index + 1, next.index).filter((source) => source.text.trim() !== '').length > 2;
	});
	// Sittings under one title are numbered by their date lines, or the meetings by their titles: one kind, not both.
	const titled = all.some((start) => !start.dated) ? all.filter((start) => !start.dated) : all;
	// A volume's cover (`令和６年第３回（９月）…町議会定例会会議録` over the days the session opened and closed) is the title over its
	// sittings, no meeting of its own (it had become one without a word of the minutes): it goes with the first sitting.
	// (The assembly's name alone at the cover's foot, `かえで町議会` under `令和６年第４回かえで町議会定例会会議録`, is the cover's
	// own words, no line of minutes.)
	// A cover over its contents (`目　　次` / `第１日（６月１０日）` / `一般質問　……　２`) is one too when the first sitting's title
	// numbers it under the cover's title, or on the day the cover's 会期 starts (it had made the volume one sitting).
	const held = (from: number, to: number): number => lines.slice(from + 1, to).filter((source, k) => source.text.trim() !== '' && !isSeparator(source.text) && !form(from).includes(form(from + 1 + k))).length;
	const coverOver = (cover: MeetingStart, sitting: MeetingStart): boolean =>
		cover.assembly === undefined && sitting.assembly !== undefined && (cover.date === sitting.date || form(sitting.index).startsWith(form(cover.index)));
	const starts = titled.length > 1 && !titled[0]!.dated && (held(titled[0]!.index, titled[1]!.index) < BARE_MEETING_LINES || coverOver(titled[0]!, titled[1]!)) ? titled.slice(1) : titled;
	// Meetings of one day are told apart by their titles' bodies (a 理事会 in the morning, the 総会 it prepared in the
	// afternoon); the same title twice on one day is one meeting's (its appendix, `…議事録　別紙`).
	// (The body named before the session or not, `かわせみ　第３回理事会議事録` as a PDF's running head over `第３回理事会　議事録`,
	// is one title.)
	const key = (start: MeetingStart): string => (start.dated ? start.date : `${start.date} ${form(start.index).replace(BEFORE_SESSION, '').replace(MINUTES_WORD_ON, '')}`);
	if (starts.length < 2 || new Set(starts.map(key)).size < starts.length) return null;
	const first = starts[0]?.index ?? 0;
	const fileHeading = lines.slice(0, first).find((source) => FILE_HEADING.test(source.text));
	const body = bodyName(lines.slice(0, first));
	return starts.map((start, k) => {
		const end = starts[k + 1]?.index ?? lines.length;
		const own = lines.slice(start.index, end);
		if (fileHeading && (start.heading === true || SESSION_HEADING.test(lines[start.index]?.text ?? ''))) return k === 0 ? lines.slice(0, end) : [fileHeading, ...own];
		// Sittings numbered by their date lines under the file's one title (a school council's page of a year's sittings):
		// each under that title, written as the first sitting's title reads (`学校運営協議会会議録(令和6年開催分) 令和6年3月18日(月曜日)開催(第9回)`).
		// A sitting's line that also gives its hours and place (`【第２回】　２０２４年８月２日（金）　１０：００～１２：００　オンライン開催`)
		// becomes a title naming the body and the sitting over a date field with the rest; the file's note before the
		// first sitting stays with it, between the two (where the reader quotes a note it does not understand).
		if (start.sitting) {
			const titleIndex = lines.slice(0, first).findIndex((source) => source.text.trim() !== '' && !isSeparator(source.text));
			const name = body ?? lines[titleIndex]?.text.trim() ?? '';
			const at = own[0]?.line ?? 0;
			const note = k === 0 ? lines.slice(0, first).filter((_, index) => index !== titleIndex) : [];
			return [{ line: at, text: `${name}\u3000${start.sitting.number}`.trim() }, ...note, { line: at, text: `日時\u3000${start.sitting.rest}` }, ...own.slice(1)];
		}
		if (start.dated) {
			if (k === 0) return lines.slice(0, end);
			const title = lines.slice(0, first).find((source) => source.text.trim() !== '');
			const dated = own[0];
			return title && dated ? [{ line: dated.line, text: `${title.text.trim()} ${dated.text.trim()}` }, ...own.slice(1)] : own;
		}
		// A bare title (`第４回理事会`) is the body's only under the file's title: the body's name goes before it
		// (`一般社団法人みなと地域交通協議会　第４回理事会`), so that each meeting's series is that body's.
		const head = start.bare === true && body !== null && own[0] ? [{ line: own[0].line, text: `${body}\u3000${own[0].text.trim()}` }, ...own.slice(1)] : own;
		// A text file's own title over its meetings (`…委員会 会議録（令和５年度）`) goes below the first meeting's title,
		// so that meeting is titled, and its series named, as the others are.
		return k === 0 ? [...head.slice(0, 1), ...lines.slice(0, first), ...head.slice(1)] : head;
	});
}
