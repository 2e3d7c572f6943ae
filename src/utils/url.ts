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

/**
 * The name a meeting's seed is served under: its entry id plus the seed's extension
 * (`cybersecurity-task-force-042.txt`). ASCII whatever the seed is called (`#`, `?`, `%`, tabs,
 * decomposed kana), so every static host serves it; the download keeps the seed's own name.
 */
export function sourceFileName(entryId: string, source: string): string {
	const extension = /\.[A-Za-z0-9]+$/u.exec(source)?.[0].toLowerCase() ?? '.txt';
	return `${entryId}${extension}`;
}

/** URL of a meeting's original seed file, served by the `/sources/` endpoint. */
export function sourceUrl(entryId: string, source: string): string {
	return withBase(`sources/${encodeURIComponent(sourceFileName(entryId, source))}`);
}
