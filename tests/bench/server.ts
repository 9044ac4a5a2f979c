/**
 * The benchmark's web server: one origin serving, for the dataset size in use, the built site, a host
 * page for the widget, and vis-timeline's page with the same data. It logs which scripts, stylesheets
 * and JSON files it served, so the bench can sum their gzip sizes (level 9, as tests/bench/sizes.ts
 * counts) after a page is ready: compressing 35 MB while the page waits would be measured as its load.
 */

import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..', '..');
const VIS = join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
const VIS_PAGE = join(import.meta.dirname, 'vis.html');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain'
};

/** A blank host page with one widget reading `src` (a same-origin path). */
const widgetPage = (src: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dateline widget</title>
<style>body { margin: 0; font: 14px system-ui, sans-serif; }</style>
<script src="/widget.js"></script></head>
<body><dateline-timeline src="${src.replace(/[^\w/.-]/g, '')}"></dateline-timeline></body></html>`;

/** A script, stylesheet or JSON file a page was sent; `data` for JSON and the site's dataset chunk. */
export interface Served {
	file: string;
	data: boolean;
}

export interface BenchServer {
	origin: string;
	/** What was served since the last call, emptied. */
	takeLog(): Served[];
	/** Serve the site and data of this size from now on. */
	use(events: number): void;
	close(): void;
}

export async function serveBench(sizes: Map<number, { site: string; data: string }>): Promise<BenchServer> {
	let current = sizes.values().next().value!;
	let log: Served[] = [];

	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const path = decodeURIComponent(url.pathname);
		let file: string | undefined;
		if (path === '/widget.html') {
			response
				.writeHead(200, { 'content-type': TYPES['.html']! })
				.end(widgetPage(url.searchParams.get('src') ?? '/data/index.json'));
			return;
		} else if (path === '/vis.html') file = VIS_PAGE;
		else if (path === '/vis/vis-timeline-graph2d.min.js') file = VIS;
		else if (path === '/data.json') file = current.data;
		else {
			// The static site as any static host serves it: `/` is index.html, `/embed` is embed.html.
			const clean = normalize(path).replace(/^(\.\.[/\\])+/, '');
			const candidates = [join(current.site, clean), join(current.site, clean, 'index.html')];
			if (!extname(clean)) candidates.push(join(current.site, `${clean}.html`));
			file = candidates.find((f) => f.startsWith(current.site) && isFile(f));
		}
		if (!file) {
			response.writeHead(404).end('not found');
			return;
		}
		const body = readFileSync(file);
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const headers: Record<string, string | number> = { 'content-type': type, 'cache-control': 'no-store' };
		if (/javascript|css|json/.test(type)) {
			// The site ships its dataset as a module: `var e=JSON.parse(`{"version":1,…`.
			const chunk =
				type === 'text/javascript' && body.length > 100_000 && body.subarray(0, 200).includes('{"version":1');
			log.push({ file, data: chunk || type === 'application/json' });
		}
		response.writeHead(200, headers).end(body);
	});
	await new Promise<void>((resolve) =>
		server.listen(Number(process.env.DATELINE_BENCH_PORT ?? 4373), '127.0.0.1', resolve)
	);
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		takeLog() {
			const taken = log;
			log = [];
			return taken;
		},
		use(events) {
			const entry = sizes.get(events);
			if (!entry) throw new Error(`no site for ${events} events`);
			current = entry;
		},
		close: () => server.close()
	};
}

const gzipped = new Map<string, number>();

/** Bytes of `file` gzipped at level 9, computed once per file version. */
export function gzipSize(file: string): number {
	const key = `${file}:${statSync(file).mtimeMs}`;
	let n = gzipped.get(key);
	if (n === undefined) gzipped.set(key, (n = gzipSync(readFileSync(file), { level: 9 }).length));
	return n;
}

function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}
