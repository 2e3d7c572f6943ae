/** The pager of a person's remarks: 前へ and 次へ around the page numbers. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import RemarkPager from '../../src/components/RemarkPager.astro';

const url = (n: number) => `/people/p-1/remarks/${n}/`;

async function render(page: number, pages: number): Promise<string> {
	const container = await AstroContainer.create();
	// (Without the attributes Astro adds to each element in development.)
	return (await container.renderToString(RemarkPager, { props: { page, pages, url, label: '発言のページ' } })).replace(/ data-astro-[\w-]+(?:="[^"]*")?/gu, '');
}

/** The pager's items in order: a link's text and target, or the current page's number. */
function items(html: string): string[] {
	return [...html.matchAll(/<li>(?:<a href="(?<href>[^"]+)"(?: rel="(?<rel>\w+)")?>(?<text>[^<]+)<\/a>|<span aria-current="page">(?<current>[^<]+)<\/span>)<\/li>/gu)].map((m) => (m.groups?.current ? `[${m.groups.current}]` : `${m.groups?.text}→${m.groups?.href}`));
}

describe('the remarks pager', () => {
	test('the first page: its number current, the others linked, then 次へ', async () => {
		expect(items(await render(1, 3))).toEqual(['[1]', '2→/people/p-1/remarks/2/', '3→/people/p-1/remarks/3/', '次へ→/people/p-1/remarks/2/']);
	});

	test('a middle page has 前へ and 次へ; the last page has only 前へ', async () => {
		expect(items(await render(2, 3))).toEqual(['前へ→/people/p-1/remarks/1/', '1→/people/p-1/remarks/1/', '[2]', '3→/people/p-1/remarks/3/', '次へ→/people/p-1/remarks/3/']);
		expect(items(await render(3, 3))[0]).toBe('前へ→/people/p-1/remarks/2/');
		expect(items(await render(3, 3)).at(-1)).toBe('[3]');
	});
});
