import type { APIRoute } from 'astro';
import { peopleFileResponse } from '../../exports/people-files.ts';

/** `data/people.json`: see src/exports/people-files.ts and the README's open-data table. */
export const GET: APIRoute = ({ site }) => peopleFileResponse('people.json', site);
