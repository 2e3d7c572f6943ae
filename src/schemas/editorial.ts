/** Frontmatter of the hand-written MDX beside the generated minutes: pages, notes on meetings, series introductions. */
import { z } from 'zod';

/** `content/pages/<name>.mdx`: a page at `<base><name>/`, linked from the footer (or the header with `nav: header`). */
export const editorialPageSchema = z.object({
	title: z.string().min(1),
	description: z.string().min(1).optional(),
	/** Where the page is linked: the header's navigation or the footer (default). */
	nav: z.enum(['header', 'footer']).default('footer'),
	/** Order among the pages linked in the same place (lower first, then by title). */
	order: z.number().int().default(0),
});

/** The kinds of editorial note, shown as their label. */
export const noteKinds = ['補足', '正誤', '注記'] as const;

/** `content/notes/<any>.mdx`: an editorial note on one meeting, at one remark when `remark` is given. */
export const editorialNoteSchema = z.object({
	/** The meeting's entry id (its URL's last part, e.g. `cybersecurity-task-force-042`). */
	meeting: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a meeting entry id such as cybersecurity-task-force-042'),
	/** The remark's id on that page (`r12`); without it the note is shown at the top of the minutes. */
	remark: z.string().regex(/^r[0-9]+$/, 'expected a remark id such as r12').optional(),
	kind: z.enum(noteKinds).default('注記'),
	/** The day the note was written (`YYYY-MM-DD`; YAML may read an unquoted one as a date). */
	date: z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')).optional(),
});

/** `content/series/<slug>.mdx`: the introduction shown on that series page. */
export const editorialSeriesSchema = z.object({
	/** A title for the introduction (optional; the series name is the page's heading). */
	title: z.string().min(1).optional(),
});

export type EditorialPage = z.infer<typeof editorialPageSchema>;
export type EditorialNote = z.infer<typeof editorialNoteSchema>;
