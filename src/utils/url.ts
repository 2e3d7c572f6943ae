import { base as configBase } from 'astro:config/client';

// Read from the config, not `import.meta.env.BASE_URL`: Astro lets a BASE_URL variable in the
// environment (Vitest sets one) override that value.
const base = configBase.endsWith('/') ? configBase : `${configBase}/`;

/** Prefix a site-relative path (`meetings/x/`) with Astro's base (`/` or `/minutes/`). */
export function withBase(path: string): string {
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

/** URL of the original seed file served by the `/sources/` endpoint. */
export function sourceUrl(file: string): string {
	return withBase(`sources/${encodeURIComponent(file)}`);
}
