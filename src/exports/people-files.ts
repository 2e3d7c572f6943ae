/** The people and attendance downloads as responses, for the whole archive and per series (one handler per file). */
import { attendanceColumns, personColumns, type AttendanceExport, type PeopleExport } from '../schemas/open-data.ts';
import { csvTableChunks } from './csv.ts';
import { attendanceRows, personRecords } from './open-data-site.ts';
import { toPersonRow } from './people.ts';

/** The file names of the people downloads, the same at `data/` and at `data/series/<slug>/`. */
export const PEOPLE_FILES = ['people.json', 'people.csv', 'attendance.json', 'attendance.csv'] as const;
export type PeopleFile = (typeof PEOPLE_FILES)[number];

/** The generator name written into the JSON downloads. */
const GENERATOR = 'minutes-archive';

/** A JSON download, tab-indented like the schema files. */
function jsonResponse(value: unknown): Response {
	return new Response(`${JSON.stringify(value, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** A CSV download (RFC 4180, UTF-8 with BOM). */
async function csvResponse(chunks: AsyncIterable<string>): Promise<Response> {
	return new Response((await Array.fromAsync(chunks)).join(''), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/** How each file is made, for the whole archive (`seriesSlug` undefined) or one series. */
const HANDLERS: Readonly<Record<PeopleFile, (site: URL | undefined, seriesSlug?: string) => Promise<Response>>> = {
	'people.json': async (site, slug) => {
		const person = await personRecords(site, slug);
		return jsonResponse({ generator: GENERATOR, numberOfPersons: person.length, person } satisfies PeopleExport);
	},
	'people.csv': async (site, slug) => csvResponse(csvTableChunks(personColumns, [(await personRecords(site, slug)).map(toPersonRow)])),
	'attendance.json': async (_site, slug) => {
		const attendance = await attendanceRows(slug);
		return jsonResponse({ generator: GENERATOR, numberOfRows: attendance.length, attendance } satisfies AttendanceExport);
	},
	'attendance.csv': async (_site, slug) => csvResponse(csvTableChunks(attendanceColumns, [await attendanceRows(slug)])),
};

/** The response for one people download. */
export function peopleFileResponse(file: PeopleFile, site: URL | undefined, seriesSlug?: string): Promise<Response> {
	return HANDLERS[file](site, seriesSlug);
}
