/**
 * The compiled MDX of the hand-written files (`@astrojs/mdx`), found by the entry they belong to.
 * Imported only by the components that show hand-written MDX (a page, a series introduction, an
 * editorial note), each file's module loaded when it is first shown; see `src/loaders/editorial-loader.ts`
 * for why the content collections do not render them with `render()`. The folders are reached
 * through the aliases `astro.config.mjs` sets from `editorialDir()` (the content folder is `CONTENT_DIR`).
 * The modules count as code of the routes that import this file, so for Astro's incremental build a
 * changed or added file re-renders every meeting page (as a code change does), never leaving one stale.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/** What a compiled MDX module exports that the site uses. */
interface MdxModule {
	Content: AstroComponentFactory;
}

type ModuleLoaders = Record<string, () => Promise<MdxModule>>;

/** The three folders' modules, by path. */
const MODULES = {
	pages: import.meta.glob<MdxModule>('@editorial-pages/*.mdx'),
	notes: import.meta.glob<MdxModule>('@editorial-notes/**/*.mdx'),
	series: import.meta.glob<MdxModule>('@editorial-series/*.mdx'),
} satisfies Record<string, ModuleLoaders>;

/** Which folder a hand-written file is in. */
export type EditorialKind = keyof typeof MODULES;

/** A hand-written entry as the content collection stores it. */
export interface EditorialSource {
	id: string;
	/** Relative to the project root, with forward slashes (`content/notes/042-r1.mdx`). */
	filePath?: string | undefined;
}

/** The MDX component of a hand-written entry; throws with the file's name when its module is missing. */
export async function editorialContent(kind: EditorialKind, entry: EditorialSource): Promise<AstroComponentFactory> {
	const file = entry.filePath ?? `${entry.id}.mdx`;
	const loaders: ModuleLoaders = MODULES[kind];
	// Vite names a module by its path from the project root (`/content/notes/a.mdx`, `../data/notes/a.mdx`), as the entry's file path does.
	const key = Object.keys(loaders).find((candidate) => candidate === file || candidate.endsWith(`/${file}`));
	const load = key === undefined ? undefined : loaders[key];
	if (!load) throw new Error(`${file}: no compiled MDX module for this ${kind} file (found: ${Object.keys(loaders).join(', ') || 'none'}); build again`);
	return (await load()).Content;
}
