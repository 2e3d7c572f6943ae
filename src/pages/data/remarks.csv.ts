import type { APIRoute } from 'astro';
import { csvChunks } from '../../exports/csv.ts';
import { archiveExportResponse, remarkRowGroups } from '../../exports/open-data-site.ts';

/** Every remark of the archive as CSV (RFC 4180, UTF-8 with BOM), written meeting by meeting as their files are read. */
export const GET: APIRoute = ({ site }) => archiveExportResponse('data/remarks.csv', csvChunks(remarkRowGroups(site)), 'text/csv; charset=utf-8');
