/** Serve a built site on 127.0.0.1 (free port) as a static host would: ETags, `max-age=0, must-revalidate`, the 404 page. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/** A running static server and its base URL (`http://127.0.0.1:PORT/`). */
export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/** Serve `distDir` at the root of a fresh port on 127.0.0.1. */
export async function serveDist(distDir: string): Promise<StaticServer> {
	const files = sirv(distDir, { dev: false, etag: true, maxAge: 0, extensions: ['html'] });
	const server: Server = createServer((request, response) => {
		files(request, response, () => {
			readFile(join(distDir, '404.html'))
				.then((page) => response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page))
				.catch(() => response.writeHead(404).end('not found'));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
