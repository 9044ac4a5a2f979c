// A foreign host page on another port (another origin), serving the pages in tests/e2e/hosts/.
// `{{SITE}}` in a page becomes the site's origin; `?src=` is passed on to the page as `{{SRC}}`.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const PORT = 4174;
const SITE = process.env.DATELINE_SITE ?? 'http://127.0.0.1:4173';
const pages = join(import.meta.dirname, 'hosts');

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

createServer((request, response) => {
	const url = new URL(request.url ?? '/', `http://127.0.0.1:${PORT}`);
	if (url.pathname === '/health') return void response.end('ok');
	const name = url.pathname.slice(1) || 'index.html';
	if (!/^[a-z0-9-]+\.html$/.test(name)) {
		response.writeHead(404).end('not found');
		return;
	}
	try {
		const html = readFileSync(join(pages, name), 'utf8')
			.replaceAll('{{SITE}}', SITE)
			.replaceAll('{{SRC}}', escapeAttr(url.searchParams.get('src') ?? '/embed'));
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
	} catch {
		response.writeHead(404).end('not found');
	}
}).listen(PORT, '127.0.0.1');
