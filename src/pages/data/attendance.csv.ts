import type { APIRoute } from 'astro';
import { peopleFileResponse } from '../../exports/people-files.ts';

/** `data/attendance.csv`: see src/exports/people-files.ts and the README's open-data table. */
export const GET: APIRoute = ({ site }) => peopleFileResponse('attendance.csv', site);
