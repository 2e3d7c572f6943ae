import type { APIRoute } from 'astro';
import { archiveExportResponse } from '../../exports/open-data-site.ts';

/** Every remark of the archive as CSV (RFC 4180, UTF-8 with BOM); the build writes it with archive.json and remarks.jsonl in one pass over the meetings' files. */
export const GET: APIRoute = ({ site }) => archiveExportResponse('data/remarks.csv', site);
