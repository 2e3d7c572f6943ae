/** The part of word-extractor (no types of its own) that `doc.ts` uses: its reader of a Word 97–2003 document's text. */
declare module 'word-extractor/lib/word-ole-extractor.js' {
	/** One piece of the document's text, as the piece table places it (`startCp`…`endCp`, in characters). */
	export interface WordPiece {
		text: string;
		startCp: number;
		endCp: number;
		/** Where the piece's bytes start in the WordDocument stream, and how many bytes a character takes (1 or 2). */
		startFilePos: number;
		bpc: number;
	}
	export default class WordOleExtractor {
		_pieces: WordPiece[];
		_boundaries: Record<string, number>;
		documentStream(document: unknown, streamName: string): Promise<unknown>;
		streamBuffer(stream: unknown): Promise<Buffer>;
		extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
		buildDocument(): unknown;
		writeBookmarks(...args: unknown[]): void;
		writeCharacterProperties(...args: unknown[]): void;
		writeParagraphProperties(...args: unknown[]): void;
		normalizeHeaders(...args: unknown[]): void;
	}
}
