/** What a citation of one remark needs. */
export interface CitationInput {
	speaker: string;
	/** Remark text; only its opening is quoted. */
	text: string;
	/** Body and session, e.g. `サイバーセキュリティタスクフォース 第42回` */
	meeting: string;
	/** 議事要旨, 議事録, 資料… */
	kind: string;
	/** Document title as written. */
	title: string;
	/** `YYYY-MM-DD` meeting date. */
	date: string;
	/** Absolute permalink of the remark. */
	url: string;
	/** `YYYY-MM-DD` day the reader accessed the page. */
	accessed: string;
	/** Citation key, ASCII. */
	key: string;
}

/** `2023-02-01` → `2023年2月1日` */
function japaneseDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${y}年${m}月${d}日`;
}

/** The opening of a remark for quoting: first sentence or `max` characters, with … when cut. */
export function quoteOpening(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const chars = [...flat];
	const end = flat.indexOf('。');
	if (end >= 0 && [...flat.slice(0, end + 1)].length <= max) return flat.slice(0, end + 1);
	return chars.length <= max ? flat : `${chars.slice(0, max).join('')}…`;
}

/** Japanese-style citation: 発言者「…」、会議名 第N回 議事要旨、日付、URL（閲覧日：…）. */
export function japaneseCitation(c: CitationInput): string {
	return `${c.speaker}「${quoteOpening(c.text)}」、${c.meeting} ${c.kind}、${japaneseDate(c.date)}、${c.url}（閲覧日：${japaneseDate(c.accessed)}）`;
}

/** Escapes text for a BibTeX field: braces, backslashes and the characters LaTeX treats specially. */
export function escapeBibtex(text: string): string {
	return text.replace(/[\\{}%&$#_^~]/g, (c) => ({ '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '^': '\\^{}', '~': '\\~{}' })[c] ?? `\\${c}`);
}

/** BibTeX `@misc` entry for a remark (biblatex-style `urldate`, plus `howpublished` for plain BibTeX). */
export function bibtexCitation(c: CitationInput): string {
	const fields: [string, string][] = [
		['author', `{${escapeBibtex(c.speaker)}}`],
		['title', `${escapeBibtex(c.speaker)}「${escapeBibtex(quoteOpening(c.text))}」`],
		['booktitle', escapeBibtex(`${c.meeting} ${c.kind}`)],
		['note', escapeBibtex(`${c.title}、${japaneseDate(c.date)}`)],
		['date', c.date],
		['year', c.date.slice(0, 4)],
		['url', c.url],
		['howpublished', `\\url{${c.url}}`],
		['urldate', c.accessed],
		['language', 'japanese'],
	];
	return `@misc{${c.key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
}

/** What of a meeting a citation names. */
export interface CitedMeeting {
	series: string;
	session: number | null;
	kind: 'minutes' | 'document' | string;
	title: string;
}

/** Body and session as cited: `サイバーセキュリティタスクフォース 第42回`. */
export function citedMeeting(meeting: CitedMeeting): string {
	return [meeting.series, meeting.session === null ? '' : `第${meeting.session}回`].filter(Boolean).join(' ');
}

/** Document kind as cited: 議事要旨/議事録/議事概要 as the title says, else 議事要旨 for minutes, 資料 for other documents. */
export function citedKind(meeting: CitedMeeting): string {
	const label = meeting.kind === 'minutes' ? '議事要旨' : '資料';
	return meeting.kind === 'minutes' ? (meeting.title.match(/議事要旨|議事録|議事概要/)?.[0] ?? label) : label;
}

/** Today in Japan time (`YYYY-MM-DD`): the 閲覧日 a page is built with; the page script puts in the reader's day. */
export function citationDay(now = Date.now()): string {
	return new Date(now + 9 * 3600_000).toISOString().slice(0, 10);
}
