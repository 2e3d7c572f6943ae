import { defineCollection } from 'astro:content';
import { meetingsLoader } from './loaders/meetings-loader.ts';
import { meetingSchema } from './schemas/meeting.ts';

/** One entry per converted seed: `content/<entryId>.mdx`, frontmatter checked by `meetingSchema`. */
const meetings = defineCollection({
	loader: meetingsLoader({ base: process.env.CONTENT_DIR || './content' }),
	schema: meetingSchema,
});

export const collections = { meetings };
