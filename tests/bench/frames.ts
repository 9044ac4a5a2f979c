// Where a zoom's frames go, on one page of the benchmark: the table's 40-step wheel zoom, a few times
// over, listing each frame that missed a vsync (its step and when), and with --profile a CPU profile
// of the last run and the functions that took the most time in its longest stretch of work.
//
//   tsx tests/bench/frames.ts [--events 100000] [--page widget|site] [--width 1280] [--runs 5]
//                             [--site dir] [--profile out.cpuprofile]
//
// It reads a site built by `scale.ts` for that size ($TMPDIR/dateline-bench/site-<events>), or --site.
// For readable names in a profile, build one with DATELINE_UNMINIFIED=1 (see tests/bench/README.md).
import { chromium, type Page } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/chromium.mjs';
import { BENCH_DIR, syntheticFile } from './datasets.ts';
import { sleep, surfaceCentre, wheelZoom } from './gestures.ts';
import { INSTRUMENT, type PageProbe } from './probe.ts';
import { serveBench } from './server.ts';
import { median, percentile } from './stats.ts';

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const EVENTS = Number(option('events') ?? 100_000);
const PAGE = option('page') ?? 'widget';
const WIDTH = Number(option('width') ?? 1280);
const RUNS = Number(option('runs') ?? 5);
const SITE = option('site') ?? join(BENCH_DIR, `site-${EVENTS}`);
const PROFILE = option('profile');
/** A frame longer than this missed at least one vsync (frames are 16.7 ms at 60 Hz). */
const MISSED = 17.5;

interface CpuProfile {
	nodes: {
		id: number;
		callFrame: { functionName: string; url: string; lineNumber: number };
		children?: number[];
	}[];
	samples: number[];
	timeDeltas: number[];
}

/** Until the page shows a timeline and has been quiet (no long task, no DOM change) for a second. */
async function settle(page: Page) {
	for (let waited = 0; waited < 60_000; waited += 200) {
		await sleep(200);
		const state = await page.evaluate(() =>
			(window as unknown as { __bench: PageProbe }).__bench.state(false)
		);
		if (state.drawn && state.now - state.lastActivity > 1000) return;
	}
	throw new Error('the page did not settle within 60 s');
}

/** Self time per function over the longest run of consecutive busy samples: where that stretch went. */
function busiest(profile: CpuProfile, top = 15): string[] {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const idle = (i: number) => byId.get(profile.samples[i]!)!.callFrame.functionName === '(idle)';
	let best = { from: 0, to: 0, ms: 0 };
	for (let i = 0; i < profile.samples.length;) {
		if (idle(i)) {
			i++;
			continue;
		}
		let j = i;
		let ms = 0;
		while (j < profile.samples.length && !idle(j)) ms += (profile.timeDeltas[++j] ?? 0) / 1000;
		if (ms > best.ms) best = { from: i, to: j, ms };
		i = j;
	}
	const self = new Map<string, number>();
	for (let i = best.from; i < best.to; i++) {
		const { functionName, url, lineNumber } = byId.get(profile.samples[i]!)!.callFrame;
		const name = `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
		self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
	}
	return [
		`longest stretch of work: ${best.ms.toFixed(1)} ms; self time in it:`,
		...[...self]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([name, ms]) => `  ${ms.toFixed(1).padStart(6)} ms  ${name}`)
	];
}

async function main() {
	if (!existsSync(join(SITE, 'index.html')))
		throw new Error(`no site at ${SITE}: run \`tsx tests/bench/scale.ts --sizes ${EVENTS}\` first`);
	const server = await serveBench(new Map([[EVENTS, { site: SITE, data: syntheticFile(EVENTS) }]]));
	server.use(EVENTS);
	const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
	const missed: number[] = [];
	try {
		for (let run = 1; run <= RUNS; run++) {
			const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
			const page = await context.newPage();
			await page.addInitScript(INSTRUMENT);
			await page.goto(server.origin + (PAGE === 'site' ? '/' : '/widget.html'));
			await settle(page);
			const centre = await surfaceCentre(page);
			const cdp = PROFILE && run === RUNS ? await context.newCDPSession(page) : undefined;
			if (cdp) {
				await cdp.send('Profiler.enable');
				await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
				await cdp.send('Profiler.start');
			}
			const frames = await wheelZoom(page, centre);
			let at = 0;
			const slow: string[] = [];
			frames.forEach((ms, i) => {
				at += ms;
				if (ms > MISSED) slow.push(`#${i} ${ms.toFixed(1)} ms at ${at.toFixed(0)} ms`);
			});
			missed.push(slow.length);
			console.log(
				`run ${run}: ${frames.length} frames, p95 ${percentile(frames, 95).toFixed(1)} ms; over one frame: ${slow.join(', ') || 'none'}`
			);
			if (cdp && PROFILE) {
				const { profile } = await cdp.send('Profiler.stop');
				writeFileSync(PROFILE, JSON.stringify(profile));
				console.log(`CPU profile of run ${run} in ${PROFILE} (opens in Chromium's DevTools)`);
				for (const line of busiest(profile as CpuProfile)) console.log(line);
			}
			await context.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	console.log(
		`\n${EVENTS.toLocaleString('en')} events, ${PAGE === 'site' ? '/' : 'widget'} at ${WIDTH} px: frames over one vsync per zoom, median ${median(missed)}, most ${Math.max(...missed)} (the table's p95 stays at one frame up to 2 of ~60)`
	);
}

await main();
