/**
 * Several meetings in one file (a year's 会議録 of a committee, a Markdown file of a year's meetings): each meeting
 * starts with its own title (`第２回 ひかり市…委員会 会議録`, `## 第2回 2024-05-10 (金)`) with its date just
 * below it or in it, or, under the file's one title, with a date line that numbers the sitting
 * (`令和6年2月26日(月曜日)開催(第8回)`). The file is read as one document per meeting, each keeping the file's line numbers.
 */
import { findDate } from './date.ts';
import { isSeparator, stripDecoration, type SourceLine } from './normalize.ts';

/**
 * A meeting's title: a session number and a minutes word near its end (`第２回 … 会議録`, `… 議事録（案）`), as the NFKC form
 * writes it; never a sentence that names one (`第2回…審議会(令和6年7月18日)の議事録について承認された。`).
 */
const MEETING_TITLE = /第\s*[0-9一二三四五六七八九十]+\s*回.{0,60}(?:会議録|議事録|議事要旨|議事概要|議事メモ)[^。、]{0,20}$/u;
/** A Markdown heading below the file's title naming a session (`## 第2回 2024-05-10 (金)`). */
const SESSION_HEADING = /^#{2,4}\s+.{0,20}第\s*[0-9一二三四五六七八九十]+\s*回/u;
/** A sitting's date line that numbers it, under a file's one title (`令和6年2月26日(月曜日)開催(第8回)`, `第9回 令和6年3月18日開催`). */
const DATED_SESSION = /^(?:第\s*[0-9]{1,3}\s*回\s*)?(?:令和|平成|昭和)?\s*(?:[0-9]{1,4}|元)\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*(?:\([^()]{1,6}\))?\s*(?:開催)?\s*(?:\(\s*第\s*[0-9]{1,3}\s*回\s*\))?$/u;
/** A Markdown heading of the first level: the file's title. */
const FILE_HEADING = /^#\s+\S/u;
/** Lines with text after a title within which its date must stand. */
const DATE_WITHIN = 8;

/** Where each meeting of the file starts (line indexes), with its date; empty when the file holds one meeting. */
function meetingStarts(lines: readonly SourceLine[]): { index: number; date: string; dated: boolean }[] {
	const starts: { index: number; date: string; dated: boolean }[] = [];
	for (let index = 0; index < lines.length; index++) {
		const text = lines[index]?.text ?? '';
		// Every kind of title holds 回: most lines are passed over without normalizing them.
		if (text.length > 200 || !text.includes('回')) continue;
		const form = stripDecoration(text).text.normalize('NFKC');
		// (A dated sitting's line numbers it with 第N回, in or after its date.)
		const dated = DATED_SESSION.test(form) && /第\s*[0-9]/u.test(form);
		if (dated) {
			const found = findDate(text);
			if (found?.ok) starts.push({ index, date: found.iso, dated: true });
			continue;
		}
		if (!SESSION_HEADING.test(text) && !(MEETING_TITLE.test(form) && form.length <= 80)) continue;
		// Its date: in the title line itself or among the lines with text just below it.
		let date: string | null = null;
		for (let next = index, seen = 0; next < lines.length && seen <= DATE_WITHIN && date === null; next++) {
			const line = lines[next]?.text ?? '';
			if (line.trim() === '' || isSeparator(line)) continue;
			if (next > index && (SESSION_HEADING.test(line) || MEETING_TITLE.test(stripDecoration(line).text.normalize('NFKC')))) break;
			seen++;
			const found = findDate(line);
			if (found?.ok) date = found.iso;
		}
		if (date !== null) starts.push({ index, date, dated: false });
	}
	return starts;
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
	const form = (index: number): string => stripDecoration(lines[index]?.text ?? '').text.normalize('NFKC').replace(/\s/gu, '');
	const all = found.filter((start, k) => {
		const next = found[k + 1];
		if (!next || start.dated || next.dated || form(start.index) !== form(next.index)) return true;
		return lines.slice(start.index + 1, next.index).filter((source) => source.text.trim() !== '').length > 2;
	});
	// Sittings under one title are numbered by their date lines, or the meetings by their titles: one kind, not both.
	const starts = all.some((start) => !start.dated) ? all.filter((start) => !start.dated) : all;
	if (starts.length < 2 || new Set(starts.map((start) => start.date)).size < starts.length) return null;
	const first = starts[0]?.index ?? 0;
	const fileHeading = lines.slice(0, first).find((source) => FILE_HEADING.test(source.text));
	return starts.map((start, k) => {
		const end = starts[k + 1]?.index ?? lines.length;
		const own = lines.slice(start.index, end);
		if (fileHeading && SESSION_HEADING.test(lines[start.index]?.text ?? '')) return k === 0 ? lines.slice(0, end) : [fileHeading, ...own];
		// Sittings numbered by their date lines under the file's one title (a school council's page of a year's sittings):
		// each under that title, written as the first sitting's title reads (`学校運営協議会会議録(令和6年開催分) 令和6年3月18日(月曜日)開催(第9回)`).
		if (start.dated) {
			if (k === 0) return lines.slice(0, end);
			const title = lines.slice(0, first).find((source) => source.text.trim() !== '');
			const dated = own[0];
			return title && dated ? [{ line: dated.line, text: `${title.text.trim()} ${dated.text.trim()}` }, ...own.slice(1)] : own;
		}
		// A text file's own title over its meetings (`…委員会 会議録（令和５年度）`) goes below the first meeting's title,
		// so that meeting is titled, and its series named, as the others are.
		return k === 0 ? [...own.slice(0, 1), ...lines.slice(0, first), ...own.slice(1)] : own;
	});
}
