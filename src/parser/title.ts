/** Reading the title line: the series (body), the session number and the kind of document. */
import { matchFormWithMap, originalSlice, stripDecoration, trimSpaces } from './normalize.ts';
import { parseNumeral } from './numerals.ts';

/** `（第42回）`, `(第９回)`, `第四十二回` on the NFKC form. */
const SESSION = /\(?\s*第\s*(?<number>[0-9]+|[〇一二三四五六七八九十百]+)\s*回\s*\)?/u;
/** Words that make a document minutes. */
const MINUTES_WORDS = /議事要旨|議事録|議事概要/u;
/** An issuer line ends with the office that wrote it. */
const ISSUER_SUFFIX = /[\s\u3000]*(?:事務局|事務室)$/u;

/** What the title tells about a document. */
export interface TitleInfo {
	/** The title without Markdown decoration. */
	title: string;
	series: string | null;
	session: number | null;
	kind: 'minutes' | 'document';
}

/** Read series, session and kind from a title line; `issuer` (e.g. `…タスクフォース事務局`) names the series when the title has no session. */
export function readTitle(rawTitle: string, issuer: string | null): TitleInfo {
	const title = stripDecoration(rawTitle).text;
	const kind = MINUTES_WORDS.test(title.normalize('NFKC')) ? 'minutes' : 'document';
	const mapped = matchFormWithMap(title);
	const session = SESSION.exec(mapped.text);
	if (session?.groups) {
		const number = parseNumeral(session.groups.number ?? '');
		let series = trimSpaces(originalSlice(title, mapped, 0, session.index));
		if (series === '') {
			// `第42回サイバーセキュリティタスクフォース 議事要旨`: the body follows the session.
			const after = originalSlice(title, mapped, session.index + session[0].length);
			series = trimSpaces(after.replace(MINUTES_WORDS, ''));
		}
		return { title, series: series === '' ? null : series, session: number !== null && number > 0 ? number : null, kind };
	}
	if (issuer) {
		const series = trimSpaces(stripDecoration(issuer).text.replace(ISSUER_SUFFIX, ''));
		if (series !== '') return { title, series, session: null, kind };
	}
	const series = trimSpaces(title.replace(MINUTES_WORDS, ''));
	return { title, series: series === '' ? null : series, session: null, kind };
}
