/**
 * Content loader for the hand-written MDX (`content/pages`, `notes`, `series`): Astro's `glob()`
 * loader (same ids, frontmatter checks, digests, file watching and error messages), with the
 * entries stored as data only.
 *
 * Why: `glob()` marks an MDX entry for deferred rendering, so Astro lists its module in the content
 * runtime's import map behind a head-propagation marker. Every module that imports `astro:content`
 * (here: every page and most components, through `getMeetings()`) then counts as propagating head
 * content, and Astro initialises every component of every page before writing the page's head. At
 * 1,000 meetings that cost the build about 110 MB of peak memory (median of repeated builds) for 30
 * files. The MDX modules are imported by the components that show them instead
 * (`src/archive/editorial-content.ts`), so no page is marked as propagating.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

/** The entry without Astro's deferred-render flag. */
function dataOnly(entry: StoredEntry): StoredEntry {
	const { deferredRender: _deferred, ...rest } = entry;
	return rest;
}

/** The store as the glob loader sees it: entries are set without deferred rendering, and no module import is recorded. */
function dataOnlyStore(store: Store): Store {
	return new Proxy(store, {
		get(target, property, receiver) {
			if (property === 'set') return (entry: StoredEntry) => target.set(dataOnly(entry));
			if (property === 'addModuleImport') return () => undefined;
			return Reflect.get(target, property, receiver) as unknown;
		},
	});
}

/** `glob({ pattern, base })` whose MDX entries are data only (rendered by `editorialContent`, not by `render()`). */
export function editorialLoader(options: { pattern: string; base: string }): Loader {
	const inner = glob(options);
	return {
		name: 'minutes-editorial-loader',
		async load(context: LoaderContext) {
			// Entries cached by an earlier build may still carry the flag.
			for (const entry of context.store.values()) if (entry.deferredRender) context.store.set(dataOnly(entry));
			await inner.load({ ...context, store: dataOnlyStore(context.store) });
		},
	};
}
