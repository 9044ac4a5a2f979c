// How a page should receive a large dataset: as the site ships it now (a module whose body is
// `JSON.parse(`…`)`) or as JSON fetched at run time (`/events.json`, what the widget reads).
//   tsx tests/bench/data-load.ts [events=100000] [runs=5]     (run `npm run bench` once first to build)
import { chromium } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/chromium.mjs';
import { BENCH_DIR, syntheticFile } from './datasets.ts';
import { serveBench } from './server.ts';
import { median } from './stats.ts';

const events = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 5);
const site = join(BENCH_DIR, `site-${events}`);
const chunks = join(site, '_app/immutable/chunks');
// The dataset chunk is by far the largest.
const chunk = readdirSync(chunks).sort(
	(a, b) => statSync(join(chunks, b)).size - statSync(join(chunks, a)).size
)[0];

const server = await serveBench(new Map([[events, { site, data: syntheticFile(events) }]]));
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const times = { module: [] as number[], fetch: [] as number[] };
try {
	for (let i = 0; i < runs; i++) {
		for (const how of ['module', 'fetch'] as const) {
			const page = await browser.newPage();
			// Any page of the origin: the module and the JSON are then same-origin requests.
			await page.goto(`${server.origin}/favicon.svg`);
			const ms = await page.evaluate(
				async ({ how, chunk }) => {
					const start = performance.now();
					const data =
						how === 'module'
							? Object.values(await import(`/_app/immutable/chunks/${chunk}`)).find(
									(value) => (value as { version?: number } | null)?.version === 1
								)
							: await (await fetch('/events.json')).json();
					// Touch it, so neither side can stay lazy.
					if (!data.events.length) throw new Error('no events');
					return performance.now() - start;
				},
				{ how, chunk }
			);
			times[how].push(ms);
			await page.close();
		}
	}
} finally {
	await browser.close();
	server.close();
}
console.log(`| ${events} events | median of ${runs} | all (ms) |\n|---|---:|---|`);
for (const how of ['module', 'fetch'] as const)
	console.log(
		`| ${how === 'module' ? 'dataset module (site now)' : 'fetch + response.json()'} | ${median(times[how]).toFixed(0)} ms | ${times[how].map((t) => t.toFixed(0)).join(', ')} |`
	);
