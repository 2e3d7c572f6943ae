/** Prefix a site-relative path (`meetings/x/`) with Astro's base (`/` or `/minutes/`). */
export function withBase(path: string): string {
	const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
	return base + path.replace(/^\/+/, '');
}

/** URL of a meeting page, optionally pointing at one remark (`#r12`). */
export function meetingUrl(id: string, anchor?: string): string {
	return withBase(`meetings/${id}/`) + (anchor ? `#${anchor}` : '');
}

/** URL of a series page. */
export function seriesUrl(slug: string): string {
	return withBase(`series/${slug}/`);
}

/** URL of the original seed file served by the `/sources/` endpoint (the dev server wants `trailingSlash` there too). */
export function sourceUrl(file: string): string {
	return withBase(`sources/${encodeURIComponent(file)}${import.meta.env.DEV ? '/' : ''}`);
}
