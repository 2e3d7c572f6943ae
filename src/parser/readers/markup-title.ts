/**
 * Title, series and front matter of Markdown/reST minutes: the series is the title without its
 * session number, fiscal year, date and document words; front matter gives a title and date when the
 * document has no heading or date field.
 */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { findDate } from '../date.ts';
import { withoutEnglishMinutesWords, withoutRecordKind } from '../title.ts';
import { matchFormWithMap, originalSlice, replaceSpaceRuns, trimSpaces, type SourceLine } from '../normalize.ts';

/** Front matter at the very top: YAML between `---` lines, or TOML between `+++` lines (Hugo's); its data and the lines it spans. */
export function frontMatter(lines: readonly SourceLine[]): { data: Record<string, unknown>; end: number } | null {
	const fence = lines[0]?.text.trimEnd();
	if (fence !== '---' && fence !== '+++') return null;
	const ends = fence === '---' ? ['---', '...'] : ['+++'];
	const close = lines.findIndex((source, index) => index > 0 && ends.includes(source.text.trimEnd()));
	if (close === -1) return null;
	const body = lines.slice(1, close).map((source) => source.text).join('\n');
	try {
		const data: unknown = fence === '---' ? parseYaml(body) : parseToml(body);
		return { data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {}, end: close + 1 };
	} catch {
		return { data: {}, end: close + 1 };
	}
}

/** A session number in a title: `第5回`, `（第12回）`, `第十回` (NFKC form). */
const SESSION = /[(（]?\s*第\s*(?:[0-9]+|[〇一二三四五六七八九十百]+)\s*回\s*[)）]?/u;
/** A fiscal year, which numbers sittings but does not name the body: `2024年度`, `令和6年度`. */
const FISCAL_YEAR = /(?:令和|平成)?\s*(?:[0-9]+|元)\s*年度/u;
/** A year alone at the end of a title, set apart by a space or a bracket (`… 2024`, `…（2024年）`, `… 令和6年`). */
const TRAILING_YEAR = /(?<=^|[\s\u3000(（])(?:(?:19|20)[0-9]{2}|(?:令和|平成)\s*(?:[0-9]{1,2}|元))\s*年?[)）]?[\s\u3000]*$/u;
/** A month without its day, set apart by a space or a bracket (`2024年8月 商店会 定例会`, `令和6年8月`, `2024/08`): when, not who. */
const YEAR_MONTH = /(?<=^|[\s\u3000(（])(?:(?:19|20)[0-9]{2}[\s\u3000]*年[\s\u3000]*(?:0?[1-9]|1[0-2])[\s\u3000]*月|(?:令和|平成)[\s\u3000]*(?:[0-9]{1,2}|元)[\s\u3000]*年[\s\u3000]*(?:0?[1-9]|1[0-2])[\s\u3000]*月|(?:19|20)[0-9]{2}[/.](?:0?[1-9]|1[0-2]))(?:分|度|開催)?(?=$|[\s\u3000)）])/gu;
/** Words that name the document, not the body. */
const DOCUMENT_WORDS = /議事録|議事要旨|議事概要|議事メモ|会議録|会議メモ|ミーティングメモ|minutes/giu;

/** The first of those words (no global flag: `exec` keeps no position between titles). */
const DOCUMENT_WORD = new RegExp(DOCUMENT_WORDS.source, 'iu');

/** Remove the first match of `pattern` (on the NFKC form) from a text, keeping the other characters as written. */
function cut(text: string, pattern: RegExp): string {
	const mapped = matchFormWithMap(text);
	const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(mapped.text);
	if (!match) return text;
	return `${originalSlice(text, mapped, 0, match.index)} ${originalSlice(text, mapped, match.index + match[0].length)}`;
}

/**
 * The series of a title: the title without its session number, fiscal year, date and document words
 * (`NPO法人サンプル 第12回 運営会議 議事録` → `NPO法人サンプル 運営会議`, `定例会 議事録 2024-03-12` → `定例会`).
 */
export function seriesOf(title: string): string | null {
	// (`自治会役員会 議事録（AI要約）`: what kind of record it is, or who wrote it, is no part of the body's name.)
	// (`Minutes of the Board Meeting`: an English title's word for minutes, and `of the` after it, are none of the name either.)
	let rest = cut(cut(withoutEnglishMinutesWords(withoutRecordKind(title)), SESSION), FISCAL_YEAR);
	const date = findDate(rest);
	if (date?.ok) {
		const mapped = matchFormWithMap(rest);
		const at = mapped.text.indexOf(date.written);
		if (at !== -1) rest = `${originalSlice(rest, mapped, 0, at)} ${originalSlice(rest, mapped, date.end)}`;
	}
	// A date Hugo writes from a file's name (`2025 04 12 定例会` of `2025-04-12-定例会.md`) is when, not who, too.
	rest = rest.replace(/(?<![0-9])(?:19|20)[0-9]{2} (?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12][0-9]|3[01])(?![0-9])/gu, ' ');
	// A time range after the date (`2023/11/18 14:00-16:00`) is when, not who.
	rest = rest.replace(/[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[\s\u3000]*[-‐~〜～－][\s\u3000]*[0-9０-９]{1,2}[:：][0-9０-９]{2})?/gu, ' ');
	// A bracket the date was taken out of (`(2024/05/18開催)` → `( 開催)`), and a number after the name (`Weekly Rust-JP #23`).
	rest = rest.replace(/[(（][\s\u3000]*(?:開催|実施)?[\s\u3000]*[)）]?[\s\u3000]*$/u, ' ').replace(/[\s\u3000]*[#＃][1-9][0-9]{0,3}[\s\u3000]*$/u, ' ');
	// A year set apart at the end (`# 防災ボランティア連絡会 議事録 2024`, a file of the year's meetings) is when, not who.
	rest = rest.replace(DOCUMENT_WORDS, ' ').replace(YEAR_MONTH, ' ').replace(TRAILING_YEAR, ' ');
	const series = trimSpaces(replaceSpaceRuns(rest, ' ').replace(/^[\s\-–—_|:：()（）]+|[\s\-–—_|:：()（）]+$/gu, ''));
	return series === '' ? null : series;
}

/**
 * For a title that names no body (`議事録`, `Minutes 2024-05-10`): the document word it has, as written, which
 * then names the series (a team's `# 議事録` files form one series), or null.
 */
export function documentWordOf(title: string): string | null {
	const mapped = matchFormWithMap(title);
	const match = DOCUMENT_WORD.exec(mapped.text);
	return match ? originalSlice(title, mapped, match.index, match.index + match[0].length) : null;
}

/** A date from the front matter (`date: 2024-05-10`). */
export function matterDate(matter: Record<string, unknown>): string | null {
	const value = matter.date;
	// (A TOML date-time, smol-toml's TomlDate, gives the day as written: `2025-04-12T08:30:00+09:00` is the 12th.)
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	return typeof value === 'string' ? value : null;
}
