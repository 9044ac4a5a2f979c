// `npm run bench`, second part: Dateline and vis-timeline side by side on synthetic datasets of 1,000,
// 10,000 and 100,000 events, in headless Chromium, alternating them. Prints one Markdown table and the
// ratios Dateline / vis-timeline. What each column means is in tests/bench/README.md.
//
//   tsx tests/bench/scale.ts [--sizes 1000,10000] [--runs 3] [--timeout 120] [--no-build] [--json out.json]
//
// Timings are only as quiet as the machine: run it with nothing else busy.
import { chromium, type Browser } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/chromium.mjs';
import { syntheticDataset } from '../support/synthetic.ts';
import { INDEX_VERSION } from '../../src/lib/model/compact-index.ts';
import { BENCH_DIR, syntheticFile } from './datasets.ts';
import { writeIndexFiles } from './index-files.ts';
import { gzipSize, serveBench, type BenchServer } from './server.ts';
import { sleep, surfaceCentre, wheelZoom } from './gestures.ts';
import { INSTRUMENT, type PageProbe } from './probe.ts';
import { median, percentile } from './stats.ts';

export type Target = 'vis-timeline' | 'Dateline widget' | 'Dateline /' | 'Dateline widget, events.json';
const ALL_TARGETS: Target[] = [
	'vis-timeline',
	'Dateline widget',
	'Dateline /',
	'Dateline widget, events.json'
];
/** Measured unless `--only` says otherwise: the widget reading the whole events.json is there on request. */
const DEFAULT_TARGETS: Target[] = ['vis-timeline', 'Dateline widget', 'Dateline /'];
/**
 * Past this many events the site is not built: its `events.json` (about 555 bytes an event) would be
 * longer than a JavaScript string may be (512 MB). The widget is measured on the compact index and
 * detail shards written by the same encoders (index-files.ts); vis-timeline and `/` are not.
 */
const LARGEST_SITE = 500_000;

export interface Measurement {
	target: Target;
	events: number;
	/** ms from navigation start; undefined when the page did not settle within the timeout. */
	ready?: number;
	zoom?: { p50: number; p95: number; over50: number; frames: number };
	pan?: { p50: number; p95: number; over50: number; frames: number };
	heapMb?: number;
	domNodes?: number;
	/** gzip KB of the JS and CSS the page loaded, and of its data (a JSON file or a dataset chunk). */
	codeKb?: number;
	dataKb?: number;
	error?: string;
}

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const SIZES = (option('sizes') ?? '10000,100000,1000000').split(',').map(Number);
/** `--only widget,site` (or `vis`) measures some pages only, for debugging; ratios need vis-timeline. */
const ONLY = option('only')?.split(',');
const ALIASES: Record<string, Target> = {
	vis: 'vis-timeline',
	widget: 'Dateline widget',
	site: 'Dateline /',
	'widget-json': 'Dateline widget, events.json'
};
const TARGETS = ONLY ? ALL_TARGETS.filter((t) => ONLY.some((o) => ALIASES[o] === t)) : DEFAULT_TARGETS;
const RUNS = Number(option('runs') ?? 1);
const TIMEOUT_MS = Number(option('timeout') ?? 120) * 1000;
const BUILD = !process.argv.includes('--no-build');
/** `--shots <dir>`: screenshots after ready, zoom and pan, to check that the gestures did something. */
const SHOTS = option('shots');
/** How long the DOM and main thread must stay quiet before a page counts as ready. */
// Two seconds: vis-timeline checks its size every second and may redraw then.
const QUIET_MS = 2000;

const siteDir = (events: number) =>
	join(BENCH_DIR, events > LARGEST_SITE ? `index-${events}` : `site-${events}`);

/**
 * Whether `file` is an index in the format the widget reads now: files written by an older encoder
 * (a run before the format changed) are written again, not measured.
 */
function isCurrentIndex(file: string): boolean {
	if (!existsSync(file)) return false;
	const fd = openSync(file, 'r');
	const head = Buffer.alloc(64);
	readSync(fd, head, 0, 64, 0);
	closeSync(fd);
	return head.toString().startsWith(`{"format":"dateline-index","version":${INDEX_VERSION},`);
}

/** For a size past `LARGEST_SITE`: the index files, and the widget script of a built site. */
function writeIndexSite(events: number, widgetFrom: string): void {
	const dir = siteDir(events);
	if (!isCurrentIndex(join(dir, 'data', 'index.json'))) {
		console.error(`Writing the index and shards of ${events} synthetic events…`);
		writeIndexFiles(syntheticDataset({ events, seed: 1 }), dir);
	}
	copyFileSync(join(widgetFrom, 'widget.js'), join(dir, 'widget.js'));
}

function buildSite(events: number, dataset: string): void {
	if (!BUILD && existsSync(join(siteDir(events), 'index.html'))) return;
	console.error(`Building the site over ${events} synthetic events…`);
	const built = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
		stdio: 'inherit',
		env: { ...process.env, DATELINE_DATASET: dataset, DATELINE_OUT: siteDir(events) }
	});
	if (built.status !== 0) throw new Error(`the site over ${events} events did not build`);
}

/** `promise`, or undefined after `ms`: a page whose main thread is busy for minutes answers nothing. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), ms)));
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

function frameStats(deltas: number[]) {
	return {
		p50: percentile(deltas, 50),
		p95: percentile(deltas, 95),
		over50: deltas.filter((d) => d > 50).length,
		frames: deltas.length
	};
}

async function measure(browser: Browser, server: BenchServer, target: Target, events: number) {
	const result: Measurement = { target, events };
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	try {
		await page.addInitScript(INSTRUMENT);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		server.use(events);
		server.takeLog();
		const url = {
			'vis-timeline': '/vis.html',
			'Dateline widget': '/widget.html?src=/data/index.json',
			'Dateline widget, events.json': '/widget.html?src=/events.json',
			'Dateline /': '/'
		}[target];
		await page.goto(server.origin + url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
		const started = Date.now();
		let ready: number | undefined;
		while (Date.now() - started < TIMEOUT_MS) {
			await sleep(200);
			const state = await within(
				page
					.evaluate(
						(vis) => (window as unknown as { __bench: PageProbe }).__bench.state(vis),
						target === 'vis-timeline'
					)
					.catch(() => undefined),
				Math.max(0, TIMEOUT_MS - (Date.now() - started))
			);
			if (state && state.drawn && state.now - state.lastActivity >= QUIET_MS) {
				ready = state.lastActivity;
				break;
			}
		}
		if (ready === undefined) {
			result.error = `not ready within ${TIMEOUT_MS / 1000} s`;
			return result;
		}
		result.ready = ready;
		// Everything after ready shares one deadline: a page busy for minutes answers no call.
		const measured = await within(
			(async () => {
				await cdp.send('HeapProfiler.collectGarbage');
				const { metrics } = await cdp.send('Performance.getMetrics');
				result.heapMb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
				result.domNodes = await page.evaluate(() =>
					(window as unknown as { __bench: PageProbe }).__bench.countElements()
				);
				const served = server.takeLog();
				const kb = (data: boolean) =>
					served.filter((f) => f.data === data).reduce((n, f) => n + gzipSize(f.file), 0) / 1024;
				result.codeKb = kb(false);
				result.dataKb = kb(true);

				const shot = async (step: string) => {
					if (SHOTS)
						await page.screenshot({
							path: join(SHOTS, `${events}-${target.replace(/\W+/g, '-')}-${step}.png`)
						});
				};
				await shot('ready');
				const centre = await surfaceCentre(page, target === 'vis-timeline');
				const frames = () =>
					page.evaluate(() => (window as unknown as { __bench: PageProbe }).__bench.frames());

				result.zoom = frameStats(await wheelZoom(page, centre));
				await shot('zoomed');

				// Pan: a 600 px drag over one second.
				await sleep(500);
				await page.mouse.move(centre.x + 300, centre.y);
				await page.evaluate(() => (window as unknown as { __bench: PageProbe }).__bench.startFrames());
				await page.mouse.down();
				const moves: Promise<void>[] = [];
				for (let i = 1; i <= 60; i++) {
					moves.push(page.mouse.move(centre.x + 300 - i * 10, centre.y).catch(() => undefined));
					await sleep(1000 / 60);
				}
				await Promise.all(moves);
				await page.mouse.up();
				await sleep(300);
				result.pan = frameStats(await frames());
				await shot('panned');
				return true;
			})().catch((error: Error) => {
				// Also after the deadline, when closing the context cuts a gesture short: never unhandled.
				result.error ??= error.message.split('\n')[0];
				return false;
			}),
			TIMEOUT_MS
		);
		if (measured === undefined) result.error = `zoom and pan did not finish within ${TIMEOUT_MS / 1000} s`;
	} catch (error) {
		result.error = (error as Error).message.split('\n')[0];
	} finally {
		// A renderer still busy may not close quickly; its browser is then closed after it.
		await within(context.close(), 10_000);
		// Here, so that a page that never got ready (an early return) is logged too.
		console.error(`  ${JSON.stringify(result)}`);
	}
	return result;
}

/** What went wrong in some runs, each different message once. */
function notes(runs: Measurement[]): string | undefined {
	const errors = [...new Set(runs.map((m) => m.error).filter(Boolean))];
	if (errors.length === 0) return undefined;
	const failed = runs.filter((m) => m.error).length;
	return `${runs.length > 1 ? `${failed} of ${runs.length} runs: ` : ''}${errors.join('; ')}`;
}

/** Per target and size, the median of each figure over the runs. */
function summarise(all: Measurement[]): Measurement[] {
	const out: Measurement[] = [];
	for (const events of SIZES) {
		for (const target of TARGETS) {
			const runs = all.filter((m) => m.events === events && m.target === target);
			const ok = runs.filter((m) => m.ready !== undefined);
			if (ok.length === 0) {
				out.push({ target, events, error: notes(runs) });
				continue;
			}
			const med = (f: (m: Measurement) => number | undefined) => {
				const values = ok.map(f).filter((v): v is number => v !== undefined);
				return values.length ? median(values) : undefined;
			};
			const frames = (key: 'zoom' | 'pan') =>
				ok.every((m) => m[key])
					? {
							p50: med((m) => m[key]!.p50)!,
							p95: med((m) => m[key]!.p95)!,
							over50: med((m) => m[key]!.over50)!,
							frames: med((m) => m[key]!.frames)!
						}
					: undefined;
			out.push({
				target,
				events,
				ready: med((m) => m.ready),
				zoom: frames('zoom'),
				pan: frames('pan'),
				heapMb: med((m) => m.heapMb),
				domNodes: med((m) => m.domNodes),
				codeKb: med((m) => m.codeKb),
				dataKb: med((m) => m.dataKb),
				error: notes(runs)
			});
		}
	}
	return out;
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined ? '–' : n.toFixed(digits));

export function markdown(rows: Measurement[]): string {
	const lines = [
		'| events | page | ready ms | zoom p50 / p95 ms | zoom frames > 50 ms | pan p50 / p95 ms | pan frames > 50 ms | JS heap MB | DOM elements | JS+CSS gzip KB | data gzip KB | note |',
		'|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|'
	];
	for (const m of rows) {
		lines.push(
			`| ${m.events.toLocaleString('en')} | ${m.target} | ${fmt(m.ready)} | ${fmt(m.zoom?.p50, 1)} / ${fmt(m.zoom?.p95, 1)} | ${fmt(m.zoom?.over50)} | ${fmt(m.pan?.p50, 1)} / ${fmt(m.pan?.p95, 1)} | ${fmt(m.pan?.over50)} | ${fmt(m.heapMb, 1)} | ${fmt(m.domNodes)} | ${fmt(m.codeKb, 1)} | ${fmt(m.dataKb, 1)} | ${m.error ?? ''} |`
		);
	}
	lines.push('', '| events | page | ready | zoom p95 | pan p95 | JS heap | DOM elements | JS+CSS gzip |');
	lines.push('|---:|---|---:|---:|---:|---:|---:|---:|');
	const ratio = (a: number | undefined, b: number | undefined) =>
		a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`;
	for (const events of SIZES) {
		const vis = rows.find((m) => m.events === events && m.target === 'vis-timeline');
		for (const m of rows.filter((r) => r.events === events && r.target !== 'vis-timeline')) {
			lines.push(
				`| ${events.toLocaleString('en')} | ${m.target} / vis-timeline | ${ratio(m.ready, vis?.ready)} | ${ratio(m.zoom?.p95, vis?.zoom?.p95)} | ${ratio(m.pan?.p95, vis?.pan?.p95)} | ${ratio(m.heapMb, vis?.heapMb)} | ${ratio(m.domNodes, vis?.domNodes)} | ${ratio(m.codeKb, vis?.codeKb)} |`
			);
		}
	}
	return lines.join('\n');
}

async function main() {
	const built = SIZES.filter((n) => n <= LARGEST_SITE);
	const datasets = new Map(built.map((n) => [n, syntheticFile(n)]));
	for (const [n, file] of datasets) buildSite(n, file);
	const large = SIZES.filter((n) => n > LARGEST_SITE);
	if (large.length > 0) {
		// Any built site's widget.js will do: it does not depend on the data.
		const small = built[0] ?? 1000;
		if (!built.length) buildSite(small, syntheticFile(small));
		for (const n of large) writeIndexSite(n, siteDir(small));
	}
	const server = await serveBench(
		new Map(SIZES.map((n) => [n, { site: siteDir(n), data: datasets.get(n) ?? '' }]))
	);
	const launch = () => chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
	const all: Measurement[] = [];
	try {
		for (const events of SIZES) {
			for (let run = 0; run < RUNS; run++) {
				// Alternate who goes first, so a slow patch of the machine does not land on one side only.
				const order = run % 2 === 0 ? TARGETS : [...TARGETS].reverse();
				for (const target of order) {
					if (events > LARGEST_SITE && target !== 'Dateline widget') {
						all.push({
							target,
							events,
							error: `no site past ${LARGEST_SITE.toLocaleString('en')} events (events.json over 512 MB)`
						});
						continue;
					}
					console.error(`${events} events, run ${run + 1}/${RUNS}: ${target}…`);
					// A fresh browser for every load, as a reader's first visit: nothing compiled or cached
					// from the page before, and nothing of a page that timed out running on beside this one.
					const browser = await launch();
					try {
						all.push(await measure(browser, server, target, events));
					} finally {
						await within(browser.close(), 15_000);
					}
				}
			}
		}
	} finally {
		server.close();
	}
	const rows = summarise(all);
	console.log(
		`\nScale: synthetic datasets, ${RUNS} run${RUNS === 1 ? '' : 's'} each (median), 1280×800, load average ${(await import('node:os')).loadavg()[0]!.toFixed(2)} at the end.\n`
	);
	console.log(markdown(rows));
	const json = option('json');
	if (json) writeFileSync(json, JSON.stringify({ runs: all, summary: rows }, null, '\t'));
}

if (process.argv[1] === import.meta.filename) await main();
