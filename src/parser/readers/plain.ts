/**
 * The plain reader: a dated text whose layout no reader knows is still kept, as a document of its
 * paragraphs (speaker lines and headings recognized where the shared body reader finds them), with a
 * warning naming what the layout readers missed. Nothing with a date is rejected.
 */
import type { Meeting } from '../../schemas/meeting.ts';
import { parseBody } from '../body.ts';
import { dateInFileName, FILE_NAME_DATE, findDate, findTimeRange, findYearAndDay } from '../date.ts';
import { warning } from '../diagnostics.ts';
import { recurringSpeakers } from '../lines.ts';
import { matchForm, stripDecoration, type SourceLine } from '../normalize.ts';
import { finishRecord } from '../record.ts';
import { seriesSlug } from '../series.ts';
import { isDateLine, matchSectionLine } from '../sections.ts';
import { isWebChrome } from '../web-chrome.ts';
import { readTitle } from '../title.ts';
import type { Diagnostic, ParseOptions, ParseResult } from '../types.ts';
import { fileStem } from './shared.ts';
import type { SourceDocument } from './types.ts';

/** Lines searched for the date (a date further down is a date mentioned in the text, not the meeting's). */
const DATE_LINES = 80;
/** Lines looked at for a year written apart from the day (the title and what is just below it). */
const YEAR_LINES = 3;
/** A first line longer than this is text, not a title. */
const TITLE_MAX = 120;

/** The first valid date in the first lines (on a `日時` line if there is one), with its line and what follows it on that line. */
function firstDate(lines: readonly SourceLine[]): { iso: string; line: number; after: string; combined?: number } | null {
	const head = lines.slice(0, DATE_LINES);
	const labelled = head.filter((source) => matchSectionLine(source.text)?.key === 'date');
	for (const source of [...labelled, ...head]) {
		// `更新日：…` of a copied web page is when the page changed, not when the meeting was.
		if (isWebChrome(source.text)) continue;
		const found = findDate(source.text);
		if (found?.ok) return { iso: found.iso, line: source.line, after: matchForm(source.text).slice(found.end) };
	}
	// The year and the day written apart (`平成29年第二回定例会会議録(第4日 6月21日)`, or `六月二十一日(水曜日)` below the title).
	const apart = findYearAndDay(head.slice(0, YEAR_LINES).filter((source) => !isWebChrome(source.text)), head);
	return apart ? { iso: apart.iso, line: apart.dayLine.line, after: '', combined: apart.yearLine.line } : null;
}

/** Times, weekdays and the words around them after a date (`（水曜日）10時01分～10時43分`, `午後2時から`): no name. */
const AFTER_DATE = /[(（][^)）]{0,12}[)）]|(?:午前|午後)?[0-9]{1,2}(?::[0-9]{2}|時(?:[0-9]{1,2}分|半)?)|[~〜～\-－]|から|まで|開催|開会|閉会|[\s\u3000]/gu;

/** A line that opens with a date and goes on to name the meeting (`令和6年5月15日 雪国県知事 定例記者会見`, as 会見 pages are titled): the title itself, not a date above it. */
function namesAfterDate(text: string): boolean {
	const found = findDate(text);
	if (!found?.ok) return false;
	return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{3}/u.test(matchForm(text).slice(found.end).replace(AFTER_DATE, ''));
}

/**
 * Read a dated document whose layout is unknown; null when it has no date. `missed` are the errors of
 * the layout reader that failed, named in the warning.
 */
export function readPlain(document: SourceDocument, options: ParseOptions, missed: readonly Diagnostic[]): ParseResult | null {
	const { lines } = document;
	// Undated in the text, the file's name may date it (`20240612_研究室ミーティング.txt`).
	const named = dateInFileName(options.source);
	const date = firstDate(lines) ?? (named ? { iso: named.iso, line: 0, after: '', named: true } : null);
	if (!date) return null;
	// The title: the first line, or the line after a lone date line (`2024年3月8日` above `打合せメモ`); web navigation is not one.
	const texts = lines.filter((source) => source.text.trim() !== '' && !isWebChrome(source.text));
	const first = texts[0] !== undefined && isDateLine(texts[0].text) && !namesAfterDate(texts[0].text) && matchSectionLine(texts[0].text) === null && texts[1] !== undefined && !isDateLine(texts[1].text) ? texts[1] : texts[0];
	const firstText = first ? stripDecoration(first.text).text : '';
	// (A header's field first, `日時：令和6年11月20日（水）19:00～20:30` as a sheet of turns opens, is no title: the file's name is.)
	const field = firstText === '' ? null : matchSectionLine(firstText);
	const fieldFirst = field !== null && field.rest !== '' && (field.key === 'date' || field.key === 'location');
	const titled = first !== undefined && firstText !== '' && [...firstText].length <= TITLE_MAX && !firstText.includes('。') && !fieldFirst;
	const titleText = titled ? firstText : fileStem(options.source);
	const info = readTitle(titleText, null);
	const diagnostics: Diagnostic[] = [];
	const reasons = missed.filter((d) => d.severity === 'error').map((d) => (d.line === null ? d.message : `line ${d.line}: ${d.message}`));
	diagnostics.push(
		warning(
			'unknown-layout',
			first?.line ?? null,
			`layout not recognized${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}: kept as a plain document of paragraphs dated ${date.iso} (${'named' in date ? "from the file's name" : date.combined === undefined ? `from line ${date.line}` : `the year from line ${date.combined}, the day from line ${date.line}`}); fix the header to get participants, agenda and speakers`,
		),
	);
	// (The title's own line only: a text rewritten before the readers, a transcript's, gives its header the number of its first line of text.)
	const bodyLines = titled && first ? lines.filter((source) => source !== first) : lines;
	// (Names that recur before a colon or alone over the words speak, as in the council reader's text.)
	const parsed = parseBody(bodyLines, diagnostics, { surnames: recurringSpeakers(bodyLines) });
	const times = findTimeRange(date.after);
	// A title that names no body (`議事要旨` alone): the file's name stands for the series.
	// (Without the date the name may hold, `2024-03-08_打合せメモ` → `打合せメモ`: a series is no one day's.)
	const stem = fileStem(options.source);
	const undated = FILE_NAME_DATE.test(stem) ? stem.replace(FILE_NAME_DATE, ' ').replace(/^[\s_\-.]+|[\s_\-.]+$/gu, '').replace(/[\s_]+/gu, ' ') : stem;
	const series = info.series ?? (undated || stem);
	const candidate: Meeting = {
		title: info.title,
		series,
		seriesSlug: seriesSlug(series, options.seriesSlugs),
		session: info.session,
		kind: info.kind,
		source: options.source,
		sourceHash: options.sourceHash,
		date: date.iso,
		start: times?.start ?? null,
		end: times?.end ?? null,
		location: null,
		participants: [],
		handouts: [],
		agenda: parsed.agenda,
		sections: parsed.sections,
		remarks: parsed.remarks,
	};
	const line = first?.line ?? null;
	return finishRecord('plain', candidate, parsed.body, diagnostics, { title: line, series: line, session: line, date: date.line });
}
