/** How a text export is framed (opening, one piece per item, closing), and its pieces as they are made. */

/** A text export's framing; the streamed response, the written file and the tests all join the same pieces. */
export interface ExportFormat<Item> {
	/** The text before the first item ('' when there is none). */
	opening: string;
	/** The text of one item (`index` counts the items before it; '' writes nothing). */
	piece: (item: Item, index: number) => string;
	/** The text after the last item ('' when there is none). */
	closing: string;
}

/** The export's non-empty pieces in order (opening, one per item, closing), so a large export is never one string. */
export async function* formatChunks<Item>(format: ExportFormat<Item>, items: Iterable<Item> | AsyncIterable<Item>): AsyncGenerator<string> {
	if (format.opening) yield format.opening;
	let index = 0;
	for await (const item of items) {
		const piece = format.piece(item, index++);
		if (piece) yield piece;
	}
	if (format.closing) yield format.closing;
}

/** The same format over other items, each turned into the format's own item first (e.g. a meeting into its remark rows). */
export function formatOver<From, Item>(format: ExportFormat<Item>, pick: (from: From) => Item): ExportFormat<From> {
	return { opening: format.opening, piece: (from, index) => format.piece(pick(from), index), closing: format.closing };
}
