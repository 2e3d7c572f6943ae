import type { Diagnostic } from '../schemas/diagnostic.ts';
import type { Meeting } from '../schemas/meeting.ts';

/** A problem found while reading a seed (the project's one diagnostic type). */
export type { Diagnostic } from '../schemas/diagnostic.ts';

/** A link over part of a block's plain text: `text.slice(start, end)` links to `url` (http(s) or mailto only). */
export interface LinkSpan {
	start: number;
	end: number;
	url: string;
}

/** One list item: its plain text, where it starts, its links and the lists nested in it. */
export interface ListItem {
	text: string;
	line: number;
	links?: LinkSpan[];
	children?: ListBlock[];
}

/** A list; `ordered` lists are numbered from `start` (1 when absent). */
export interface ListBlock {
	type: 'list';
	items: ListItem[];
	line: number;
	ordered?: boolean;
	start?: number;
}

/** Body blocks of a document, in reading order. Text is plain text, never markup; links are spans over it. */
export type Block =
	| {
			type: 'paragraph';
			text: string;
			line: number;
			links?: LinkSpan[];
			/** A row of a table whose cells the text separates by tabs, when the record says which row names the columns (a Markdown
			    table's head): `head` for that row, `row` for the rows under it. */
			cells?: 'head' | 'row';
	  }
	| ListBlock
	/** Editorial markers such as （以下チャット欄より抜粋） or <議事（1）について>. */
	| { type: 'note'; text: string; line: number }
	| {
			type: 'remark';
			/** Same id as in `Meeting.remarks`. */
			id: string;
			speaker: string;
			chat: boolean;
			line: number;
			children: Block[];
	  };

/** A body section: id and title match `Meeting.sections`; `title` is '' for text before the first heading. */
export interface BodySection {
	id: string;
	title: string;
	line: number;
	children: Block[];
}

/** What the parser needs besides the text. */
export interface ParseOptions {
	/** The seed's file name (goes to `source`). */
	source: string;
	/** SHA-256 hex of the seed's bytes (goes to `sourceHash`). */
	sourceHash: string;
	/**
	 * Readable slugs for series, series name → ASCII slug (`サイバーセキュリティタスクフォース: cybersecurity-task-force`);
	 * names are compared NFKC without spaces. Unlisted series keep `series-<hash>`. The converter reads them from `seeds/series.yml`.
	 */
	seriesSlugs?: Readonly<Record<string, string>>;
}

/**
 * The layout families the parser reads, one reader each (`src/parser/readers/`), tried in this order:
 * the NDL 国会会議録 API's JSON, Markdown/reStructuredText minutes, the Diet's 会議録 as text, local
 * assembly 会議録, council minutes (議事要旨・議事録 of ministries, research groups, web pages), and
 * `plain`: a dated document whose layout no reader knows, kept as paragraphs.
 */
export const LAYOUT_FAMILIES = ['ndl-json', 'markup', 'diet', 'assembly', 'council', 'plain'] as const;
export type LayoutFamily = (typeof LAYOUT_FAMILIES)[number];

/** Parser output: the record (null when the file cannot become one), its body and every problem found. */
export interface ParseResult {
	/** The reader that produced the result; null when the text was refused before any reader (empty, not minutes). */
	family: LayoutFamily | null;
	meeting: Meeting | null;
	body: BodySection[];
	diagnostics: Diagnostic[];
}
