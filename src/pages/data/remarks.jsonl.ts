import type { APIRoute } from 'astro';
import { jsonLinesChunks } from '../../exports/json.ts';
import { archiveExportResponse, remarkRowGroups } from '../../exports/open-data-site.ts';

/** Every remark of the archive, one JSON object per line, written meeting by meeting as their files are read. */
export const GET: APIRoute = ({ site }) => archiveExportResponse('data/remarks.jsonl', jsonLinesChunks(remarkRowGroups(site)), 'application/jsonl; charset=utf-8');
