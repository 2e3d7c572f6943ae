/** The contract of a layout reader: recognize a document of its family, then read it into records. */
import type { SourceLine } from '../normalize.ts';
import type { LayoutFamily, ParseOptions, ParseResult } from '../types.ts';

/** One seed's text as every reader sees it: normalized lines (1-based numbers) and the text itself. */
export interface SourceDocument {
	/** The text as decoded (BOM removed, line ends LF). */
	text: string;
	/** Its lines, trailing spaces removed, leading kept. */
	lines: readonly SourceLine[];
	/** The seed's file name, where its extension names the format (`.org`), for readers that look at it. */
	source?: string;
}

/**
 * A reader of one layout family. `recognize` looks for the family's unmistakable marks (cheap, no full
 * parse); `read` turns the document into one result per meeting it holds (a JSON export may hold several).
 */
export interface Reader {
	family: LayoutFamily;
	recognize(document: SourceDocument): boolean;
	read(document: SourceDocument, options: ParseOptions): ParseResult[];
}
