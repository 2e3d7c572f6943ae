/**
 * Minutes published as PDF: read the text layer with pdf.js (through `unpdf`,
 * pure JavaScript, no native parts) and rebuild the plain text the parser reads
 * (`pdf-layout.ts`). Scanned, encrypted and broken files become one message.
 */
import { getDocumentProxy } from 'unpdf';
import { dropPageFurniture, groupLines, linesToText, type PageRuns, type TextRun } from './pdf-layout.ts';

/** Result of reading one PDF seed. */
export type PdfTextResult = { ok: true; text: string; pages: number } | { ok: false; message: string };

/** How far from the end a PDF's `%%EOF` marker may sit (readers allow trailing junk). */
const EOF_WINDOW = 1024;
/** Fewer non-space characters per page than this means there is no real text layer. */
const MIN_CHARS_PER_PAGE = 5;
const TEXT_VERSION_HINT = 'put a text version of the minutes (.txt, UTF-8) into seeds/ instead';

/** True when the bytes start like a PDF (`%PDF-` within the first KiB, as readers accept). */
function isPdf(bytes: Uint8Array): boolean {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, EOF_WINDOW));
	return head.includes('%PDF-');
}

/** True when the file still ends with its `%%EOF` marker (a download cut short does not). */
function hasEndMarker(bytes: Uint8Array): boolean {
	return new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW))).includes('%%EOF');
}

/** Message for an error pdf.js threw while opening or reading the file. */
function describeFailure(cause: unknown): string {
	const name = typeof cause === 'object' && cause !== null && 'name' in cause ? String(cause.name) : '';
	const detail = cause instanceof Error || (typeof cause === 'object' && cause !== null && 'message' in cause) ? String((cause as { message: unknown }).message) : String(cause);
	if (name === 'PasswordException') return `the PDF is encrypted with a password, so its text cannot be read: save an unprotected copy or ${TEXT_VERSION_HINT}`;
	return `not a readable PDF (${detail}): download it again, or ${TEXT_VERSION_HINT}`;
}

/** Text runs of one page from pdf.js, in user space; vertical or rotated runs are kept with their origin. */
async function pageRuns(pdf: Awaited<ReturnType<typeof getDocumentProxy>>, number: number): Promise<PageRuns> {
	const page = await pdf.getPage(number);
	const [, , , top] = page.view;
	// Keep characters exactly as printed: no NFKC of full-width or vertical forms.
	const content = await page.getTextContent({ disableNormalization: true });
	const runs: TextRun[] = [];
	for (const item of content.items) {
		if (!('str' in item)) continue;
		const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
		runs.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height });
	}
	page.cleanup();
	return { height: top ?? 0, runs };
}

/**
 * Read a PDF's text as the parser expects it: headers, footers and page numbers
 * dropped, lines in reading order, paragraphs separated by a blank line, words
 * and sentences broken by the layout or a page break joined again.
 */
export async function pdfToText(bytes: Uint8Array): Promise<PdfTextResult> {
	if (!isPdf(bytes)) return { ok: false, message: `not a PDF file (no %PDF- header): ${TEXT_VERSION_HINT}` };
	if (!hasEndMarker(bytes)) return { ok: false, message: `the PDF is incomplete (it has no end-of-file marker, e.g. a download cut short): download it again, or ${TEXT_VERSION_HINT}` };
	let pdf;
	try {
		// pdf.js may detach the buffer it is given: hand it a copy so the caller's bytes stay intact.
		pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, useSystemFonts: false });
	} catch (cause) {
		return { ok: false, message: describeFailure(cause) };
	}
	try {
		const pages: PageRuns[] = [];
		for (let number = 1; number <= pdf.numPages; number++) pages.push(await pageRuns(pdf, number));
		const characters = pages.reduce((sum, page) => sum + page.runs.reduce((n, run) => n + run.text.replace(/\s/gu, '').length, 0), 0);
		if (characters < Math.max(1, pdf.numPages) * MIN_CHARS_PER_PAGE) {
			return { ok: false, message: `the PDF has no text layer (a scanned image?), so there is nothing to read: ${TEXT_VERSION_HINT}` };
		}
		const lines = dropPageFurniture(pages.map((page) => groupLines(page.runs)));
		return { ok: true, text: linesToText(lines), pages: pdf.numPages };
	} catch (cause) {
		return { ok: false, message: describeFailure(cause) };
	} finally {
		await pdf.cleanup();
		await pdf.loadingTask.destroy();
	}
}
