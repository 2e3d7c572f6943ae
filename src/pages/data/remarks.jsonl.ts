import type { APIRoute } from 'astro';
import { archiveExportResponse } from '../../exports/open-data-site.ts';

/** Every remark of the archive, one JSON object per line; the build writes it with archive.json and remarks.csv in one pass over the meetings' files. */
export const GET: APIRoute = ({ site }) => archiveExportResponse('data/remarks.jsonl', site);
