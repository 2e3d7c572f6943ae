/**
 * Pagefind alone, the floor under the search page's cold figures: a bare page (no stylesheet, header, form,
 * page script or check of the hits) that imports the site's own `pagefind.js` with the site's options,
 * searches the query in the newest index part, reads the first result's fragment and draws one link, over
 * the same index. The bench times it beside the search page, so that the cold target can be read against
 * what Pagefind itself takes on the machine.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pagefindOptions } from '../../src/search/client/pagefind.ts';
import { EMPTY_STATUS } from './search-page.ts';

/** The bare page: at `search/`, Pagefind at `../pagefind/`; a result link as the search page draws one (RESULT_SELECTOR), or its "nothing found". */
export function floorPage(): string {
	const literal = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
	return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>Pagefind</title>
<script type="module">
const q = new URLSearchParams(location.search).get('q') ?? '';
const pagefind = await import('../pagefind/pagefind.js');
await pagefind.options(${literal(pagefindOptions(''))});
await pagefind.init();
const found = await pagefind.search(q, { filters: {} });
const [first] = found?.results ?? [];
if (first) {
	const page = await first.data();
	const link = Object.assign(document.createElement('a'), { className: 'search-result', href: page.url, textContent: page.meta.title ?? page.url });
	const item = document.createElement('li');
	item.append(link);
	document.getElementById('search-results').append(item);
} else {
	document.getElementById('search-status').textContent = ${literal(EMPTY_STATUS)};
}
</script>
</head>
<body>
<ol id="search-results"></ol>
<p id="search-status"></p>
</body>
</html>
`;
}

/** Write the bare page into `folder` (`search/index.html`) with `folder/pagefind` linked to the built site's index. */
export async function writeFloorSite(distDir: string, folder: string): Promise<void> {
	await mkdir(join(folder, 'search'), { recursive: true });
	await writeFile(join(folder, 'search', 'index.html'), floorPage());
	await symlink(resolve(distDir, 'pagefind'), join(folder, 'pagefind'), 'dir');
}
