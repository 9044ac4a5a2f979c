// A foreign host page on another port (another origin), serving the pages in tests/e2e/hosts/.
// `{{SITE}}` in a page becomes the site's origin; `?src=` is passed on to the page as `{{SRC}}`.
// It also serves datasets of its own (a widget must render any dataset, not only the site's) and
// `/pasted.html?code=<base64url>`, a blank page with the given HTML in its body.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { detailShard, encodeIndex } from '../../src/lib/model/encode-index.ts';
import { buildDataset } from '../../src/pipeline/build.ts';
import { readDataFiles, resolveLayout } from '../../src/pipeline/io.ts';

const PORT = Number(process.env.DATELINE_HOST_PORT ?? 4174);
const SITE = process.env.DATELINE_SITE ?? 'http://127.0.0.1:4173';
const pages = join(import.meta.dirname, 'hosts');
// TimelineJS3 itself, from node_modules, as a page that embeds TimelineJS would load it.
const TIMELINEJS = join(import.meta.dirname, '../../node_modules/@knight-lab/timelinejs/dist');
const STATIC_TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.svg': 'image/svg+xml'
};

const fixture = buildDataset(
	readDataFiles(resolveLayout(join(import.meta.dirname, '../fixtures/data')))
).dataset;
if (!fixture) throw new Error('tests/fixtures/data does not build');
const JSON_FILES: Record<string, unknown> = {
	'/fixture.json': fixture,
	// Every other event below the confidence threshold, the rest well above it.
	'/uncertain.json': {
		...fixture,
		events: fixture.events.map((event, i) => ({ ...event, confidence: i % 2 ? 0.2 : 0.9 }))
	},
	'/not-a-dataset.json': { hello: 'world', events: 'none' },
	// The first and last days Dateline supports: padding and zoom must stay within them.
	'/edges.json': {
		...fixture,
		events: [
			{ ...fixture.events[0]!, id: 'first-day', start: '0001-01-01', end: '0001-01-01', precision: 'day' },
			{ ...fixture.events[1]!, id: 'last-day', start: '9999-12-31', end: '9999-12-31', precision: 'day' }
		]
	},
	'/empty.json': { version: 1, actors: [], events: [], articles: [] },
	// A timeline written for TimelineJS, as its users have them: a widget's src may be one.
	'/timelinejs.json': JSON.parse(
		readFileSync(join(import.meta.dirname, '../fixtures/formats/timelines/idlib.json'), 'utf8')
	)
};

// The fixture as a compact index too, with its detail shards beside it (two events a shard, so that
// opening events reads more than one), for a widget given an index.
const FIXTURE_SHARD = 2;
const fixtureIndex = encodeIndex(fixture, { shardSize: FIXTURE_SHARD });
JSON_FILES['/fixture-index/index.json'] = fixtureIndex;
for (let shard = 0; shard < fixtureIndex.details.shards; shard++)
	JSON_FILES[`/fixture-index/details/${shard}.json`] = detailShard(fixture, FIXTURE_SHARD, shard);

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

createServer((request, response) => {
	const url = new URL(request.url ?? '/', `http://127.0.0.1:${PORT}`);
	if (url.pathname === '/health') return void response.end('ok');
	// A blank page holding whatever HTML the test pastes, as a reader would paste an embed snippet.
	if (url.pathname === '/pasted.html') {
		const code = Buffer.from(url.searchParams.get('code') ?? '', 'base64url').toString('utf8');
		const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${code}</body></html>`;
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
		return;
	}
	if (url.pathname in JSON_FILES) {
		response
			.writeHead(200, { 'content-type': 'application/json' })
			.end(JSON.stringify(JSON_FILES[url.pathname]));
		return;
	}
	if (url.pathname.startsWith('/timelinejs/')) {
		const file = join(
			TIMELINEJS,
			normalize(url.pathname.slice('/timelinejs/'.length)).replace(/^(\.\.[/\\])+/, '')
		);
		try {
			const type = STATIC_TYPES[extname(file)] ?? 'application/octet-stream';
			response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
		} catch {
			response.writeHead(404).end('not found');
		}
		return;
	}
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
