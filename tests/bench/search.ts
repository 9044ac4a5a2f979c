// The two ways text search could reach the quotes a compact index leaves out, measured in headless
// Chromium on a site built by `scale.ts`: (a) the search index (fetch the bucket of the term's first
// two letters, mark its words' events), (b) the detail shards fetched and scanned on demand (every
// shard, in order). Prints bytes fetched, time to the first result and time to the whole answer.
//
//   tsx tests/bench/search.ts [--events 100000] [--word withdraw] [--runs 3]
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/chromium.mjs';
import { BENCH_DIR } from './datasets.ts';
import { serveBench } from './server.ts';
import { median } from './stats.ts';

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const EVENTS = Number(option('events') ?? 100_000);
const WORD = option('word') ?? 'withdraw';
const RUNS = Number(option('runs') ?? 3);
const SITE = join(BENCH_DIR, EVENTS > 500_000 ? `index-${EVENTS}` : `site-${EVENTS}`);

interface Result {
	bytes: number;
	first: number;
	all: number;
	matches: number;
}

if (!existsSync(join(SITE, 'data', 'index.json')))
	throw new Error(`no index at ${SITE}: run \`tsx tests/bench/scale.ts --sizes ${EVENTS}\` first`);
const server = await serveBench(new Map([[EVENTS, { site: SITE, data: '' }]]));
server.use(EVENTS);
const results: Record<'index' | 'shards', Result[]> = { index: [], shards: [] };
try {
	for (let run = 0; run < RUNS; run++) {
		for (const how of ['index', 'shards'] as const) {
			// A fresh browser each time: nothing cached from the run before.
			const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
			const page = await browser.newPage();
			// tsx wraps named functions in `__name(…)`, which the page does not have.
			await page.addInitScript('window.__name = (f) => f;');
			await page.goto(`${server.origin}/data/index.json`);
			const index = await page.evaluate(async () => {
				const i = await (await fetch('/data/index.json')).json();
				return {
					count: i.count as number,
					shards: i.details.shards as number,
					keys: i.search.keys as string[]
				};
			});
			results[how].push(
				await page.evaluate(
					async ({ how, word, index }) => {
						const t0 = performance.now();
						let bytes = 0;
						const get = async (url: string) => {
							const text = await (await fetch(url)).text();
							bytes += text.length;
							return JSON.parse(text);
						};
						const hits = new Uint8Array(index.count);
						let first = 0;
						if (how === 'index') {
							const bucket = await get(`/data/search/${word.slice(0, 2)}.json`);
							bucket.words.forEach((w: string, k: number) => {
								if (!w.startsWith(word)) return;
								let p = 0;
								for (const d of bucket.postings[k]) hits[(p += d)] = 1;
							});
							first = performance.now() - t0;
						} else {
							const re = new RegExp(`\\b${word}`, 'i');
							// Six requests at a time, as a browser would run them.
							let next = 0;
							const worker = async () => {
								while (next < index.shards) {
									const shard = await get(`/data/details/${next++}.json`);
									shard.details.forEach(
										(d: { sources?: { quote: string }[]; summary?: string; place?: string }, k: number) => {
											const text = [
												...(d.sources ?? []).map((s) => s.quote),
												d.summary ?? '',
												d.place ?? ''
											].join('\n');
											if (re.test(text)) {
												hits[shard.first + k] = 1;
												first ||= performance.now() - t0;
											}
										}
									);
								}
							};
							await Promise.all(Array.from({ length: 6 }, worker));
						}
						return { bytes, first, all: performance.now() - t0, matches: hits.reduce((n, h) => n + h, 0) };
					},
					{ how, word: WORD, index }
				)
			);
			await browser.close();
		}
	}
} finally {
	server.close();
}
console.log(
	`\n| ${EVENTS.toLocaleString('en')} events, "${WORD}" | bytes fetched | first result ms | whole answer ms | events found |`
);
console.log('|---|---:|---:|---:|---:|');
for (const how of ['index', 'shards'] as const) {
	const r = results[how];
	console.log(
		`| ${how === 'index' ? 'search index (one bucket)' : 'detail shards scanned on demand'} | ${(median(r.map((x) => x.bytes)) / 1e6).toFixed(2)} MB | ${median(r.map((x) => x.first)).toFixed(0)} | ${median(r.map((x) => x.all)).toFixed(0)} | ${r[0]!.matches} |`
	);
}
