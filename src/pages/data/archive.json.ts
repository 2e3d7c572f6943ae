import type { APIRoute } from 'astro';
import { archiveExportResponse } from '../../exports/open-data-site.ts';

/** The whole archive: every meeting with its remark records (Diet-API field names); the build writes it with remarks.csv and remarks.jsonl in one pass over the meetings' files. */
export const GET: APIRoute = ({ site }) => archiveExportResponse('data/archive.json', site);
