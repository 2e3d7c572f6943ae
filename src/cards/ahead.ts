/**
 * Social cards drawn ahead, on a thread of their own. A cold build draws one card per meeting (a few
 * ms of CPU each, src/cards/draw.cjs), and drawn in turn with the pages they kept the main thread from
 * rendering. The site build starts this thread when it lists
 * the card pages (src/pages/og/[id].png.ts): it draws the cards missing from the card cache while the
 * main thread renders the other pages. A card page then finds its card in the cache, waits for the
 * one being drawn, or, if the thread has not reached it yet, claims it and draws it itself
 * (`renderCardCached`), so no card is drawn twice and none is waited for longer than one drawing.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import workerSource from './card-worker.cjs?raw';
import type { CardSpec, cardDrawing } from './card.ts';

/** Fewer missing cards than this are left to their pages. */
export const MIN_CARDS = 16;

/** A card's state, one 32-bit cell per card in memory shared with the thread (a card the thread failed on is done too: its page draws it again and reports why). */
const states = { free: 0, worker: 1, page: 2, done: 3 } as const;

/** The cards of the running thread: cache file → cell, and the cells. */
let ahead: { slots: Map<string, number>; state: Int32Array } | undefined;

/** One card to draw: what it shows and its file in the cache. */
export interface CardJob {
	spec: CardSpec;
	file: string;
}

/**
 * Starts drawing the cards whose file is missing on a thread of its own, in the order given, when
 * there are at least `MIN_CARDS` of them.
 * The thread does not keep the process alive: a build that ends first leaves the rest undrawn.
 */
export async function startCardsAhead(all: readonly CardJob[], cacheDir: string, drawing: typeof cardDrawing): Promise<void> {
	const cards = all.filter((card) => !existsSync(card.file));
	// A few new cards (a meeting added) are drawn by their pages, four at a time, without starting a thread.
	if (ahead || cards.length < MIN_CARDS) return;
	mkdirSync(cacheDir, { recursive: true });
	// sharp is loaded on the main thread first, so that its libraries stay loaded while the thread uses them.
	await import('sharp');
	const state = new Int32Array(new SharedArrayBuffer(cards.length * Int32Array.BYTES_PER_ELEMENT));
	ahead = { slots: new Map(cards.map((card, slot) => [card.file, slot])), state };
	const worker = new Worker(workerSource, { eval: true, workerData: { drawing, cards, state: state.buffer, states } });
	worker.unref();
	// A failure of the thread leaves the cards it did not reach free, so their pages draw them.
	worker.on('error', () => undefined);
}

/**
 * Before a card page draws its card: claims the card if the thread has not started it, otherwise
 * waits until the thread has finished it (then the card is in the cache, or the page draws it again).
 */
export async function cardDrawnAhead(file: string): Promise<void> {
	const slot = ahead?.slots.get(file);
	if (!ahead || slot === undefined) return;
	const { state } = ahead;
	if (Atomics.compareExchange(state, slot, states.free, states.page) === states.free) return;
	while (Atomics.load(state, slot) === states.worker) await Atomics.waitAsync(state, slot, states.worker).value;
}
