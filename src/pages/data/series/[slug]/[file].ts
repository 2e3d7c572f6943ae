import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeetings, groupSeries } from '../../../../archive/meetings.ts';
import { PEOPLE_FILES, peopleFileResponse, type PeopleFile } from '../../../../exports/people-files.ts';

/** Per series: its people and attendance, the same files as `data/` restricted to the series. */
export const getStaticPaths = (async () =>
	groupSeries(await getMeetings()).flatMap((series) => PEOPLE_FILES.map((file) => ({ params: { slug: series.slug, file }, props: { file } })))) satisfies GetStaticPaths;

interface Props {
	file: PeopleFile;
}

/** One people download of one series. */
export const GET: APIRoute<Props> = ({ props, params, site }) => peopleFileResponse(props.file, site, String(params['slug']));
