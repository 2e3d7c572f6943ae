import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { meetingSchema } from './schemas/meeting.ts';

/** One entry per converted seed: `content/<entryId>.mdx`, frontmatter checked by `meetingSchema`. */
const meetings = defineCollection({
	loader: glob({ pattern: '*.mdx', base: process.env.CONTENT_DIR || './content' }),
	schema: meetingSchema,
});

export const collections = { meetings };
