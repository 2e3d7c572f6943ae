// Draws social cards into the card cache on a thread of their own while the site build renders pages
// (src/cards/ahead.ts starts it with `eval`, so it is plain CommonJS) with the cards missing from the cache
// and the cache folder made. The drawing is src/cards/draw.cjs, the same source the card pages run, made
// here as `loadCardDrawer` in src/cards/card.ts makes it. Each card is claimed in the shared state before it
// is drawn, so a card page that reaches a card first draws it itself instead; a card that fails is left to
// its page, which reports why.
const { workerData } = require('node:worker_threads');
const { renameSync, writeFileSync } = require('node:fs');

const { drawing, cards, state: buffer, states } = workerData;
const state = new Int32Array(buffer);
const drawModule = { exports: {} };
new Function('module', 'exports', 'require', drawing.source)(drawModule, drawModule.exports, require);
const drawer = drawModule.exports.createCardDrawer({
	sharp: require(drawing.modules.sharp),
	fontkit: require(drawing.modules.fontkit),
	fontFiles: drawing.fontFiles,
	compressionLevel: drawing.compressionLevel,
});

async function main() {
	for (let slot = 0; slot < cards.length; slot++) {
		if (Atomics.compareExchange(state, slot, states.free, states.worker) !== states.free) continue;
		const { spec, file } = cards[slot];
		try {
			writeFileSync(`${file}.ahead`, await drawer.draw(spec));
			renameSync(`${file}.ahead`, file);
		} catch {
			// (The card's page finds no file and draws it again.)
		}
		Atomics.store(state, slot, states.done);
		Atomics.notify(state, slot);
	}
}

main();
