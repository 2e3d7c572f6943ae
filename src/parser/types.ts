import type { Meeting } from '../schemas/meeting.ts';

/** A problem found while reading a seed; `line` is 1-based in the seed (null when not tied to a line). */
export interface Diagnostic {
	severity: 'error' | 'warning';
	/** Short machine-readable code, e.g. `no-date`, `unknown-section`. */
	code: string;
	line: number | null;
	/** What is wrong and what to fix, in one sentence. */
	message: string;
}

/** Body blocks of a document, in reading order. Text is plain text, never markup. */
export type Block =
	| { type: 'paragraph'; text: string; line: number }
	| { type: 'list'; items: { text: string; line: number }[]; line: number }
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

/** Parser output: the record (null when the file cannot become one), its body and every problem found. */
export interface ParseResult {
	meeting: Meeting | null;
	body: BodySection[];
	diagnostics: Diagnostic[];
}
