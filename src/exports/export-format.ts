/** How a text export is framed (opening, one piece per item, closing), and its pieces as they are made. */

/** A text export's framing; the streamed response, the written file and the tests all join the same pieces. */
export interface ExportFormat<Item> {
	/** The text before the first item ('' when there is none). */
	opening: string;
	/** The text of one item ('' writes nothing). */
	piece: (item: Item) => string;
	/** The text between two items' pieces ('' or absent when there is none). */
	separator?: string;
	/** The text after the last item ('' when there is none). */
	closing: string;
}

/** The export's non-empty pieces in order (opening, one per item, closing), so a large export is never one string. */
export async function* formatChunks<Item>(format: ExportFormat<Item>, items: Iterable<Item> | AsyncIterable<Item>): AsyncGenerator<string> {
	if (format.opening) yield format.opening;
	let first = true;
	for await (const item of items) {
		if (!first && format.separator) yield format.separator;
		first = false;
		const piece = format.piece(item);
		if (piece) yield piece;
	}
	if (format.closing) yield format.closing;
}

/** The same format over other items, each turned into the format's own item first (e.g. a meeting into its remark rows). */
export function formatOver<From, Item>(format: ExportFormat<Item>, pick: (from: From) => Item): ExportFormat<From> {
	return { opening: format.opening, piece: (from) => format.piece(pick(from)), ...(format.separator ? { separator: format.separator } : {}), closing: format.closing };
}
