/**
 * The compiled MDX of hand-written files, found by the entry's file path as the content collection
 * stores it (relative to the project root): the shipped pages and series introductions resolve to
 * their MDX component; a file without a compiled module names itself.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { editorialContent, type EditorialKind } from '../../src/archive/editorial-content.ts';

/** The shipped hand-written files of one folder, as `content/<folder>/<name>.mdx`. */
const shipped = (kind: EditorialKind) =>
	readdirSync(`content/${kind}`)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => [kind, `content/${kind}/${name}`] as const);

describe('editorialContent', () => {
	test.each([...shipped('pages'), ...shipped('series')])('%s: %s resolves to its compiled MDX component', async (kind, filePath) => {
		const Content = await editorialContent(kind, { id: filePath, filePath });
		expect(typeof Content).toBe('function');
		expect((Content as unknown as { moduleId?: string }).moduleId).toMatch(new RegExp(`/${filePath.replaceAll('.', '\\.')}$`));
	});

	test.each([
		['pages', 'content/pages/missing.mdx'],
		['notes', 'content/notes/none.mdx'],
		['series', 'content/pages/about.mdx'],
	] as const)('%s: %s has no module and names itself', async (kind, filePath) => {
		await expect(editorialContent(kind, { id: 'x', filePath })).rejects.toThrow(new RegExp(`^${filePath.replaceAll('.', '\\.')}: no compiled MDX module for this ${kind} file`));
	});
});
