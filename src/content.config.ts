import { defineCollection } from 'astro:content';
import { editorialLoader } from './loaders/editorial-loader.ts';
import { meetingsLoader } from './loaders/meetings-loader.ts';
import { storedMeetingSchema } from './schemas/meeting.ts';
import { editorialNoteSchema, editorialPageSchema, editorialSeriesSchema } from './schemas/editorial.ts';
import { editorialDir, meetingsDir } from './site/config.ts';

/**
 * One entry per converted seed: `content/meetings/<entryId>.mdx`. The loader validates the frontmatter with
 * `meetingSchema` and stores it without the remarks' texts (the entries' type is `storedMeetingSchema`);
 * the body and the texts are read from the file by the pages (`src/archive/meeting-texts.ts`).
 */
const meetings = defineCollection({
	loader: meetingsLoader({ base: meetingsDir() }),
	schema: storedMeetingSchema,
});

/** Hand-written pages, `content/pages/<name>.mdx`, compiled by @astrojs/mdx. */
const pages = defineCollection({
	loader: editorialLoader({ pattern: '*.mdx', base: editorialDir('pages') }),
	schema: editorialPageSchema,
});

/** Hand-written notes on meetings and remarks, `content/notes/**\/*.mdx`. */
const notes = defineCollection({
	loader: editorialLoader({ pattern: '**/*.mdx', base: editorialDir('notes') }),
	schema: editorialNoteSchema,
});

/** Hand-written series introductions, `content/series/<series slug>.mdx`. */
const series = defineCollection({
	loader: editorialLoader({ pattern: '*.mdx', base: editorialDir('series') }),
	schema: editorialSeriesSchema,
});

export const collections = { meetings, pages, notes, series };
