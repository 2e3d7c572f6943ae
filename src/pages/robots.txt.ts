import type { APIRoute } from 'astro';
import { withBase } from '../site/urls.ts';

/** robots.txt: allow everything; point at the sitemap when `SITE_URL` gives absolute URLs. */
export const GET: APIRoute = ({ site }) => {
	const lines = ['User-agent: *', 'Allow: /'];
	if (site) lines.push('', `Sitemap: ${new URL(withBase('sitemap-index.xml'), site).href}`);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
