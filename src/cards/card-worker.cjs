// Draws social cards into the card cache on a thread of its own while the site build renders pages
// (src/cards/ahead.ts starts it with `eval`, so it is plain CommonJS) with the cards missing from the cache
// and the cache folder made. Each card is claimed in the shared state before it is drawn, so a card page
// that reaches a card first draws it itself instead; a card that fails is left to its page, which reports why.
const { workerData } = require('node:worker_threads');
const { renameSync } = require('node:fs');

const { sharpPath, cards, state: buffer, states, png } = workerData;
const sharp = require(sharpPath);
const state = new Int32Array(buffer);

async function main() {
	for (let slot = 0; slot < cards.length; slot++) {
		if (Atomics.compareExchange(state, slot, states.free, states.worker) !== states.free) continue;
		const { svg, file } = cards[slot];
		try {
			await sharp(Buffer.from(svg), { density: png.density }).png({ compressionLevel: png.compressionLevel }).toFile(`${file}.ahead`);
			renameSync(`${file}.ahead`, file);
		} catch {
			// (The card's page finds no file and draws it again.)
		}
		Atomics.store(state, slot, states.done);
		Atomics.notify(state, slot);
	}
}

main();
